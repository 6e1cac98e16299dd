import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';

// The second blind probe (tests/fixtures/proof-probe-2): 168 invented county-news sentences with
// defects in every deterministic category (37 with an astral character before a defect) and 112
// tricky clean sentences, written without reading the rules, their tests or the first probe
// (source.txt + build.mjs). It is an estimate of how the checker generalises, so its figures are
// floors as measured on the day it was scored, not targets: a rule change that loses recall or starts
// flagging clean text fails here. Matching is stricter than proof-eval/score.mjs (any overlap):
// a finding counts only when its span equals the gold span or an `accept` span and its category is
// the gold category; one-to-one, greedy in gold order. Recall counts the gold marked deterministic
// (7 are judgement calls, each with a `note`: a single — as 破折号, 叠用问号, 中台 which needs context,
// and 惟一/详实/交待/其它, which are not in GF 1001-2001).

interface Gold {
  start: number;
  end: number;
  category: string;
  deterministic: boolean;
  accept?: [number, number][];
}
interface Rec {
  id: string;
  text: string;
  defects: Gold[];
}

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/proof-probe-2/probe.jsonl');
const records: Rec[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Rec);

function score(): { tp: number; findings: number; detGold: number; detHit: number; cleanFlagged: string[]; missed: string[] } {
  let tp = 0;
  let findings = 0;
  let detGold = 0;
  let detHit = 0;
  const cleanFlagged: string[] = [];
  const missed: string[] = [];
  for (const r of records) {
    const preds = checkText(r.text);
    findings += preds.length;
    const used = new Set<number>();
    for (const g of r.defects) {
      const spans: [number, number][] = [[g.start, g.end], ...(g.accept ?? [])];
      const i = preds.findIndex((p, k) => !used.has(k) && p.category === g.category && spans.some(([a, b]) => p.start === a && p.end === b));
      if (g.deterministic) detGold++;
      if (i >= 0) {
        used.add(i);
        tp++;
        if (g.deterministic) detHit++;
      } else if (g.deterministic) {
        missed.push(`${r.id} ${g.category} ${r.text.slice(g.start, g.end)}`);
      }
    }
    if (r.id.startsWith('clean') && preds.length) cleanFlagged.push(r.id);
  }
  return { tp, findings, detGold, detHit, cleanFlagged, missed };
}

describe('proof probe set 2 (written blind)', () => {
  const { tp, findings, detGold, detHit, cleanFlagged, missed } = score();

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
