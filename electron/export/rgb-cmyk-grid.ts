import { trilinear } from './trilinear';

/** Nodes along each RGB axis of the grid: 32 steps of 8 levels, the size colour engines use. */
export const GRID_NODES = 33;

/**
 * An RGB → CMYK transform sampled on a 33³ grid of 8-bit RGB and interpolated trilinearly per
 * pixel. Running every pixel of a 6-megapixel photo through a profile's PCS conversion and CLUT
 * would take seconds; the grid is built once per profile (35,937 evaluations) and each pixel then
 * costs eight look-ups.
 */
export class RgbCmykGrid {
  /** CMYK 0…255 (float) per node, node (r, g, b) at ((r·33 + g)·33 + b)·4. */
  private readonly nodes: Float32Array;
  /** Per 8-bit level: the lower node's index along an axis, and the fraction towards the next. */
  private static readonly cell = new Int32Array(256);
  private static readonly frac = new Float32Array(256);
  static {
    const steps = GRID_NODES - 1;
    for (let v = 0; v < 256; v++) {
      const f = (v * steps) / 255;
      const i = Math.min(steps - 1, Math.floor(f));
      RgbCmykGrid.cell[v] = i;
      RgbCmykGrid.frac[v] = f - i;
    }
  }

  private constructor(nodes: Float32Array) {
    this.nodes = nodes;
  }

  /** The grid's node table, to hand the same transform to a worker thread. */
  get nodeData(): Float32Array {
    return this.nodes;
  }

  /** A grid from a node table made by `build` (as received by a worker thread). */
  static fromNodes(nodes: Float32Array): RgbCmykGrid {
    if (nodes.length !== GRID_NODES ** 3 * 4) throw new Error(`an RGB → CMYK grid has ${GRID_NODES ** 3 * 4} values, not ${nodes.length}`);
    return new RgbCmykGrid(nodes);
  }

  /** Samples `fn` (sRGB 0…1 in, CMYK 0…1 out) at every node. */
  static build(fn: (r: number, g: number, b: number) => readonly number[]): RgbCmykGrid {
    const n = GRID_NODES;
    const nodes = new Float32Array(n * n * n * 4);
    let p = 0;
    for (let r = 0; r < n; r++) {
      for (let g = 0; g < n; g++) {
        for (let b = 0; b < n; b++) {
          const cmyk = fn(r / (n - 1), g / (n - 1), b / (n - 1));
          for (let k = 0; k < 4; k++) nodes[p++] = Math.min(1, Math.max(0, cmyk[k] ?? 0)) * 255;
        }
      }
    }
    return new RgbCmykGrid(nodes);
  }

  /** Converts `pixels` RGB triples (8-bit) to CMYK quadruples (8-bit, 255 = full ink). */
  apply(rgb: Uint8Array, pixels: number): Uint8Array {
    const out = new Uint8Array(pixels * 4);
    const t = this.nodes;
    const { cell, frac } = RgbCmykGrid;
    const n = GRID_NODES;
    const dr = n * n * 4;
    const dg = n * 4;
    const db = 4;
    for (let i = 0, s = 0, o = 0; i < pixels; i++, s += 3, o += 4) {
      const r = rgb[s]!;
      const g = rgb[s + 1]!;
      const b = rgb[s + 2]!;
      const fr = frac[r]!;
      const fg = frac[g]!;
      const fb = frac[b]!;
      const base = cell[r]! * dr + cell[g]! * dg + cell[b]! * db;
      for (let k = 0; k < 4; k++) out[o + k] = Math.round(trilinear(t, base + k, dr, dg, db, fr, fg, fb));
    }
    return out;
  }
}
