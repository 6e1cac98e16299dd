import { useEffect } from 'react';
import { DEFAULT_LEASE_MS, IDLE_MS } from '../../../../shared/model/collab';
import { api, onCoreEvent } from '../../api/connection';
import { errorCode } from '../../api/error-text';
import { ApiCallError } from '../../../../shared/api/client';
import type { Lease } from '../../../../shared/model/collab';
import { useEditor } from '../editor/store';
import { useSession } from '../session/store';
import { useEditLock } from './edit-lock';
import { useCollab } from './leases-store';

let lastActivity = Date.now();
for (const type of ['keydown', 'pointerdown', 'input'] as const) globalThis.addEventListener?.(type, () => (lastActivity = Date.now()), { capture: true, passive: true });

/**
 * While the editor shows a story: hold its edit lease (take it on opening, renew it a few times
 * per term while the person is active, give it back on leaving), tell the others which story this
 * desk has open, and follow what happens to the lease — taken by another (read only, their saves
 * come in live), freed (take it), broken away from us (save what is unsaved, then read only).
 */
export function useStoryLease(storyId: number | null): void {
  const actingSince = useSession((s) => s.actingSince);
  useEffect(() => {
    if (storyId === null) return;
    const target = { kind: 'story' as const, id: storyId };
    let leaseMs = DEFAULT_LEASE_MS;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    useEditLock.setState({ storyId, cannotHold: false });

    const take = async (method: 'locks.acquire' | 'locks.renew'): Promise<void> => {
      if (useCollab.getState().broken[`story:${storyId}`]) return; // taken back only on the person's say-so
      try {
        const r = await api().call(method, target);
        leaseMs = r.leaseMs;
        useCollab.getState().put(r.lease);
      } catch (err) {
        const code = errorCode(err);
        if (code === 'LOCKED' && err instanceof ApiCallError) useCollab.getState().put((err.error.details as { holder: Lease }).holder);
        if (code === 'FORBIDDEN') useEditLock.setState({ cannotHold: true });
      }
    };
    const tick = (): void => {
      timer = setTimeout(() => {
        if (stopped) return;
        // An idle desk stops renewing: the lease lapses IDLE_MS + one term after the last keystroke.
        if (Date.now() - lastActivity < IDLE_MS) void take('locks.renew');
        tick();
      }, leaseMs / 3);
    };
    void take('locks.acquire');
    void api().call('presence.set', { storyId, pageId: null }).catch(() => undefined);
    tick();

    const offs = [
      onCoreEvent('lock.changed', (p) => {
        if (p.kind !== 'story' || p.id !== storyId || p.lease !== null) return;
        const me = useSession.getState().current?.id;
        if (p.brokenBy && p.brokenBy.previousHolderId === me) {
          // What was typed since the last autosave goes in now, while nobody holds the lease.
          void useEditor.getState().flush();
          return;
        }
        void take('locks.acquire');
      }),
      onCoreEvent('story.changed', (p) => {
        // Someone else's save: a read-only editor shows it as it happens.
        if (p.id === storyId && p.by !== useSession.getState().current?.id) void useEditor.getState().reload();
      }),
      onCoreEvent('data.changed', (p) => {
        // A status move or a sign-off elsewhere (已签发 makes the editor ask before the next change).
        if (p.storyId === storyId && p.by !== useSession.getState().current?.id && (p.topic === 'story' || p.topic === 'proofing')) void useEditor.getState().reload();
      }),
    ];
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      offs.forEach((off) => off());
      void api().call('locks.release', target).catch(() => undefined);
      void api().call('presence.set', { storyId: null, pageId: null }).catch(() => undefined);
      useEditLock.setState({ storyId: null, cannotHold: false });
    };
  }, [storyId, actingSince]);
}

/** After a break: the person chose to edit again. */
export async function retakeStoryLease(storyId: number): Promise<void> {
  useCollab.getState().clearBroken('story', storyId);
  try {
    const r = await api().call('locks.acquire', { kind: 'story', id: storyId });
    useCollab.getState().put(r.lease);
  } catch (err) {
    if (errorCode(err) === 'LOCKED' && err instanceof ApiCallError) useCollab.getState().put((err.error.details as { holder: Lease }).holder);
  }
}
