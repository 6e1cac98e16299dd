import { mmToPt } from '../../shared/model/display-list';

/** Gap between the trim corner and a crop mark (at least the bleed, so marks never print on it). */
export const MARK_OFFSET = mmToPt(3);
/** Length of each crop mark. */
export const MARK_LENGTH = mmToPt(5);
/** Stroke width of crop marks (hairline plants accept: 0.25 pt). */
export const MARK_WIDTH = 0.25;

/** Paper outside the trim on each side: the bleed, plus room for the marks when they are drawn. */
export function outerMargin(bleed: number, cropMarks: boolean): number {
  const b = Math.max(0, bleed);
  // Without marks the page is the trimmed page itself (what `pdfinfo` calls the page size); with
  // them it grows by the bleed and the marks' slug, for the plant's imposition.
  return cropMarks ? Math.max(b, MARK_OFFSET) + MARK_LENGTH + mmToPt(1) : 0;
}

/** A line segment in trim coordinates (points, origin at the trim's top-left, y down). */
export type Segment = readonly [x1: number, y1: number, x2: number, y2: number];

/**
 * The eight crop marks of a trim `w` × `h`: at each corner one horizontal and one vertical
 * stroke on the trim lines' extensions, starting outside the bleed and pointing away from it.
 */
export function cropMarkSegments(w: number, h: number, bleed: number): Segment[] {
  const off = Math.max(Math.max(0, bleed), MARK_OFFSET);
  const out: Segment[] = [];
  for (const [cx, sx] of [
    [0, -1],
    [w, 1],
  ] as const) {
    for (const [cy, sy] of [
      [0, -1],
      [h, 1],
    ] as const) {
      out.push([cx + sx * off, cy, cx + sx * (off + MARK_LENGTH), cy]);
      out.push([cx, cy + sy * off, cx, cy + sy * (off + MARK_LENGTH)]);
    }
  }
  return out;
}
