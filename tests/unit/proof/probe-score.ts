import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText } from '../../../shared/proof/index';

/**
 * Scoring for the blind probe sets under tests/fixtures (the proof-eval record format). Matching is
 * stricter than proof-eval/score.mjs (which accepts any overlap): a finding counts only when its span
 * equals the gold span or one of its `accept` spans and its category is the gold category;
 * one-to-one, greedy in gold order.
 */
export interface ProbeGold {
  start: number;
  end: number;
  category: string;
  /** Absent means deterministic. */
  deterministic?: boolean;
  accept?: [number, number][];
}
export interface ProbeRecord {
  id: string;
  text: string;
  defects: ProbeGold[];
}

export function loadProbe(fixture: string): ProbeRecord[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures', fixture);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ProbeRecord);
}

export interface ProbeScore {
  /** Gold defects found. */
  tp: number;
  /** Findings the checker gave in all. */
  findings: number;
  gold: number;
  /** Every gold defect not found, as "id category text". */
  missed: string[];
  detGold: number;
  detHit: number;
  /** The deterministic gold defects not found. */
  missedDeterministic: string[];
  /** Clean records (id starting `clean`) with any finding. */
  cleanFlagged: string[];
}

export function scoreProbe(records: readonly ProbeRecord[]): ProbeScore {
  const s: ProbeScore = { tp: 0, findings: 0, gold: 0, missed: [], detGold: 0, detHit: 0, missedDeterministic: [], cleanFlagged: [] };
  for (const r of records) {
    const preds = checkText(r.text);
    s.findings += preds.length;
    const used = new Set<number>();
    for (const g of r.defects) {
      const spans: [number, number][] = [[g.start, g.end], ...(g.accept ?? [])];
      const i = preds.findIndex((p, k) => !used.has(k) && p.category === g.category && spans.some(([a, b]) => p.start === a && p.end === b));
      const deterministic = g.deterministic !== false;
      s.gold++;
      if (deterministic) s.detGold++;
      if (i >= 0) {
        used.add(i);
        s.tp++;
        if (deterministic) s.detHit++;
      } else {
        const what = `${r.id} ${g.category} ${r.text.slice(g.start, g.end)}`;
        s.missed.push(what);
        if (deterministic) s.missedDeterministic.push(what);
      }
    }
    if (r.id.startsWith('clean') && preds.length) s.cleanFlagged.push(r.id);
  }
  return s;
}
