import { describe, expect, it } from 'vitest';
import { loadProbe, scoreProbe } from './probe-score';

// The second blind probe (tests/fixtures/proof-probe-2): 168 invented county-news sentences with
// defects in every deterministic category (37 with an astral character before a defect) and 112
// tricky clean sentences, written without reading the rules, their tests or the first probe
// (source.txt + build.mjs). It is an estimate of how the checker generalises, so its figures are
// floors as measured on the day it was scored, not targets: a rule change that loses recall or starts
// flagging clean text fails here. Matching: see probe-score.ts. Recall counts the gold marked deterministic
// (7 are judgement calls, each with a `note`: a single — as 破折号, 叠用问号, 中台 which needs context,
// and 惟一/详实/交待/其它, which are not in GF 1001-2001).

const records = loadProbe('proof-probe-2/probe.jsonl');

describe('proof probe set 2 (written blind)', () => {
  const { tp, findings, detGold, detHit, cleanFlagged, missedDeterministic: missed } = scoreProbe(records);

  it('covers every deterministic category with enough sentences', () => {
    const cats = new Set(records.flatMap((r) => r.defects.map((d) => d.category)));
    expect(cats.size).toBeGreaterThanOrEqual(18);
    expect(records.filter((r) => r.id.startsWith('syn')).length).toBeGreaterThanOrEqual(150);
    expect(records.filter((r) => r.id.startsWith('clean')).length).toBeGreaterThanOrEqual(80);
  });

  it('keeps precision ≥ 0.957 and deterministic recall ≥ 0.908 (exact spans)', () => {
    // measured 159/166 and 159/175; the misses are listed in the probe-2 report (引起哄动, repeated
    // 的的/为为/推推, 山洪爆发, 脍灸人口, 囗/曰, closing quotes placed at the sentence end, a running
    // head without 第N版, and word-vs-character spans for trad-simp and 中港)
    expect(tp / findings).toBeGreaterThanOrEqual(0.957);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(16);
    expect(detHit / detGold).toBeGreaterThanOrEqual(0.908);
  });

  it('flags no clean sentence', () => {
    expect(cleanFlagged).toEqual([]);
  });
});
