import { breakLine, type BreakResult } from './break-line';
import { CharClass } from './char-class';
import { createPlacement, placeLine } from './place-line';
import type { PreparedParagraph } from './prepare';
import { breakTotalFit } from './total-fit';
import { LazyRunsLine, PositionSlabs, type LineFont } from './lazy-runs-line';
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

  // One font over the whole line (nearly every body line): its positions go to a slab and its
  // run is made when a painter reads it (lazy-runs-line.ts).
  const f0 = start < end ? font[start]! : 0;
  let oneFont = true;
  let count = 0;
  for (let i = start; i < end; i++) {
    if (cls[i] === CONT) continue;
    if (font[i] !== f0) {
      oneFont = false;
      break;
    }
    count++;
  }
  const face = lineFont(fontSet.fontId(f0), size, scaleX);
  const runs = oneFont ? undefined : fontRuns(p, start, end, left, k, baseline);
  if (oneFont) {
    slabs.reserve(count);
    const xs = slabs.slab;
    let g = slabs.from;
    for (let i = start; i < end; i++) if (cls[i] !== CONT) xs[g++] = left + origin[i - start]! * k;
  }
  const justified = justify && placement.justified;
  // A multi-font line carries its runs: count -1, no slab range.
  return new LazyRunsLine(block, start, end, lineText, (width + indent) / EM, measure / EM, left, baseline, justified, placement.overfull, brk.forced, last, face, slabs.slab, oneFont ? slabs.from : 0, oneFont ? count : -1, runs);
}

const slabs = new PositionSlabs();
let lastFace: LineFont = { fontId: '', size: 0, scaleX: 1 };

// Lines of one style share one face object.
function lineFont(fontId: string, size: number, scaleX: number): LineFont {
  if (lastFace.fontId !== fontId || lastFace.size !== size || lastFace.scaleX !== scaleX) lastFace = { fontId, size, scaleX };
  return lastFace;
}

/** The glyph runs of a line set in several fonts (a glyph missing from the first face), placed by `placement`. */
function fontRuns(p: PreparedParagraph, start: number, end: number, left: number, k: number, baseline: number): GlyphRun[] {
  const { cls, font, text } = p;
  const origin = placement.origin;
  const runs: GlyphRun[] = [];
  let runStart = start;
  while (runStart < end) {
    const f = font[runStart]!;
    const xs: number[] = [];
    let runEnd = runStart;
    for (; runEnd < end; runEnd++) {
      if (cls[runEnd] === CONT) continue;
      if (font[runEnd] !== f) break;
      xs.push(left + origin[runEnd - start]! * k);
    }
    runs.push({ text: text.slice(runStart, runEnd), fontId: p.fonts.fontId(f), size: p.style.size, scaleX: p.style.scaleX, x: xs, baseline, start: runStart });
    runStart = runEnd;
  }
  return runs;
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
