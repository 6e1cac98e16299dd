import { useEffect } from 'react';
import { onCoreEvent } from '../../api/connection';
import { stashDraft } from '../editor/draft-stash';
import { useEditor } from '../editor/store';

/**
 * Reload this window on the restored database, keeping the editor's unsaved draft: it is stashed
 * for this window, the reload comes back to the same story (the address names it), and the
 * editor takes the draft up again and saves it onto the restored story.
 */
export function reloadKeepingDraft(): void {
  const draft = useEditor.getState().detachForReload();
  if (draft) stashDraft(draft);
  window.location.reload();
}

/**
 * Reload this window when the core swaps its database (a restore from any window): everything
 * else on screen came from the old file and any save on top of it would be refused or misplaced.
 */
export function useReloadOnDatabaseReplaced(): void {
  useEffect(() => onCoreEvent('database.replaced', reloadKeepingDraft), []);
}
