/**
 * The 128-byte header of an ICC output profile (ICC.1:2010 §7.2) in a 512-byte file: enough for
 * the PDF/X OutputIntent to check, embed and name. `marker` is written at byte 200 so a test can
 * find these exact bytes again inside a PDF. It has no tags (tag count 0).
 */
export function iccProfileHeader(space: 'CMYK' | 'RGB ', marker = ''): Buffer {
  const b = Buffer.alloc(512);
  b.writeUInt32BE(512, 0);
  b.write('prtr', 12, 'latin1');
  b.write(space, 16, 'latin1');
  b.write('Lab ', 20, 'latin1');
  b.write('acsp', 36, 'latin1');
  b.write(marker, 200, 'latin1');
  return b;
}

/** A CMYK output (0…1 each) for encoded PCS inputs (0…1 each, as the lut's first stage reads them). */
export type ClutFn = (x: number, y: number, z: number) => readonly [number, number, number, number];

export interface B2AProfileSpec {
  /** The tag to write (default B2A0). */
  tag?: 'B2A0' | 'B2A1';
  /** lut16 (default), lut8 or lutBtoA. */
  type?: 'mft2' | 'mft1' | 'mBA ';
  /** The profile's PCS (default Lab). */
  pcs?: 'Lab ' | 'XYZ ';
  /** Grid points per input (2 or 3 make outputs easy to know). */
  grid: number;
  /** The CLUT's entry at each grid point, from the point's encoded inputs. */
  clut: ClutFn;
  /** Input table entries (0…1) for every input channel (lut16/lut8 only; default identity). */
  inputTable?: readonly number[];
}

const s15f16 = (v: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(Math.round(v * 65536));
  return b;
};
const u16 = (v: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(Math.round(Math.min(1, Math.max(0, v)) * 65535));
  return b;
};
const u8 = (v: number): Buffer => Buffer.from([Math.round(Math.min(1, Math.max(0, v)) * 255)]);
const pad4 = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);

/** CLUT entries, the first input varying slowest (ICC §10.10), each written by `put`. */
function clutData(g: number, fn: ClutFn, put: (v: number) => Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < g; i++) {
    for (let j = 0; j < g; j++) {
      for (let k = 0; k < g; k++) for (const v of fn(i / (g - 1), j / (g - 1), k / (g - 1))) parts.push(put(v));
    }
  }
  return Buffer.concat(parts);
}

const IDENTITY_MATRIX = Buffer.concat([1, 0, 0, 0, 1, 0, 0, 0, 1].map(s15f16));
/** An identity 'curv' (no entries). */
const identityCurve = (): Buffer => Buffer.concat([Buffer.from('curv', 'latin1'), Buffer.alloc(8)]);

function mft(spec: B2AProfileSpec, wide: boolean): Buffer {
  const n = wide ? (spec.inputTable?.length ?? 2) : 256;
  const table = (entries: readonly number[] | undefined, count: number): number[] =>
    Array.from({ length: count }, (_, i) => {
      if (!entries) return i / (count - 1);
      // lut8 tables have 256 entries: sample the given table linearly.
      const f = (i / (count - 1)) * (entries.length - 1);
      const a = Math.min(entries.length - 2, Math.floor(f));
      return entries[a]! + (entries[a + 1]! - entries[a]!) * (f - a);
    });
  const put = wide ? u16 : u8;
  const head = Buffer.alloc(12);
  head.write(wide ? 'mft2' : 'mft1', 0, 'latin1');
  head[8] = 3;
  head[9] = 4;
  head[10] = spec.grid;
  const sizes = Buffer.alloc(wide ? 4 : 0);
  if (wide) {
    sizes.writeUInt16BE(n, 0);
    sizes.writeUInt16BE(2, 2);
  }
  const inTables = [0, 1, 2].flatMap(() => table(spec.inputTable, n).map(put));
  const outTables = [0, 1, 2, 3].flatMap(() => table(undefined, wide ? 2 : 256).map(put));
  return Buffer.concat([head, IDENTITY_MATRIX, sizes, ...inTables, clutData(spec.grid, spec.clut, put), ...outTables]);
}

function mBA(spec: B2AProfileSpec): Buffer {
  const b = Buffer.concat([identityCurve(), identityCurve(), identityCurve()]);
  const gridHead = Buffer.alloc(20);
  for (let i = 0; i < 3; i++) gridHead[i] = spec.grid;
  gridHead[16] = 2;
  const clut = pad4(Buffer.concat([gridHead, clutData(spec.grid, spec.clut, u16)]));
  const a = Buffer.concat([0, 1, 2, 3].map(identityCurve));
  const head = Buffer.alloc(32);
  head.write('mBA ', 0, 'latin1');
  head[8] = 3;
  head[9] = 4;
  head.writeUInt32BE(32, 12); // B curves
  head.writeUInt32BE(32 + b.length, 24); // CLUT
  head.writeUInt32BE(32 + b.length + clut.length, 28); // A curves
  return Buffer.concat([head, b, clut, a]);
}

/**
 * A CMYK output profile whose only tag is a PCS → CMYK table (B2A0 by default) built from
 * `spec`: input tables (identity unless given), a CLUT from `spec.clut`, identity output curves.
 * What any colour comes out as is then known from the CLUT function alone.
 */
export function iccProfileWithB2A(spec: B2AProfileSpec): Buffer {
  const type = spec.type ?? 'mft2';
  const tag = pad4(type === 'mBA ' ? mBA(spec) : mft(spec, type === 'mft2'));
  const tableAt = 128 + 4 + 12;
  const size = tableAt + tag.length;
  const b = Buffer.alloc(size);
  b.writeUInt32BE(size, 0);
  b.writeUInt32BE(type === 'mBA ' ? 0x04300000 : 0x02100000, 8);
  b.write('prtr', 12, 'latin1');
  b.write('CMYK', 16, 'latin1');
  b.write(spec.pcs ?? 'Lab ', 20, 'latin1');
  b.write('acsp', 36, 'latin1');
  b.writeUInt32BE(1, 128);
  b.write(spec.tag ?? 'B2A0', 132, 'latin1');
  b.writeUInt32BE(tableAt, 136);
  b.writeUInt32BE(tag.length, 140);
  tag.copy(b, tableAt);
  return b;
}
