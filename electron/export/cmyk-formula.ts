/**
 * RGB → CMYK by formula, for when the newsroom has set no plant profile (or its profile has no
 * usable B2A table). It is the classic complement with grey-component replacement, tuned for
 * newsprint rather than for colour accuracy — a plant profile is always better:
 *
 *   c = 1 − R, m = 1 − G, y = 1 − B         (R, G, B the sRGB values 0…1, as encoded)
 *   g = min(c, m, y)                        the grey component
 *   K = g                                   full GCR: every grey is carried by black, so greys
 *                                           stay neutral on a press whose CMY register wanders
 *   u = 0.4 · max(0, (g − 0.6) / 0.4)²      under-colour addition in the deep shadows only
 *   C = c − g + u, M = m − g + u, Y = y − g + u
 *
 * Black comes out C40 M40 Y40 K100: 220% total ink, under the 240% limit of coldset newsprint
 * (ISO 12647-3), and the darkest any colour gets; pure red is M100 Y100, white no ink at all.
 */

/** How much CMY is added back under a full black (the `u` of the formula at g = 1). */
export const FORMULA_SHADOW_CMY = 0.4;

/** sRGB 0…1 → CMYK 0…1 (1 = full ink) by the formula above. */
export function formulaCmyk(r: number, g: number, b: number): [number, number, number, number] {
  const c = 1 - r;
  const m = 1 - g;
  const y = 1 - b;
  const grey = Math.min(c, m, y);
  const s = Math.max(0, (grey - 0.6) / 0.4);
  const u = FORMULA_SHADOW_CMY * s * s;
  const clamp = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
  return [clamp(c - grey + u), clamp(m - grey + u), clamp(y - grey + u), clamp(grey)];
}
