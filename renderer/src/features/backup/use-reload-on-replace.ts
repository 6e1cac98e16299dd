import { useEffect } from 'react';
import { onCoreEvent } from '../../api/connection';

/**
 * Reload this window when the core swaps its database (a restore from any window): everything
 * on screen came from the old file and any save on top of it would be refused or misplaced.
 */
export function useReloadOnDatabaseReplaced(): void {
  useEffect(() => onCoreEvent('database.replaced', () => window.location.reload()), []);
}
