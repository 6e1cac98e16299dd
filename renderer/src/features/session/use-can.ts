import { useCallback } from 'react';
import type { MethodName } from '../../../../shared/api/contract';
import { may } from '../../../../shared/api/permissions';
import { useSession } from './store';

/**
 * Whether the person at this desk may call a method, from the same permission table the core
 * enforces: the UI hides what a role cannot do (the core refuses it anyway). A single desk where
 * nobody is chosen yet hides nothing: the core answers NO_USER there.
 */
export function useCan(): (method: MethodName) => boolean {
  const role = useSession((s) => s.current?.role ?? null);
  const requireSignIn = useSession((s) => s.info?.requireSignIn ?? false);
  return useCallback((method: MethodName) => (role === null && !requireSignIn ? true : may(role, method, { requireSignIn })), [role, requireSignIn]);
}
