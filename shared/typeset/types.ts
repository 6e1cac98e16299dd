/** Glyphs of one font on one line, positioned: what the screen painter and the PDF writer draw. */
export interface GlyphRun {
  /** The code points of the run (a substring of the paragraph). */
  readonly text: string;
  readonly fontId: string;
  /** Type size in points. */
  readonly size: number;
  /** Horizontal scale to apply to every glyph (长/扁); 1 for normal. */
  readonly scaleX: number;
  /** Left edge of each code point's glyph box in points from the frame's left edge, one per code point. */
  readonly x: readonly number[];
  /** Baseline in points from the top of the frame (or of the composed block). */
  readonly baseline: number;
  /** UTF-16 offset of the run in its paragraph. */
  readonly start: number;
}

/** One composed line. */
export interface ComposedLine {
  /** Index of the paragraph / story block the line belongs to. */
  readonly block: number;
  /** UTF-16 offsets [start, end) of the line in its paragraph; the lines of a paragraph tile it exactly. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Width in ems (indent included, trailing spaces excluded). */
  readonly width: number;
  /** The measure in ems the line was set to. */
  readonly measure: number;
  /** Left edge of the line's content in points (indent and alignment). */
  readonly left: number;
  /** Baseline in points from the top of the frame (or block). */
  readonly baseline: number;
  /** Stretched or squeezed to exactly the measure. */
  readonly justified: boolean;
  /** Wider than the measure even after all squeezing (a glyph wider than the column): flag, never paint into the gutter. */
  readonly overfull: boolean;
  /** No break satisfied the rules, so one was forced. */
  readonly forced: boolean;
  readonly lastInParagraph: boolean;
  readonly runs: readonly GlyphRun[];
}

/** A problem the editor should see. */
export interface TypesetWarning {
  readonly kind: 'missing-glyph' | 'overfull' | 'forced-break';
  readonly block: number;
  /** UTF-16 offset in the block. */
  readonly offset: number;
  readonly codePoint?: number;
  readonly message: string;
}
