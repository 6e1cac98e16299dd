import type { Lease, LockKind } from '../../../../shared/model/collab';
import { useSession } from '../session/store';
import { leaseKey, leaseOf, useCollab } from './leases-store';

/** Why this desk may not change a story or page now, as far as its edit lease goes. */
export interface LeaseLock {
  /** Someone else's live lease on it. */
  holder: Lease | null;
  /** Who broke this person's lease on it, until they take it again. */
  brokenBy: string | null;
  /** This person's role may not hold it. */
  cannotHold: boolean;
  readOnly: boolean;
}

/** The lease side of read-only, from what the server last told this desk: the same rule for a story's body and a page's layout. */
export function leaseLock(kind: LockKind, id: number): LeaseLock {
  const me = useSession.getState().current?.id ?? null;
  const { leases, broken, cannotHold } = useCollab.getState();
  const lease = leaseOf(leases, kind, id);
  const holder = lease && lease.userId !== me ? lease : null;
  const brokenBy = broken[leaseKey(kind, id)] ?? null;
  const cannot = cannotHold[leaseKey(kind, id)] === true;
  return { holder, brokenBy, cannotHold: cannot, readOnly: holder !== null || brokenBy !== null || cannot };
}

/** A page's lock for the layout desk; re-renders when leases or the session change. */
export function usePageLock(pageId: number | null): LeaseLock {
  useCollab((s) => s.leases);
  useCollab((s) => s.broken);
  useCollab((s) => s.cannotHold);
  useSession((s) => s.current);
  return pageId === null ? { holder: null, brokenBy: null, cannotHold: false, readOnly: false } : leaseLock('page', pageId);
}
