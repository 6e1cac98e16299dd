import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackupName, selectRetained, type BackupReason } from '../../../electron/store/backup';

const NOW = new Date('2026-11-26T12:00:00.000Z');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
const b = (minutesAgo: number, reason: BackupReason = 'scheduled') => ({ id: `banxin-${minutesAgo}-${reason}.db`, createdAt: at(minutesAgo), reason });

describe('backup retention', () => {
  it('keeps the newest 10, one per hour for a day, one per day for 14 days, and the newest pre-migration', () => {
    // A backup every 15 minutes for 30 days, plus one pre-migration backup 20 days ago.
    const all = [...Array.from({ length: 30 * 24 * 4 }, (_, i) => b(i * 15)), b(20 * 24 * 60 + 7, 'pre-migration')];
    const { keep, remove } = selectRetained(all, NOW);
    expect(keep.length + remove.length).toBe(all.length);
    expect(keep.slice(0, 10).map((x) => x.createdAt)).toEqual(all.slice(0, 10).map((x) => x.createdAt));
    const hours = new Set(keep.filter((x) => Date.parse(x.createdAt) > NOW.getTime() - 24 * 3600_000).map((x) => Math.floor(Date.parse(x.createdAt) / 3600_000)));
    expect(hours.size).toBeGreaterThanOrEqual(24);
    const days = new Set(keep.map((x) => Math.floor(Date.parse(x.createdAt) / 86_400_000)));
    expect(days.size).toBeGreaterThanOrEqual(14);
    expect(keep.some((x) => x.reason === 'pre-migration')).toBe(true);
    expect(keep.length).toBeLessThanOrEqual(10 + 24 + 15 + 1);
  });

  it('keeps the newest pre-restore backup however many backups follow it (finding 6)', () => {
    // A restore 40 days ago, then a backup every 15 minutes since: far past keepLast, hourly and daily.
    const all = [b(40 * 24 * 60, 'pre-restore'), b(41 * 24 * 60, 'pre-restore'), ...Array.from({ length: 40 * 24 * 4 }, (_, i) => b(i * 15, 'manual'))];
    const { keep, remove } = selectRetained(all, NOW);
    expect(keep.filter((x) => x.reason === 'pre-restore').map((x) => x.createdAt)).toEqual([at(40 * 24 * 60)]);
    expect(remove.filter((x) => x.reason === 'pre-restore').map((x) => x.createdAt)).toEqual([at(41 * 24 * 60)]);
  });

  it('property: never removes the newest pre-restore or pre-migration backup', () => {
    const reasons: BackupReason[] = ['scheduled', 'manual', 'quit', 'pre-restore', 'pre-migration'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 90 * 24 * 60 }), fc.constantFrom(...reasons)), { minLength: 1, maxLength: 300 }), (specs) => {
        const all = [...new Map(specs.map(([age, reason]) => [age, b(age, reason)])).values()];
        const { keep } = selectRetained(all, NOW);
        for (const reason of ['pre-restore', 'pre-migration'] as const) {
          const newest = all.filter((x) => x.reason === reason).sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1))[0];
          if (newest) expect(keep).toContain(newest);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: never removes the newest backup, and keeps every backup it is given when there are few', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * 24 * 60 }), { minLength: 1, maxLength: 200 }), (ages) => {
        const all = [...new Set(ages)].map((a) => b(a));
        const { keep, remove } = selectRetained(all, NOW);
        const newest = all.reduce((x, y) => (x.createdAt > y.createdAt ? x : y));
        expect(keep).toContain(newest);
        expect(remove).not.toContain(newest);
        if (all.length <= 10) expect(remove).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('parses only its own file names (ids are never paths)', () => {
    expect(parseBackupName('banxin-20261126-120000-123-manual.db')).toEqual({ stem: 'banxin', createdAt: '2026-11-26T12:00:00.123Z', reason: 'manual', seq: 0 });
    expect(parseBackupName('banxin-20261126-120000-123-pre-migration-2.db')?.reason).toBe('pre-migration');
    expect(parseBackupName('.banxin.123.abcdef01.tmp')).toBeUndefined();
    expect(parseBackupName('banxin-20261126-120000-123-evil.db')).toBeUndefined();
    expect(parseBackupName('banxin-20261399-120000-123-manual.db')).toBeUndefined();
  });
});
