// The loose-line figure for compose-vs-chromium: the share of justified body lines (every line
// of a paragraph but its last) whose added inter-character space exceeds 0.1 em per gap, for
// the old greedy breaker (先挤后推 line by line, still in shared/typeset/break-line.ts) and for
// the composer's own (total-fit), over the same paragraphs, style and measure.
import { breakLine, type BreakResult } from '../../shared/typeset/break-line';
import type { FontSet } from '../../shared/typeset/font-set';
import { LOOSE_PER_GAP, looseness } from '../../shared/typeset/looseness';
import { prepareParagraph } from '../../shared/typeset/prepare';
import { breakAt, indentUnits } from '../../shared/typeset/set-line';
import type { TextStyle } from '../../shared/typeset/styles';
import { ptToUnits } from '../../shared/typeset/units';

export interface LooseFigure {
  /** Justified lines (not the last of a paragraph). */
  lines: number;
  loose: number;
  /** loose / lines, rounded to 4 places. */
  share: number;
  /** Lines in all (last lines included): total-fit never takes more than greedy. */
  allLines: number;
}

/** Loose lines of `paragraphs` set at `measurePt` by `breaker`. */
export function looseLines(paragraphs: readonly string[], style: TextStyle, measurePt: number, fonts: FontSet, breaker: 'greedy' | 'total-fit'): LooseFigure {
  const measure = ptToUnits(measurePt, style.size);
  const out: BreakResult = { end: 0, forced: false };
  let lines = 0;
  let loose = 0;
  let allLines = 0;
  for (const text of paragraphs) {
    const p = prepareParagraph(text, style, fonts);
    let start = 0;
    do {
      if (breaker === 'greedy') breakLine(p, start, measure - (start === 0 ? indentUnits(p) : 0), out);
      else breakAt(p, start, measure, out);
      allLines++;
      if (out.end < p.length) {
        lines++;
        if (looseness(p, start, out.end, measure) > LOOSE_PER_GAP) loose++;
      }
      start = out.end;
    } while (start < p.length);
  }
  return { lines, loose, share: lines ? +(loose / lines).toFixed(4) : 0, allLines };
}
