import { breakLine, type BreakResult } from './break-line';
import { CharClass } from './char-class';
import { createPlacement, placeLine } from './place-line';
import type { PreparedParagraph } from './prepare';
import { breakTotalFit } from './total-fit';
import type { ComposedLine, GlyphRun } from './types';
import { EM } from './units';

const CONT = CharClass.Continuation;

const brk: BreakResult = { end: 0, forced: false };
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
 * Ends the line of `p` that starts at `start` at `measure`: a justified paragraph is broken for
 * the best whole paragraph (total-fit.ts); ragged, centred and 均排 lines greedily, line by line.
 */
export function breakAt(p: PreparedParagraph, start: number, measure: number, out: BreakResult): void {
  if (p.style.align === 'justify') breakTotalFit(p, start, measure, out);
  else breakLine(p, start, measure - (start === 0 ? indentUnits(p) : 0), out);
}

/**
 * Breaks and positions the next line of `p` starting at `start` and materialises its glyph
 * runs. The one path behind the screen, the PDF and copyfit.
 */
export function setLine(p: PreparedParagraph, block: number, start: number, slot: LineSlot): ComposedLine {
  return setLineAt(p, block, start, slot.measure, slot.x, slot.baseline);
}

/** `setLine` with the slot as plain numbers: the flow's per-line call allocates no slot object. */
export function setLineAt(p: PreparedParagraph, block: number, start: number, measure: number, x: number, baseline: number): ComposedLine {
  const style = p.style;
  const indent = start === 0 ? indentUnits(p) : 0;
  const avail = measure - indent;
  breakAt(p, start, measure, brk);
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
  const left = x + offset * k;
  const { cls, font, text } = p;
  const lineText = text.slice(start, end);
  const origin = placement.origin;
  const fontSet = p.fonts;
  const scaleX = style.scaleX;
  let runs: GlyphRun[] | undefined;
  let runStart = start;
  while (runStart < end) {
    const f = font[runStart]!;
    // Find the run and count its glyphs first, so its x array is allocated once at its size.
    let count = cls[runStart] !== CONT ? 1 : 0;
    let runEnd = runStart + 1;
    for (; runEnd < end; runEnd++) {
      if (cls[runEnd] === CONT) continue;
      if (font[runEnd] !== f) break;
      count++;
    }
    // oxlint-disable-next-line unicorn/no-new-array -- a length: Array.from({ length }) costs the hot path an iterator.
    const xs: number[] = new Array<number>(count);
    let g = 0;
    for (let i = runStart; i < runEnd; i++) if (cls[i] !== CONT) xs[g++] = left + origin[i - start]! * k;
    const run: GlyphRun = {
      // A one-font line (nearly every body line) shares the line's string.
      text: runStart === start && runEnd === end ? lineText : text.slice(runStart, runEnd),
      fontId: fontSet.fontId(f),
      size,
      scaleX,
      x: xs,
      baseline,
      start: runStart,
    };
    if (runs) runs.push(run);
    else runs = [run];
    runStart = runEnd;
  }
  return {
    block,
    start,
    end,
    text: lineText,
    width: (width + indent) / EM,
    measure: measure / EM,
    left,
    baseline,
    justified: justify && placement.justified,
    overfull: placement.overfull,
    forced: brk.forced,
    lastInParagraph: last,
    runs: runs ?? [],
  };
}

/** Where a line ends and what `setLine` would flag on it, without positioning it. */
export interface LineEnd {
  end: number;
  forced: boolean;
  overfull: boolean;
}

/**
 * Breaks the line of `p` starting at `start` like `setLine` (same end, same `forced` and
 * `overfull` flags) without placing glyphs: the copyfit/overset fast path. A line the
 * breaker ended at a legal break always fits once squeezed (it checked with the same
 * blanks `placeLine` squeezes), so only forced lines need placing to learn `overfull` —
 * lines under an indent wider than the measure, and lines holding a stray low surrogate, whose advance the breaker skips but the placer counts.
 */
export function lineEnd(p: PreparedParagraph, start: number, measure: number, out: LineEnd): void {
  const indent = start === 0 ? indentUnits(p) : 0;
  const avail = measure - indent;
  breakAt(p, start, measure, brk);
  out.end = brk.end;
  out.forced = brk.forced;
  out.overfull = false;
  if (brk.forced || avail < 0 || hasStrayContinuation(p, start, brk.end)) {
    placeLine(p, start, brk.end, avail, false, placement);
    out.overfull = placement.overfull;
  }
}

// A true continuation slot (second half of a surrogate pair) has no advance of its own.
function hasStrayContinuation(p: PreparedParagraph, start: number, end: number): boolean {
  const { cls, adv } = p;
  for (let i = start; i < end; i++) if (cls[i] === CONT && adv[i] !== 0) return true;
  return false;
}

/** Line ends only (no positioning): used to count overset lines quickly. */
export function nextLineEnd(p: PreparedParagraph, start: number, measure: number): number {
  breakAt(p, start, measure, brk);
  return brk.end;
}
