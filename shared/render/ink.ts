import type { InkColor } from '../model/display-list';

/** Clamps an ink value to [0, 1] (NaN → 0), so a bad colour never produces a bad file. */
export function clampInk(v: number): number {
  return v > 0 ? (v < 1 ? v : 1) : 0;
}

/**
 * True for a colour printed on the black plate alone (C = M = Y = 0). Such text and rules go
 * out as DeviceCMYK 0/0/0/K; only solid 100% K overprints (tints knock out, as plants expect).
 */
export function isKOnly(c: InkColor): boolean {
  const [cy, m, y] = c.cmyk;
  return clampInk(cy) === 0 && clampInk(m) === 0 && clampInk(y) === 0;
}

/** Solid black on the K plate only: the colour that overprints. */
export function isSolidK(c: InkColor): boolean {
  return isKOnly(c) && clampInk(c.cmyk[3]) === 1;
}

/**
 * The screen colour of an ink, by the naive (uncalibrated) CMYK → RGB transform that poppler
 * and most viewers also use without a colour-managed profile, so the screen and a proof
 * rendered from the PDF agree. Returns `#rrggbb`.
 */
export function inkToCss(c: InkColor): string {
  const [cy, m, y, k] = c.cmyk.map(clampInk) as [number, number, number, number];
  const ch = (v: number): string =>
    Math.round(255 * (1 - v) * (1 - k))
      .toString(16)
      .padStart(2, '0');
  return `#${ch(cy)}${ch(m)}${ch(y)}`;
}
