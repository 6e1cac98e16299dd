import type { PcsEncoding } from './icc-lut';

/**
 * sRGB to the ICC profile connection space. Pictures without an embedded profile are taken as
 * sRGB (what cameras, phones and the web deliver, and what the screen shows them as). The PCS is
 * relative to D50, so sRGB's D65 primaries go through the Bradford-adapted matrix (IEC 61966-2-1
 * primaries, Bradford D65→D50 — the matrix ICC sRGB profiles carry in their rXYZ/gXYZ/bXYZ tags).
 */

/** The PCS illuminant (ICC D50). */
export const D50 = [0.9642, 1, 0.8249] as const;

/**
 * sRGB (linear) → XYZ D50, rows X, Y, Z: Bradford-adapted sRGB (Lindbloom), each row scaled by a
 * few parts in 10,000 so that sRGB white lands exactly on the PCS white — as the colorant tags of
 * an ICC sRGB profile are adjusted to — so paper white comes out L* 100, a* = b* = 0, no ink.
 */
export const SRGB_TO_XYZ_D50: readonly (readonly [number, number, number])[] = (
  [
    [0.4360747, 0.3850649, 0.1430804],
    [0.2225045, 0.7168786, 0.0606169],
    [0.0139322, 0.0971045, 0.7141733],
  ] as const
).map((row, i) => {
  const k = D50[i]! / (row[0] + row[1] + row[2]);
  return [row[0] * k, row[1] * k, row[2] * k] as const;
});

/** The sRGB transfer function decoded: an 8-bit-style value 0…1 to linear light. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** sRGB values 0…1 → CIE XYZ relative to D50 (white: Y = 1). */
export function srgbToXyzD50(r: number, g: number, b: number): [number, number, number] {
  const lin = [srgbToLinear(r), srgbToLinear(g), srgbToLinear(b)];
  const row = (m: readonly number[]): number => m[0]! * lin[0]! + m[1]! * lin[1]! + m[2]! * lin[2]!;
  return [row(SRGB_TO_XYZ_D50[0]!), row(SRGB_TO_XYZ_D50[1]!), row(SRGB_TO_XYZ_D50[2]!)];
}

/** XYZ (D50) → CIELAB. */
export function xyzToLab(x: number, y: number, z: number): [number, number, number] {
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const fx = f(x / D50[0]);
  const fy = f(y / D50[1]);
  const fz = f(z / D50[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/**
 * PCS values as the lut's first stage reads them, each 0…1 (ICC.1:2010 §6.3.4):
 * - lab-legacy16 (lut16): L* 0…100 → 0…0xFF00, a*, b* −128…127.996 → 0…0xFFFF (0x8000 = 0);
 * - lab8 (lut8): L* 0…100 → 0…255, a*, b* −128…127 → 0…255;
 * - lab-v4 (lutBtoA): L* 0…100 → 0…0xFFFF, a*, b* −128…127 → 0…0xFFFF;
 * - xyz16: u1Fixed15, 1.0 = 0x8000 of 0xFFFF.
 */
export function encodePcs(encoding: PcsEncoding, xyz: readonly [number, number, number]): [number, number, number] {
  const clamp = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
  if (encoding === 'xyz16') {
    const k = 0x8000 / 0xffff;
    return [clamp(xyz[0] * k), clamp(xyz[1] * k), clamp(xyz[2] * k)];
  }
  const [l, a, b] = xyzToLab(xyz[0], xyz[1], xyz[2]);
  switch (encoding) {
    case 'lab-legacy16':
      return [clamp((l * 0xff00) / 100 / 0xffff), clamp(((a + 128) * 256) / 0xffff), clamp(((b + 128) * 256) / 0xffff)];
    case 'lab8':
    case 'lab-v4':
      return [clamp(l / 100), clamp((a + 128) / 255), clamp((b + 128) / 255)];
  }
}
