import { describe, expect, it } from 'vitest';
import { loadProbe, scoreProbe } from './probe-score';

// The probe set (tests/fixtures/proof-probe): 140 invented county-news sentences with deterministic
// defects in all 18 deterministic categories and 70 tricky clean sentences, written blind to the
// rules (see build-probe.mjs). Its figures are floors: a rule change that loses recall or starts
// flagging clean text fails here. Matching: see probe-score.ts.

const records = loadProbe('proof-probe/probe.jsonl');

describe('proof probe set (written blind)', () => {
  const { tp, findings, gold, cleanFlagged, missed } = scoreProbe(records);
  const fp = findings - tp;
  const fn = gold - tp;

  it('covers every deterministic category with enough sentences', () => {
    const cats = new Set(records.flatMap((r) => r.defects.map((d) => d.category)));
    expect(cats.size).toBe(18);
    expect(records.filter((r) => !r.id.startsWith('clean')).length).toBeGreaterThanOrEqual(120);
    expect(records.filter((r) => r.id.startsWith('clean')).length).toBeGreaterThanOrEqual(60);
  });

  it('keeps precision ≥ 1.000 and recall ≥ 0.958 (exact spans)', () => {
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(1);
    // the misses left are judgement calls or outside the shipped lists (see the report): 有有,
    // 正在在 (正在 + 在线 is a word boundary), and 部份/想像/缘份/赋与 (not in GF 1001-2001)
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(7);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.958);
  });

  it('flags no clean sentence', () => {
    expect(cleanFlagged).toEqual([]);
  });
});
