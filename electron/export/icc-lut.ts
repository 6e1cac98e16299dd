/**
 * Reads the PCS → device table of a CMYK output ICC profile (ICC.1:2010 §10.8–10.11): the B2A0
 * (perceptual) tag, or B2A1 (colorimetric) when there is none, of type lut8 ('mft1'), lut16
 * ('mft2') or lutBtoA ('mBA '). Every lut type is read into the same pipeline of stages on
 * normalised values 0…1, so one evaluator (icc-lut-eval.ts) serves all three. Only what a CMYK
 * output table needs is read: three PCS inputs in, the device channels out.
 */

/** A tone curve on normalised values 0…1. */
export type Curve = (x: number) => number;

/** A colour look-up table: `grid[i]` points along input i (the first input varies slowest). */
export interface Clut {
  readonly grid: readonly number[];
  readonly outputs: number;
  /** Normalised 0…1 entries, `outputs` per grid point. */
  readonly data: Float32Array;
}

/** One step of a lut: per-channel curves, a 3×3 matrix plus offset, or a CLUT. */
export type LutStage =
  | { readonly kind: 'curves'; readonly curves: readonly Curve[] }
  | { readonly kind: 'matrix'; readonly m: readonly number[]; readonly offset: readonly number[] }
  | { readonly kind: 'clut'; readonly clut: Clut };

/** How the three PCS values are encoded for the lut's first stage (see srgb-pcs.ts). */
export type PcsEncoding = 'lab-legacy16' | 'lab8' | 'lab-v4' | 'xyz16';

/** A profile's PCS → device table, ready to evaluate. */
export interface PcsToDevice {
  /** Which tag it came from (B2A0 perceptual or B2A1 colorimetric) and its type. */
  readonly tag: 'B2A0' | 'B2A1';
  readonly type: 'mft1' | 'mft2' | 'mBA ';
  readonly pcs: 'Lab' | 'XYZ';
  readonly encoding: PcsEncoding;
  readonly outputs: number;
  readonly stages: readonly LutStage[];
}

/** Why a profile's table could not be used (the export then converts by formula). */
export class IccLutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IccLutError';
  }
}

