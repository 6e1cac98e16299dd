import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';

// The probe set (tests/fixtures/proof-probe): 140 invented county-news sentences with deterministic
// defects in all 18 deterministic categories and 70 tricky clean sentences, written blind to the
// rules (see build-probe.mjs). Its figures are floors: a rule change that loses recall or starts
// flagging clean text fails here. Matching is stricter than proof-eval/score.mjs (which accepts any
// overlap): a finding counts only when its span equals the gold span or one of its `accept` spans,
// and its category is the gold category; one-to-one, greedy in gold order.

interface Gold {
  start: number;
  end: number;
  category: string;
  accept?: [number, number][];
}
interface Rec {
  id: string;
  text: string;
  defects: Gold[];
}

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/proof-probe/probe.jsonl');
const records: Rec[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Rec);

function score(): { tp: number; fp: number; fn: number; cleanFlagged: string[]; missed: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const cleanFlagged: string[] = [];
  const missed: string[] = [];
  for (const r of records) {
    const preds = checkText(r.text);
    const used = new Set<number>();
    for (const g of r.defects) {
      const spans: [number, number][] = [[g.start, g.end], ...(g.accept ?? [])];
      const i = preds.findIndex((p, k) => !used.has(k) && p.category === g.category && spans.some(([a, b]) => p.start === a && p.end === b));
      if (i >= 0) {
        used.add(i);
        tp++;
      } else {
        fn++;
        missed.push(`${r.id} ${g.category} ${r.text.slice(g.start, g.end)}`);
      }
    }
    fp += preds.length - used.size;
    if (r.id.startsWith('clean') && preds.length) cleanFlagged.push(r.id);
  }
  return { tp, fp, fn, cleanFlagged, missed };
}

describe('proof probe set (written blind)', () => {
  const { tp, fp, fn, cleanFlagged, missed } = score();

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
