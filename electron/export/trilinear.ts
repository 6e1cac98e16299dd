/**
 * Trilinear interpolation in a flat table of grid nodes: the value at `p` (one output channel of
 * the lower corner) and its neighbours `d0`, `d1`, `d2` entries along each input axis, weighted
 * by the fractions `f0`, `f1`, `f2` towards them. Shared by the profile's CLUT (icc-lut-eval.ts)
 * and the 33³ grid every pixel goes through (rgb-cmyk-grid.ts).
 */
export function trilinear(t: Float32Array, p: number, d0: number, d1: number, d2: number, f0: number, f1: number, f2: number): number {
  const c00 = t[p]! + (t[p + d2]! - t[p]!) * f2;
  const c01 = t[p + d1]! + (t[p + d1 + d2]! - t[p + d1]!) * f2;
  const c10 = t[p + d0]! + (t[p + d0 + d2]! - t[p + d0]!) * f2;
  const c11 = t[p + d0 + d1]! + (t[p + d0 + d1 + d2]! - t[p + d0 + d1]!) * f2;
  const c0 = c00 + (c01 - c00) * f1;
  const c1 = c10 + (c11 - c10) * f1;
  return c0 + (c1 - c0) * f0;
}
