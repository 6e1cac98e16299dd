import { useEffect, useRef } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { DEFAULT_LEASE_MS, IDLE_MS, type Lease, type LockKind } from '../../../../shared/model/collab';
import { api, onCoreEvent } from '../../api/connection';
import { errorCode } from '../../api/error-text';
import { useSession } from '../session/store';
import { leaseKey, useCollab } from './leases-store';

let lastActivity = Date.now();
for (const type of ['keydown', 'pointerdown', 'input'] as const) globalThis.addEventListener?.(type, () => (lastActivity = Date.now()), { capture: true, passive: true });

/** What a view does, beyond holding the lease, when the lease is broken away from this person. */
export interface LeaseFollow {
  /** At once, while nobody holds it (the editor saves what was typed since the last autosave). */
  onBrokenAway?: () => void;
}

/** Ask the core for the lease (or to keep it); learn the holder when refused, or that this role may not hold it. */
async function take(method: 'locks.acquire' | 'locks.renew', kind: LockKind, id: number): Promise<number | null> {
  try {
    const r = await api().call(method, { kind, id });
    useCollab.getState().put(r.lease);
    return r.leaseMs;
  } catch (err) {
    const code = errorCode(err);
    if (code === 'LOCKED' && err instanceof ApiCallError) useCollab.getState().put((err.error.details as { holder: Lease }).holder);
    if (code === 'FORBIDDEN') useCollab.getState().setCannotHold(kind, id, true);
    return null;
  }
}

/**
 * While a view shows a story (the editor) or a page (the layout desk): hold its edit lease — take
 * it on opening, renew it a few times per term while the person is active, give it back on
 * leaving — tell the others what this desk has open, and follow what happens to the lease: taken
 * by another (the view is read only; their changes come in live), freed (take it), broken away
 * from us (`onBrokenAway`, then read only until the person takes it again).
 */
export function useEditLease(kind: LockKind, id: number | null, follow: LeaseFollow = {}): void {
  const actingSince = useSession((s) => s.actingSince);
  const followRef = useRef(follow);
  followRef.current = follow;
  useEffect(() => {
    if (id === null) return;
    let leaseMs = DEFAULT_LEASE_MS;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    useCollab.getState().setCannotHold(kind, id, false);

    const hold = async (method: 'locks.acquire' | 'locks.renew'): Promise<void> => {
      if (useCollab.getState().broken[leaseKey(kind, id)]) return; // taken back only on the person's say-so
      leaseMs = (await take(method, kind, id)) ?? leaseMs;
    };
    const tick = (): void => {
      timer = setTimeout(() => {
        if (stopped) return;
        // An idle desk stops renewing: the lease lapses IDLE_MS + one term after the last keystroke.
        if (Date.now() - lastActivity < IDLE_MS) void hold('locks.renew');
        tick();
      }, leaseMs / 3);
    };
    void hold('locks.acquire');
    void api().call('presence.set', { storyId: kind === 'story' ? id : null, pageId: kind === 'page' ? id : null }).catch(() => undefined);
    tick();

    const off = onCoreEvent('lock.changed', (p) => {
      if (p.kind !== kind || p.id !== id || p.lease !== null) return;
      const me = useSession.getState().current?.id;
      if (p.brokenBy && p.brokenBy.previousHolderId === me) return followRef.current.onBrokenAway?.();
      // Broken by someone at their own desk: it is theirs to take, not the first other desk's to grab
      // (were they not to, the next renewal of a desk that has it open takes the free lease).
      if (p.brokenBy && p.brokenBy.userId !== me) return;
      void hold('locks.acquire');
    });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      off();
      void api().call('locks.release', { kind, id }).catch(() => undefined);
      void api().call('presence.set', { storyId: null, pageId: null }).catch(() => undefined);
      useCollab.getState().setCannotHold(kind, id, false);
    };
  }, [kind, id, actingSince]);
}

/** After a break: the person chose to edit (or lay out) again. */
export async function retakeLease(kind: LockKind, id: number): Promise<void> {
  useCollab.getState().clearBroken(kind, id);
  await take('locks.acquire', kind, id);
}
