import { describe, expect, it } from 'vitest';
import type { Lease } from '../../../shared/model/collab';
import { leaseKey, lockFrom, type LeaseKnowledge } from '../../../renderer/src/features/collab/lease-rule';

const NOW = Date.parse('2026-12-05T08:00:00Z');
const lease = (kind: Lease['kind'], id: number, userId: number, expiresInMs: number): Lease => ({
  kind, id, userId, displayName: userId === 7 ? '李梦楚' : '孙美编', takenAt: '2026-12-05T07:57:00.000Z', expiresAt: new Date(NOW + expiresInMs).toISOString(),
});
const knowing = (p: Partial<LeaseKnowledge>): LeaseKnowledge => ({ leases: {}, broken: {}, cannotHold: {}, ...p });

describe('the lease rule the editor and the layout desk share', () => {
  it('another person’s live lease makes the page read only, naming them; the same person’s other desk does not', () => {
    const k = knowing({ leases: { [leaseKey('page', 3)]: lease('page', 3, 7, 60_000) } });
    const other = lockFrom(k, 8, 'page', 3, NOW);
    expect(other.readOnly).toBe(true);
    expect(other.holder?.displayName).toBe('李梦楚');
    expect(lockFrom(k, 7, 'page', 3, NOW)).toEqual({ holder: null, brokenBy: null, cannotHold: false, readOnly: false });
  });

  it('a lapsed lease does not block, nor a lease on another page or on the story of the same id', () => {
    const k = knowing({ leases: { [leaseKey('page', 3)]: lease('page', 3, 7, -1), [leaseKey('story', 4)]: lease('story', 4, 7, 60_000) } });
    expect(lockFrom(k, 8, 'page', 3, NOW).readOnly).toBe(false);
    expect(lockFrom(k, 8, 'page', 4, NOW).readOnly).toBe(false);
    expect(lockFrom(k, 8, 'story', 4, NOW).readOnly).toBe(true);
  });

  it('a lease broken away from this person, or a role that may not hold the page, is read only too', () => {
    const broken = lockFrom(knowing({ broken: { [leaseKey('page', 3)]: '陈总编' } }), 7, 'page', 3, NOW);
    expect(broken).toMatchObject({ holder: null, brokenBy: '陈总编', readOnly: true });
    const cannot = lockFrom(knowing({ cannotHold: { [leaseKey('page', 3)]: true } }), 9, 'page', 3, NOW);
    expect(cannot).toMatchObject({ cannotHold: true, readOnly: true });
    expect(lockFrom(knowing({ cannotHold: { [leaseKey('page', 3)]: true } }), 9, 'page', 5, NOW).readOnly).toBe(false);
  });
});
