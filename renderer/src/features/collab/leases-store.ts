import { create } from 'zustand';
import type { Lease, LockKind, Presence } from '../../../../shared/model/collab';
import { api, onCoreEvent } from '../../api/connection';
import { useSession } from '../session/store';
import { leaseKey as key } from './lease-rule';

export { leaseKey, leaseOf } from './lease-rule';

interface CollabState {
  /** Every live edit lease this desk knows of, by "kind:id". */
  leases: Record<string, Lease>;
  /** Who is online and what each has open. */
  presence: Presence[];
  /** Edit leases broken away from this desk's person: which story or page, by whom. */
  broken: Record<string, string>;
  /** Stories and pages this person's role may not hold (the core said FORBIDDEN): shown read only. */
  cannotHold: Record<string, true>;
  load(): Promise<void>;
  put(lease: Lease): void;
  clearBroken(kind: LockKind, id: number): void;
  setCannotHold(kind: LockKind, id: number, cannot: boolean): void;
}

/**
 * Leases and presence as the server last told them: fetched once (and after each reconnect),
 * then kept by the lock.changed and presence.changed events every desk receives.
 */
export const useCollab = create<CollabState>((set) => ({
  leases: {},
  presence: [],
  broken: {},
  cannotHold: {},
  async load() {
    try {
      const [leases, presence] = await Promise.all([api().call('locks.list', {}), api().call('presence.list', {})]);
      set({ leases: Object.fromEntries(leases.map((l) => [key(l.kind, l.id), l])), presence });
    } catch {
      // Not signed in yet, or a single desk before choosing a user: the events fill it in later.
    }
  },
  put: (lease) => set((s) => ({ leases: { ...s.leases, [key(lease.kind, lease.id)]: lease } })),
  clearBroken: (kind, id) =>
    set((s) => {
      const broken = { ...s.broken };
      delete broken[key(kind, id)];
      return { broken };
    }),
  setCannotHold: (kind, id, cannot) =>
    set((s) => {
      const k = key(kind, id);
      if (cannot === (s.cannotHold[k] === true)) return s;
      const cannotHold = { ...s.cannotHold };
      if (cannot) cannotHold[k] = true;
      else delete cannotHold[k];
      return { cannotHold };
    }),
}));

/** Leases and presence follow the server's events, and are fetched afresh whenever this desk (re)starts acting as someone. */
function watchCollab(me: () => number | null): void {
  onCoreEvent('lock.changed', (p) => {
    useCollab.setState((s) => {
      const leases = { ...s.leases };
      const k = key(p.kind, p.id);
      if (p.lease) leases[k] = p.lease;
      else delete leases[k];
      const broken = p.brokenBy && p.brokenBy.previousHolderId === me() ? { ...s.broken, [k]: p.brokenBy.displayName } : s.broken;
      return { leases, broken };
    });
  });
  onCoreEvent('presence.changed', ({ entries }) => useCollab.setState({ presence: entries }));
  useSession.subscribe((s, prev) => {
    if (s.actingSince !== prev.actingSince) void useCollab.getState().load();
  });
}
watchCollab(() => useSession.getState().current?.id ?? null);
