import { deflateRawSync, inflateRawSync } from 'node:zlib';

// CRC-32 (IEEE 802.3, reflected 0xEDB88320). zlib.crc32 only exists from Node 22, so keep a table.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of bytes, as zip and PNG use it. `crc32(Buffer.from('123456789')) === 0xcbf43926`. */
export function crc32(bytes: Uint8Array, seed = 0): number {
  let c = (seed ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One file to put in the archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, relative (no leading `/`, no `..`). */
  name: string;
  data: Uint8Array;
  /** Modification time stored in the entry (DOS time, 2-second resolution). Default: 1980-01-01. */
  date?: Date;
  /** Force stored (no compression), e.g. for PNGs and zips that would not shrink. */
  store?: boolean;
}

/** Raised for names a zip must not hold (absolute, `..`, backslashes, NUL) and for zip64 sizes. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name)) {
    throw new ZipError(`bad entry name: ${name}`);
  }
  if (name.split('/').some((seg) => seg === '..' || seg === '.' || seg === '')) throw new ZipError(`bad entry name: ${name}`);
}

function dosDateTime(d: Date): { time: number; date: number } {
  const y = d.getFullYear();
  if (y < 1980) return { time: 0, date: (1 << 5) | 1 };
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((y - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const LIMIT = 0xffffffff;

/**
 * Builds a zip archive (PKZIP 2.0: stored or deflated entries, UTF-8 names flagged with bit 11).
 * No zip64: the whole archive must stay under 4 GiB, plenty for one county issue.
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const e of entries) {
    checkName(e.name);
    if (seen.has(e.name)) throw new ZipError(`duplicate entry: ${e.name}`);
    seen.add(e.name);
    const name = Buffer.from(e.name, 'utf8');
    const raw = Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength);
    const crc = crc32(raw);
    let method = 0;
    let body = raw;
    if (!e.store && raw.length > 0) {
      const deflated = deflateRawSync(raw, { level: 6 });
      // Only keep the deflated form when it actually saves space (already-compressed files do not).
      if (deflated.length < raw.length) {
        method = 8;
        body = deflated;
      }
    }
    if (raw.length >= LIMIT || offset + body.length >= LIMIT) throw new ZipError('archive too large (zip64 not supported)');
    const { time, date } = dosDateTime(e.date ?? new Date(1980, 0, 1));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // bit 11: names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt16LE(time, 12);
    cd.writeUInt16LE(date, 14);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(raw.length, 24);
    cd.writeUInt16LE(name.length, 28);
    // extra, comment, disk start, internal attrs = 0
    cd.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attrs: a regular file, rw-r--r--
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(cd, name);
    offset += local.length + name.length + body.length;
  }
  if (entries.length > 0xffff) throw new ZipError('too many entries (zip64 not supported)');
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

/** One entry read back by `readZip`. */
export interface ZipReadEntry {
  name: string;
  data: Buffer;
  crc: number;
  method: number;
}

/** Reads a (non-zip64) archive through its central directory, checking every CRC. For tests and verification. */
export function readZip(zip: Buffer): ZipReadEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: ZipReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new ZipError('bad central directory');
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const nlen = zip.readUInt16LE(p + 28);
    const xlen = zip.readUInt16LE(p + 30);
    const clen = zip.readUInt16LE(p + 32);
    const lho = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const lnlen = zip.readUInt16LE(lho + 26);
    const lxlen = zip.readUInt16LE(lho + 28);
    const start = lho + 30 + lnlen + lxlen;
    const body = zip.subarray(start, start + csize);
    const data = method === 0 ? Buffer.from(body) : inflateRawSync(body);
    if (crc32(data) !== crc) throw new ZipError(`CRC mismatch in ${name}`);
    out.push({ name, data, crc, method });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}
