import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations';

describe('one numbered migration list for both engines', () => {
  it('is numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('has a PostgreSQL step from the baseline on, so a PostgreSQL store can follow every later change', () => {
    const baseline = MIGRATIONS.findIndex((m) => m.pg !== undefined);
    expect(baseline).toBeGreaterThanOrEqual(0);
    expect(MIGRATIONS.slice(baseline).filter((m) => m.pg === undefined).map((m) => m.version)).toEqual([]);
  });
});
