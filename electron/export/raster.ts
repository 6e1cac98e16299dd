/** 8-bit interleaved pixels: 3 channels (RGB) or 4 (RGBA, straight alpha). */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly data: Uint8Array;
}

/**
 * Composites RGBA onto white paper: PDF/X-1a has no transparency, and what a transparent pixel
 * shows on the page is the paper under it. Done on the encoded values, as a viewer compositing
 * in DeviceRGB does, so the print matches what the screen showed.
 */
export function flattenOnWhite(r: Raster): Raster {
  if (r.channels === 3) return r;
  const n = r.width * r.height;
  const out = new Uint8Array(n * 3);
  const s = r.data;
  for (let i = 0, p = 0, o = 0; i < n; i++, p += 4, o += 3) {
    const a = s[p + 3]!;
    if (a === 255) {
      out[o] = s[p]!;
      out[o + 1] = s[p + 1]!;
      out[o + 2] = s[p + 2]!;
    } else {
      const w = 255 - a;
      out[o] = Math.round((s[p]! * a + 255 * w) / 255);
      out[o + 1] = Math.round((s[p + 1]! * a + 255 * w) / 255);
      out[o + 2] = Math.round((s[p + 2]! * a + 255 * w) / 255);
    }
  }
  return { width: r.width, height: r.height, channels: 3, data: out };
}

/**
 * For a reduction from `from` to `to` samples (to ≤ from): where each source sample goes — the
 * output it falls in, and the share of it that spills into the next output (its area beyond the
 * output's edge). A source sample is never wider than an output one, so it touches at most two.
 */
function spans(from: number, to: number): { out: Int32Array; first: Float32Array; second: Float32Array } {
  const scale = from / to;
  const out = new Int32Array(from);
  const first = new Float32Array(from);
  const second = new Float32Array(from);
  for (let i = 0; i < from; i++) {
    const o = Math.min(to - 1, Math.floor(i / scale));
    const edge = (o + 1) * scale;
    const spill = o + 1 < to && edge < i + 1 ? i + 1 - edge : 0;
    out[i] = o;
    first[i] = (1 - spill) / scale;
    second[i] = spill / scale;
  }
  return { out, first, second };
}

/**
 * Area-average (box filter) reduction of an RGB raster to `width` × `height` (each no larger
 * than the source): every output pixel is the mean of the source area it covers, fractional
 * edges weighted by their share. Streams row by row, holding two output rows of sums.
 */
export function downsample(r: Raster, width: number, height: number): Raster {
  if (r.channels !== 3) throw new Error('downsample: RGB only (flatten alpha first)');
  if (width >= r.width && height >= r.height) return r;
  const w = Math.min(width, r.width);
  const h = Math.min(height, r.height);
  const cx = spans(r.width, w);
  const cy = spans(r.height, h);
  const out = new Uint8Array(w * h * 3);
  const row = new Float32Array(w * 3);
  let acc = new Float32Array(w * 3);
  let next = new Float32Array(w * 3);
  let current = 0;
  const emit = (): void => {
    for (let i = 0; i < w * 3; i++) out[current * w * 3 + i] = Math.min(255, Math.max(0, Math.round(acc[i]!)));
  };
  for (let y = 0; y < r.height; y++) {
    row.fill(0);
    const s = r.data;
    for (let x = 0, p = y * r.width * 3; x < r.width; x++, p += 3) {
      const o = cx.out[x]! * 3;
      const a = cx.first[x]!;
      const b = cx.second[x]!;
      for (let k = 0; k < 3; k++) {
        row[o + k] = row[o + k]! + s[p + k]! * a;
        if (b > 0) row[o + 3 + k] = row[o + 3 + k]! + s[p + k]! * b;
      }
    }
    const oy = cy.out[y]!;
    if (oy !== current) {
      emit();
      [acc, next] = [next, acc];
      next.fill(0);
      current = oy;
    }
    const a = cy.first[y]!;
    const b = cy.second[y]!;
    for (let i = 0; i < w * 3; i++) acc[i] = acc[i]! + row[i]! * a;
    if (b > 0) for (let i = 0; i < w * 3; i++) next[i] = next[i]! + row[i]! * b;
  }
  emit();
  return { width: w, height: h, channels: 3, data: out };
}

/**
 * How far R, G and B may differ and a pixel still count as grey: 8 of 255, above the chroma
 * noise a JPEG encoder leaves in a black-and-white photo saved as RGB, below any visible tint.
 */
export const NEUTRAL_TOLERANCE = 8;

/** Is every pixel of an RGB raster grey (R ≈ G ≈ B)? Then it prints on the black plate alone. */
export function isNeutral(r: Raster, tolerance = NEUTRAL_TOLERANCE): boolean {
  if (r.channels !== 3) throw new Error('isNeutral: RGB only');
  const s = r.data;
  for (let p = 0; p < s.length; p += 3) {
    const a = s[p]!;
    const b = s[p + 1]!;
    const c = s[p + 2]!;
    const hi = a > b ? (a > c ? a : c) : b > c ? b : c;
    const lo = a < b ? (a < c ? a : c) : b < c ? b : c;
    if (hi - lo > tolerance) return false;
  }
  return true;
}

/** The grey samples (DeviceGray: 0 black, 255 white) of an RGB raster, by Rec. 601 luma. */
export function toGrey(r: Raster): Uint8Array {
  if (r.channels !== 3) throw new Error('toGrey: RGB only');
  const n = r.width * r.height;
  const out = new Uint8Array(n);
  const s = r.data;
  for (let i = 0, p = 0; i < n; i++, p += 3) out[i] = Math.round(0.299 * s[p]! + 0.587 * s[p + 1]! + 0.114 * s[p + 2]!);
  return out;
}
