import type { Lease, LockKind } from '../../../../shared/model/collab';

/** A story's or page's key in the desk's lease maps: "story:12", "page:3". */
export const leaseKey = (kind: LockKind, id: number): string => `${kind}:${id}`;

/** The live lease on a story or page, if any (a lapsed one counts as none). */
export function leaseOf(leases: Record<string, Lease>, kind: LockKind, id: number, now = Date.now()): Lease | null {
  const l = leases[leaseKey(kind, id)];
  return l && Date.parse(l.expiresAt) > now ? l : null;
}

/** What the desk knows of leases: every live one, those broken away from this person (by whom), those the role may not hold. */
export interface LeaseKnowledge {
  leases: Record<string, Lease>;
  broken: Record<string, string>;
  cannotHold: Record<string, true>;
}

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

/**
 * The one rule for a story's body and a page's layout alike, as the core applies it: read only
 * while another person's lease is live (the same person's other desk does not count), after this
 * person's lease was broken (until they take it again), or when the role may not hold it.
 */
export function lockFrom(k: LeaseKnowledge, me: number | null, kind: LockKind, id: number, now = Date.now()): LeaseLock {
  const lease = leaseOf(k.leases, kind, id, now);
  const holder = lease && lease.userId !== me ? lease : null;
  const brokenBy = k.broken[leaseKey(kind, id)] ?? null;
  const cannotHold = k.cannotHold[leaseKey(kind, id)] === true;
  return { holder, brokenBy, cannotHold, readOnly: holder !== null || brokenBy !== null || cannotHold };
}
