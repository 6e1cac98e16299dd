/**
 * Text wrap: a body frame that an image frame overlaps loses the grid lines the image covers.
 * The frame becomes one or more bands of whole lines above and below the picture, and the story
 * flows through the bands in order — so the lines stay on the page grid (baselines align with
 * the neighbouring columns) and the composer's overset and copyfit count exactly what is left.
 * Computed here, in the shared composer, so the screen and the PDF wrap identically.
 */

/** A rectangle in points. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A band of a body frame that text may use: `top` from the frame's top, both in points. */
export interface Band {
  top: number;
  height: number;
}

/**
 * The white kept between a picture and the text around it, in points: enough that a grid line
 * touching the picture's edge is left empty, so no glyph sits against the picture or its credit.
 */
export const WRAP_STANDOFF = 2;

/** Overlaps below this many points (a hairline touch, rounding) do not wrap. */
const TOUCH = 0.5;

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => Math.min(a1, b1) - Math.max(a0, b0) > TOUCH;

/**
 * The bands of `frame` that text may use, between `reserveTop` and `reserveBottom` points kept
 * free at its ends (jump lines), skipping every grid line (`pitch` tall, counted from the top of
 * the usable area) that an obstacle, grown by `standoff` points, overlaps. Without an overlapping obstacle: one band, exactly
 * the usable area. An obstacle that overlaps the frame only at its side still takes the whole
 * line: the columns are narrow, and a line squeezed beside a picture reads badly.
 */
export function wrapBands(frame: Rect, obstacles: readonly Rect[], pitch: number, reserveTop = 0, reserveBottom = 0, standoff = 0): Band[] {
  const top0 = reserveTop;
  const bottom = Math.max(top0, frame.h - reserveBottom);
  // Grown only vertically: beside a picture the text is in another column already.
  const hits = obstacles.map((o) => ({ ...o, y: o.y - standoff, h: o.h + 2 * standoff })).filter((o) => overlaps(frame.x, frame.x + frame.w, o.x, o.x + o.w) && overlaps(frame.y + top0, frame.y + bottom, o.y, o.y + o.h));
  if (hits.length === 0 || pitch <= 0) return [{ top: top0, height: bottom - top0 }];
  const slots = Math.ceil((bottom - top0) / pitch - 1e-6);
  const bands: Band[] = [];
  let start = -1;
  const close = (end: number): void => {
    if (start < 0) return;
    const t = top0 + start * pitch;
    bands.push({ top: t, height: Math.min(bottom, top0 + end * pitch) - t });
    start = -1;
  };
  for (let k = 0; k < slots; k++) {
    const s0 = frame.y + top0 + k * pitch;
    const s1 = Math.min(frame.y + bottom, s0 + pitch);
    const blocked = hits.some((o) => overlaps(s0, s1, o.y, o.y + o.h));
    if (blocked) close(k);
    else if (start < 0) start = k;
  }
  close(slots);
  return bands;
}
