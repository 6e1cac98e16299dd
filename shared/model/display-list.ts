/**
 * A composed page as a display list: everything the screen painter and the PDF writer draw, in
 * points from the top-left corner of the trimmed page. Both draw exactly this, so the screen and
 * the plate agree. Produced by the core's page composer from the composer's glyph runs.
 */

/** A colour in the printing plant's terms. Body text is always 100% K. */
export type InkColor = { cmyk: readonly [number, number, number, number] };
export const BLACK: InkColor = { cmyk: [0, 0, 0, 1] };
/** The traditional red of a Chinese newspaper masthead (报头). */
export const MASTHEAD_RED: InkColor = { cmyk: [0, 1, 1, 0.05] };

/** Glyphs of one font on one baseline: `x[i]` is the left edge of the i-th code point of `text`. */
export interface TextItem {
  kind: 'text';
  text: string;
  fontId: string;
  size: number;
  /** Horizontal scale (长/扁); 1 for normal. */
  scaleX: number;
  x: number[];
  /** Baseline, points from the top of the page. */
  y: number;
  color: InkColor;
  /** Vertical (竖排) glyphs are set upright in a column: then `y` holds per-glyph baselines instead. */
  yEach?: number[];
  /**
   * Per glyph, degrees clockwise about the glyph's origin (x, its baseline): 90 for Latin letters
   * and digits in vertical text (clreq), 0 for upright ones. Absent: all upright.
   */
  rotate?: number[];
  /**
   * Kept for text extraction and search but not painted, because a rule draws it instead (the
   * 破折号 —— must be one unbroken line, which the fonts' em dashes are not).
   */
  hidden?: boolean;
  /** Which frame and story this text belongs to (e-paper hot zones, selection). */
  frameId?: number;
  storyId?: number;
}

export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: InkColor;
  style?: 'solid' | 'double' | 'dashed';
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  stroke?: InkColor;
  strokeWidth?: number;
  fill?: InkColor;
}

/** A picture drawn at x, y, w, h; with `clip`, only what falls inside that rectangle shows (a crop). */
export interface ImageItem {
  kind: 'image';
  imageId: number;
  x: number;
  y: number;
  w: number;
  h: number;
  clip?: { x: number; y: number; w: number; h: number };
  frameId?: number;
}

export type DisplayItem = TextItem | RuleItem | RectItem | ImageItem;

/** Where a frame sits, what it holds, and whether its story ran out of room. */
export interface FrameBox {
  id: number;
  storyId: number | null;
  role: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** For a story's last body frame: what did not fit ("超 N 字 / N 行"). */
  overset?: { chars: number; lines: number };
  /** For an image frame: the picture's effective resolution as placed, pixels per inch. */
  ppi?: number;
}

/** How much of the type area holds something (see shared/layout/page-fill). */
export interface PageFill {
  /** Share of the grid's cells (one column by one line) that hold text, a headline, a box or a picture, 0…1. */
  share: number;
  /** Lines in a column of the type area. */
  rows: number;
  /** Per column, the lines at its foot that hold nothing. */
  emptyFoot: number[];
}

export interface PageDisplayList {
  pageId: number;
  /** 版次 */
  number: number;
  /** Trim size in points. */
  width: number;
  height: number;
  /** Bleed on each side, in points (the PDF's BleedBox extends the trim by it). */
  bleed: number;
  items: DisplayItem[];
  frames: FrameBox[];
  /** Problems the preflight reports: missing glyphs, overfull lines, overset. */
  warnings: Array<{ kind: string; message: string; frameId?: number; storyId?: number }>;
  /** Every font id used, for embedding and @font-face. */
  fonts: string[];
  /** How full the page is: the status bar's figure and preflight's blank-page and column checks. */
  fill?: PageFill;
}

export const MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * MM;
export const ptToMm = (pt: number): number => pt / MM;
