import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { sharedDir } from './paths';

interface Gold {
  start: number;
  end: number;
  category: string;
  tier?: string;
  deterministic?: boolean;
  accept?: [number, number][];
}
interface Rec {
  id: string;
  text: string;
  defects: Gold[];
}
interface Pred {
  start: number;
  end: number;
  category: string;
}

const records: Rec[] = readFileSync(path.join(sharedDir(), 'proof-eval/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Rec);

// Same matching as proof-eval/score.mjs: overlap (zero-width: inside or at an edge) with
// the gold span or an accept span, same category, one-to-one, greedy in gold order.
const hitsSpan = (p: Pred, a: number, b: number): boolean =>
  p.start === p.end ? a <= p.start && p.start <= b : p.start < b && a < p.end;
const hits = (p: Pred, g: Gold): boolean => [[g.start, g.end] as [number, number], ...(g.accept ?? [])].some(([a, b]) => hitsSpan(p, a, b));

/** Micro TP/FP/FN over the deterministic required gold; optional gold neither counts nor penalises. */
function score(): { tp: number; fp: number; fn: number; cleanFlagged: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const cleanFlagged: string[] = [];
  for (const r of records) {
    const preds: Pred[] = checkText(r.text);
    const required = r.defects.filter((g) => (g.tier ?? 'required') === 'required');
    const scored = required.filter((g) => g.deterministic !== false);
    // non-deterministic gold (fact-error, grammar) is out of scope: neither TP nor FN, and
    // a finding on it is not a false alarm either
    const ignored = r.defects.filter((g) => !scored.includes(g));
    const used = new Set<number>();
    for (const g of scored) {
      const i = preds.findIndex((p, k) => !used.has(k) && p.category === g.category && hits(p, g));
      if (i >= 0) {
        used.add(i);
        tp++;
      } else fn++;
    }
    preds.forEach((p, k) => {
      if (used.has(k) || ignored.some((g) => hits(p, g))) return;
      fp++;
    });
    if (r.id.startsWith('clean') && preds.length) cleanFlagged.push(r.id);
  }
  return { tp, fp, fn, cleanFlagged };
}

describe('proof-eval dev set', () => {
  const { tp, fp, fn, cleanFlagged } = score();
  it('reaches micro precision ≥ 0.95 and recall ≥ 0.90 on the deterministic categories', () => {
    expect(tp + fn).toBeGreaterThan(30);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
  it('flags no clean sentence', () => {
    expect(cleanFlagged).toEqual([]);
  });
});
