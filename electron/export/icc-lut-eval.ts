import type { Clut, LutStage, PcsToDevice } from './icc-lut';
import { trilinear } from './trilinear';

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * Trilinear interpolation in a three-input CLUT. Trilinear rather than tetrahedral: the grid the
 * export builds from it (rgb-cmyk-grid.ts) is itself sampled and interpolated, so the extra
 * accuracy of tetrahedral interpolation on neutral axes would not survive to the pixels.
 */
function clut3(c: Clut, x: readonly number[], out: number[]): void {
  const o = c.outputs;
  const idx: number[] = [];
  const frac: number[] = [];
  for (let d = 0; d < 3; d++) {
    const g = c.grid[d]!;
    const f = clamp01(x[d]!) * (g - 1);
    const i = g === 1 ? 0 : Math.min(g - 2, Math.floor(f));
    idx.push(i);
    frac.push(g === 1 ? 0 : f - i);
  }
  const [g1, g2] = [c.grid[1]!, c.grid[2]!];
  // Strides of one step along each input: the first input varies slowest (ICC §10.10).
  const s0 = g1 * g2 * o;
  const s1 = g2 * o;
  const s2 = o;
  const d0 = c.grid[0]! > 1 ? s0 : 0;
  const d1 = g1 > 1 ? s1 : 0;
  const d2 = g2 > 1 ? s2 : 0;
  const base = idx[0]! * s0 + idx[1]! * s1 + idx[2]! * s2;
  const [fx, fy, fz] = frac as [number, number, number];
  const t = c.data;
  for (let k = 0; k < o; k++) out[k] = trilinear(t, base + k, d0, d1, d2, fx, fy, fz);
  out.length = o;
}

function applyStage(s: LutStage, v: number[]): number[] {
  switch (s.kind) {
    case 'curves':
      return s.curves.map((f, i) => clamp01(f(clamp01(v[i]!))));
    case 'matrix': {
      const m = s.m;
      return [0, 1, 2].map((r) => clamp01(m[3 * r]! * v[0]! + m[3 * r + 1]! * v[1]! + m[3 * r + 2]! * v[2]! + s.offset[r]!));
    }
    case 'clut': {
      const out: number[] = [];
      clut3(s.clut, v, out);
      return out;
    }
  }
}

/** Runs encoded PCS values (0…1 each) through the table: the device values (0…1, 1 = full ink). */
export function evalPcsToDevice(lut: PcsToDevice, pcs: readonly [number, number, number]): number[] {
  let v: number[] = [...pcs];
  for (const s of lut.stages) v = applyStage(s, v);
  return v;
}
