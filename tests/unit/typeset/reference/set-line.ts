import { breakTotalFit } from '../../../../shared/typeset/total-fit';
import { breakLine, type BreakResult } from './break-line';
import { CharClass } from '../../../../shared/typeset/char-class';
import { createPlacement, placeLine } from './place-line';
import type { PreparedParagraph } from './prepare';
import type { ComposedLine, GlyphRun } from '../../../../shared/typeset/types';
import { EM } from '../../../../shared/typeset/units';

const brk: BreakResult = { end: 0, forced: false };

// Justified paragraphs are broken by the composer's own total-fit breaker (checked on its own in
// total-fit.test.ts); the rest greedily, as before. What this reference checks is everything else.
function breakAt(p: PreparedParagraph, start: number, measure: number, out: BreakResult): void {
  if (p.style.align === 'justify') breakTotalFit(p, start, measure, out);
  else breakLine(p, start, measure - (start === 0 ? indentUnits(p) : 0), out);
}
const placement = createPlacement();

/** Geometry of the slot a line is set into. */
export interface LineSlot {
  /** Column width in 1/1000 em of the paragraph's type size. */
  readonly measure: number;
  /** Left edge of the column in points (frame coordinates). */
  readonly x: number;
  /** Baseline in points. */
  readonly baseline: number;
}

/** Ratio of an ideographic em box above the baseline (Noto CJK and most CJK faces: 880/1000). */
export const EM_BOX_ASCENT = 0.88;

/** Baseline offset from the top of a line slot of `leading` points for a face of `size` points. */
export function baselineInSlot(size: number, leading: number): number {
  return (leading - size) / 2 + size * EM_BOX_ASCENT;
}

/** First-line indent of a paragraph in 1/1000 em. */
export function indentUnits(p: PreparedParagraph): number {
  return Math.round(p.style.indent * EM);
}

/**
 * Breaks and positions the next line of `p` starting at `start` and materialises its glyph
 * runs. The one path behind the screen, the PDF and copyfit.
 */
export function setLine(p: PreparedParagraph, block: number, start: number, slot: LineSlot): ComposedLine {
  const style = p.style;
  const indent = start === 0 ? indentUnits(p) : 0;
  const avail = slot.measure - indent;
  breakAt(p, start, slot.measure, brk);
  const end = brk.end;
  const last = end >= p.length;
  const align = style.align;
  const justify = align === 'distribute' || (align === 'justify' && !last);
  placeLine(p, start, end, avail, justify, placement);
  const width = placement.width;
  let offset = indent;
  if (!placement.justified || !justify) {
    const free = avail - width;
    if (free > 0 && align === 'center') offset += free / 2;
    else if (free > 0 && align === 'end') offset += free;
  }
  const size = style.size;
  const k = size / EM;
  const left = slot.x + offset * k;
  const runs: GlyphRun[] = [];
  const { cls, font, text } = p;
  const origin = placement.origin;
  let runStart = start;
  while (runStart < end) {
    const f = font[runStart]!;
    let runEnd = runStart + 1;
    while (runEnd < end && (font[runEnd] === f || cls[runEnd] === CharClass.Continuation)) runEnd++;
    const xs: number[] = [];
    for (let i = runStart; i < runEnd; i++) {
      if (cls[i] !== CharClass.Continuation) xs.push(left + origin[i - start]! * k);
    }
    runs.push({
      text: text.slice(runStart, runEnd),
      fontId: p.fonts.fontId(f),
      size,
      scaleX: style.scaleX,
      x: xs,
      baseline: slot.baseline,
      start: runStart,
    });
    runStart = runEnd;
  }
  return {
    block,
    start,
    end,
    text: text.slice(start, end),
    width: (width + indent) / EM,
    measure: slot.measure / EM,
    left,
    baseline: slot.baseline,
    justified: justify && placement.justified,
    overfull: placement.overfull,
    forced: brk.forced,
    lastInParagraph: last,
    runs,
  };
}

/** Line ends only (no positioning): used to count overset lines quickly. */
export function nextLineEnd(p: PreparedParagraph, start: number, measure: number): number {
  breakAt(p, start, measure, brk);
  return brk.end;
}
