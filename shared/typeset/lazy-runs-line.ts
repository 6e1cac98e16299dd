import type { ComposedLine, GlyphRun } from './types';

/**
 * A composed line whose glyph runs are built when first read. Flowing a 16-page issue sets
 * ~8,000 lines, and one small x array per run (plus its run object and runs array) made most of
 * the flow's time garbage-collector work copying those arrays (tests/bench/compose-vs-chromium.ts:
 * median 21–35 ms against 10–11 ms without them). Copyfit, overset, balancing and the page's
 * other frames never read the glyphs; a painter or the PDF writer reads them for the lines it
 * draws. So a one-font line (nearly every body line) keeps its positions as a range of a shared
 * Float64Array slab, and its runs are made, once, on first read. A line set in several fonts
 * (a missing glyph's fallback) carries its runs from the start.
 */
export class LazyRunsLine implements ComposedLine {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly width: number;
  readonly measure: number;
  readonly left: number;
  readonly baseline: number;
  readonly justified: boolean;
  readonly overfull: boolean;
  readonly forced: boolean;
  readonly lastInParagraph: boolean;
  // Private fields are not own enumerable properties: `{ ...line }` and equality see the line's
  // fields only, and `runs` where it is read. Kept on the line itself (not in an object of their
  // own) so that a line is one object plus its text.
  readonly #font: LineFont;
  readonly #slab: Float64Array;
  readonly #from: number;
  readonly #count: number;
  #runs: readonly GlyphRun[] | undefined;

  /**
   * The line's fields in ComposedLine's order, then its face and where its glyph positions are:
   * `count` x values (points, one per code point) from `from` in `slab`. A line set in several
   * fonts passes `count` -1 and its `runs`. Positional: this runs once per composed line.
   */
  constructor(
    block: number,
    start: number,
    end: number,
    text: string,
    width: number,
    measure: number,
    left: number,
    baseline: number,
    justified: boolean,
    overfull: boolean,
    forced: boolean,
    lastInParagraph: boolean,
    font: LineFont,
    slab: Float64Array,
    from: number,
    count: number,
    runs?: readonly GlyphRun[],
  ) {
    this.block = block;
    this.start = start;
    this.end = end;
    this.text = text;
    this.width = width;
    this.measure = measure;
    this.left = left;
    this.baseline = baseline;
    this.justified = justified;
    this.overfull = overfull;
    this.forced = forced;
    this.lastInParagraph = lastInParagraph;
    this.#font = font;
    this.#slab = slab;
    this.#from = from;
    this.#count = count;
    this.#runs = runs;
  }

  get runs(): readonly GlyphRun[] {
    if (this.#runs) return this.#runs;
    if (this.start === this.end) return (this.#runs = []);
    const n = this.#count;
    const from = this.#from;
    const slab = this.#slab;
    // oxlint-disable-next-line unicorn/no-new-array -- a length: one allocation at the run's size.
    const x: number[] = new Array<number>(n);
    for (let i = 0; i < n; i++) x[i] = slab[from + i]!;
    const f = this.#font;
    const run: GlyphRun = { text: this.text, fontId: f.fontId, size: f.size, scaleX: f.scaleX, x, baseline: this.baseline, start: this.start };
    return (this.#runs = [run]);
  }

  /** The same line on another baseline or in another block: shares its text and glyph positions. */
  moved(block: number, baseline: number): LazyRunsLine {
    const eager = this.#count < 0 ? this.runs.map((r) => ({ ...r, baseline })) : undefined;
    const { start, end, text, width, measure, left, justified, overfull, forced, lastInParagraph } = this;
    return new LazyRunsLine(block, start, end, text, width, measure, left, baseline, justified, overfull, forced, lastInParagraph, this.#font, this.#slab, this.#from, this.#count, eager);
  }
}

/** The face of a one-font line; one object per paragraph style and font, shared by its lines. */
export interface LineFont {
  readonly fontId: string;
  readonly size: number;
  readonly scaleX: number;
}

const SLAB = 8192;

/**
 * Shared Float64Array slabs for glyph positions, handed out in ranges. A slab is never reused:
 * a line keeps its slab alive for as long as the line lives (the re-flow cache keeps lines).
 */
export class PositionSlabs {
  slab = new Float64Array(SLAB);
  /** Where the last `reserve` begins in `slab`. */
  from = 0;
  #used = 0;

  /** Makes room for `count` positions at `slab[from…]` (a new slab when this one is full). */
  reserve(count: number): void {
    if (this.#used + count > this.slab.length) {
      this.slab = new Float64Array(Math.max(SLAB, count));
      this.#used = 0;
    }
    this.from = this.#used;
    this.#used += count;
  }
}
