import type { LockKind } from '../../../../shared/model/collab';
import { useSession } from '../session/store';
import { lockFrom, type LeaseLock } from './lease-rule';
import { useCollab } from './leases-store';

export type { LeaseLock } from './lease-rule';

/** The lease side of read-only for a story or page, from what the server last told this desk. */
export function leaseLock(kind: LockKind, id: number): LeaseLock {
  return lockFrom(useCollab.getState(), useSession.getState().current?.id ?? null, kind, id);
}

/** A page's lock for the layout desk; re-renders when leases or the session change. */
export function usePageLock(pageId: number | null): LeaseLock {
  useCollab((s) => s.leases);
  useCollab((s) => s.broken);
  useCollab((s) => s.cannotHold);
  useSession((s) => s.current);
  return pageId === null ? { holder: null, brokenBy: null, cannotHold: false, readOnly: false } : leaseLock('page', pageId);
}