/** A bounds-checked big-endian reader over one tag. */
class TagReader {
  private readonly v: DataView;
  constructor(private readonly b: Uint8Array, readonly start: number, readonly end: number) {
    if (start < 0 || end > b.length || start > end) throw new IccLutError('tag outside the profile');
    this.v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  private at(off: number, n: number): number {
    const p = this.start + off;
    if (off < 0 || p + n > this.end) throw new IccLutError('tag data truncated');
    return p;
  }
  u8(off: number): number {
    return this.b[this.at(off, 1)]!;
  }
  u16(off: number): number {
    return this.v.getUint16(this.at(off, 2));
  }
  u32(off: number): number {
    return this.v.getUint32(this.at(off, 4));
  }
  s15f16(off: number): number {
    return this.v.getInt32(this.at(off, 4)) / 65536;
  }
  sig(off: number): string {
    const p = this.at(off, 4);
    return String.fromCharCode(this.b[p]!, this.b[p + 1]!, this.b[p + 2]!, this.b[p + 3]!);
  }
  /** A reader of the part from `off` to this tag's end (for the sub-elements of lutBtoA). */
  sub(off: number): TagReader {
    return new TagReader(this.b, this.at(off, 0), this.end);
  }
}

/** A table of `n` samples read by `sample(i)` as a curve, linearly interpolated. */
function tableCurve(n: number, sample: (i: number) => number): Curve {
  const t = new Float32Array(n);
  for (let i = 0; i < n; i++) t[i] = sample(i);
  if (n === 1) return () => t[0]!;
  return (x) => {
    const f = Math.min(1, Math.max(0, x)) * (n - 1);
    const i = Math.min(n - 2, Math.floor(f));
    return t[i]! + (t[i + 1]! - t[i]!) * (f - i);
  };
}

const identity: Curve = (x) => x;

/** 'curv' or 'para' (§10.5, §10.18) at the reader's start; returns the curve and its padded length. */
function readCurve(r: TagReader): { curve: Curve; length: number } {
  const type = r.sig(0);
  if (type === 'curv') {
    const n = r.u32(8);
    const length = (12 + 2 * n + 3) & ~3;
    if (n === 0) return { curve: identity, length };
    if (n === 1) {
      const g = r.u16(12) / 256;
      return { curve: (x) => Math.max(0, x) ** g, length };
    }
    return { curve: tableCurve(n, (i) => r.u16(12 + 2 * i) / 65535), length };
  }
  if (type === 'para') {
    const fn = r.u16(8);
    const count = [1, 3, 4, 5, 7][fn];
    if (count === undefined) throw new IccLutError(`parametric curve type ${fn}`);
    const p = Array.from({ length: count }, (_, i) => r.s15f16(12 + 4 * i));
    const [g = 1, a = 1, b = 0, c = 0, d = 0, e = 0, f = 0] = p;
    const pow = (x: number): number => Math.max(0, x) ** g;
    const curves: Curve[] = [
      (x) => pow(x),
      (x) => (x >= -b / a ? pow(a * x + b) : 0),
      (x) => (x >= -b / a ? pow(a * x + b) + c : c),
      (x) => (x >= d ? pow(a * x + b) : c * x),
      (x) => (x >= d ? pow(a * x + b) + e : c * x + f),
    ];
    return { curve: curves[fn]!, length: 12 + 4 * count };
  }
  throw new IccLutError(`curve type '${type}'`);
}

/** `n` curves one after another, each padded to 4 bytes. */
function readCurves(r: TagReader, n: number): Curve[] {
  const out: Curve[] = [];
  let off = 0;
  for (let i = 0; i < n; i++) {
    const { curve, length } = readCurve(r.sub(off));
    out.push(curve);
    off += length;
  }
  return out;
}

function readClut(grid: number[], outputs: number, bytes: 1 | 2, r: TagReader, off: number): Clut {
  if (grid.some((g) => g < 1)) throw new IccLutError('CLUT with no grid points');
  const n = grid.reduce((a, g) => a * g, 1) * outputs;
  // Checked before allocating: a damaged header could otherwise ask for 255³ × 15 entries.
  if (r.start + off + n * bytes > r.end) throw new IccLutError('CLUT larger than its tag');
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = bytes === 1 ? r.u8(off + i) / 255 : r.u16(off + 2 * i) / 65535;
  return { grid, outputs, data };
}

const IDENTITY_3X3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/** lut8 / lut16 (§10.10, §10.11): matrix (XYZ PCS only), input tables, CLUT, output tables. */
function readMft(r: TagReader, pcs: 'Lab' | 'XYZ', wide: boolean): PcsToDevice['stages'] {
  const inputs = r.u8(8);
  const outputs = r.u8(9);
  const g = r.u8(10);
  if (inputs !== 3) throw new IccLutError(`${inputs} table inputs, not 3`);
  const m = Array.from({ length: 9 }, (_, i) => r.s15f16(12 + 4 * i));
  const n = wide ? r.u16(48) : 256;
  const outN = wide ? r.u16(50) : 256;
  if (n < 2 || outN < 2) throw new IccLutError('lut table with fewer than 2 entries');
  const size = wide ? 2 : 1;
  const sample = (off: number) => (i: number): number => (wide ? r.u16(off + 2 * i) / 65535 : r.u8(off + i) / 255);
  let off = wide ? 52 : 48;
  const inCurves = Array.from({ length: inputs }, (_, c) => tableCurve(n, sample(off + c * n * size)));
  off += inputs * n * size;
  const clut = readClut([g, g, g], outputs, wide ? 2 : 1, r, off);
  off += clut.data.length * size;
  const outCurves = Array.from({ length: outputs }, (_, c) => tableCurve(outN, sample(off + c * outN * size)));
  const stages: LutStage[] = [];
  // The matrix of a lut8/lut16 applies only when the input is PCSXYZ (§10.10); skip an identity.
  if (pcs === 'XYZ' && m.some((v, i) => Math.abs(v - IDENTITY_3X3[i]!) > 1e-6)) stages.push({ kind: 'matrix', m, offset: [0, 0, 0] });
  stages.push({ kind: 'curves', curves: inCurves }, { kind: 'clut', clut }, { kind: 'curves', curves: outCurves });
  return stages;
}

/** lutBtoA (§10.12): B curves, then matrix and M curves, then CLUT and A curves, each optional but B. */
function readMBA(r: TagReader): PcsToDevice['stages'] {
  const inputs = r.u8(8);
  const outputs = r.u8(9);
  if (inputs !== 3) throw new IccLutError(`${inputs} table inputs, not 3`);
  const [offB, offMatrix, offM, offClut, offA] = [12, 16, 20, 24, 28].map((o) => r.u32(o)) as [number, number, number, number, number];
  if (offB === 0) throw new IccLutError('lutBtoA without B curves');
  const stages: LutStage[] = [{ kind: 'curves', curves: readCurves(r.sub(offB), inputs) }];
  if (offMatrix !== 0) {
    const v = Array.from({ length: 12 }, (_, i) => r.s15f16(offMatrix + 4 * i));
    stages.push({ kind: 'matrix', m: v.slice(0, 9), offset: v.slice(9) });
  }
  if (offM !== 0) stages.push({ kind: 'curves', curves: readCurves(r.sub(offM), inputs) });
  if (offClut !== 0) {
    const grid = Array.from({ length: inputs }, (_, i) => r.u8(offClut + i));
    const precision = r.u8(offClut + 16);
    if (precision !== 1 && precision !== 2) throw new IccLutError(`CLUT precision ${precision}`);
    stages.push({ kind: 'clut', clut: readClut(grid, outputs, precision, r, offClut + 20) });
  } else if (outputs !== inputs) throw new IccLutError('lutBtoA without a CLUT changes channel count');
  if (offA !== 0) stages.push({ kind: 'curves', curves: readCurves(r.sub(offA), outputs) });
  return stages;
}

/** The tags of a profile: signature → [offset, size]. */
function tagTable(b: Uint8Array): Map<string, [number, number]> {
  const r = new TagReader(b, 0, b.length);
  const count = r.u32(128);
  if (count > 1000) throw new IccLutError('tag count');
  const tags = new Map<string, [number, number]>();
  for (let i = 0; i < count; i++) {
    const e = 132 + 12 * i;
    tags.set(r.sig(e), [r.u32(e + 4), r.u32(e + 8)]);
  }
  return tags;
}

/**
 * The B2A0 (else B2A1) table of a CMYK output profile. Throws {@link IccLutError} saying why
 * when the profile has neither, or its table is of another type or malformed.
 */
export function readPcsToDevice(bytes: Uint8Array): PcsToDevice {
  if (bytes.length < 132) throw new IccLutError('profile too short');
  const space = String.fromCharCode(...bytes.subarray(16, 20));
  const pcsSig = String.fromCharCode(...bytes.subarray(20, 24));
  if (space !== 'CMYK') throw new IccLutError(`colour space '${space.trim()}', not CMYK`);
  if (pcsSig !== 'Lab ' && pcsSig !== 'XYZ ') throw new IccLutError(`PCS '${pcsSig.trim()}'`);
  const pcs = pcsSig === 'Lab ' ? 'Lab' : 'XYZ';
  const tags = tagTable(bytes);
  const tag = tags.has('B2A0') ? 'B2A0' : tags.has('B2A1') ? 'B2A1' : undefined;
  if (!tag) throw new IccLutError('no B2A0 or B2A1 table');
  const [off, size] = tags.get(tag)!;
  const r = new TagReader(bytes, off, off + size);
  const type = r.sig(0);
  let stages: PcsToDevice['stages'];
  let encoding: PcsEncoding;
  if (type === 'mft2') {
    stages = readMft(r, pcs, true);
    // lut16 keeps the legacy (ICC v2) 16-bit Lab encoding even in v4 profiles (§10.11).
    encoding = pcs === 'Lab' ? 'lab-legacy16' : 'xyz16';
  } else if (type === 'mft1') {
    stages = readMft(r, pcs, false);
    encoding = pcs === 'Lab' ? 'lab8' : 'xyz16';
  } else if (type === 'mBA ') {
    stages = readMBA(r);
    encoding = pcs === 'Lab' ? 'lab-v4' : 'xyz16';
  } else throw new IccLutError(`${tag} of type '${type}'`);
  const last = [...stages].reverse().find((s) => s.kind !== 'matrix');
  const outputs = last?.kind === 'clut' ? last.clut.outputs : last?.kind === 'curves' ? last.curves.length : 3;
  if (outputs !== 4) throw new IccLutError(`${tag} has ${outputs} outputs, not 4`);
  return { tag, type, pcs, encoding, outputs, stages };
}
