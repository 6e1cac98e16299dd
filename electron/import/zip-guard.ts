import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../export/zip-writer';
import { ImportError, formatBytes } from './errors';
import type { ImportLimits } from './limits';
import { notDocx, readZipDirectory, type ZipEntry } from './zip-directory';

export { readZipDirectory, type ZipEntry } from './zip-directory';

/** One entry the guard has read, inflated under a cap and checked (size and CRC). */
export interface VerifiedPart {
  name: string;
  data: Uint8Array;
}

function bomb(zh: string, en: string): ImportError {
  return new ImportError('ZIP_BOMB', { zh: `（${zh}）`, en: `(${en})` });
}

function checkDeclared(entries: ZipEntry[], limits: ImportLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw bomb(`解压后超过 ${formatBytes(limits.maxUncompressedBytes)}`, `expands beyond ${formatBytes(limits.maxUncompressedBytes)}`);
    }
    if (e.uncompressedSize < limits.ratioMinBytes) continue;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (ratio > limits.maxRatio) {
      throw bomb(`条目 ${e.name} 压缩比 ${Math.round(ratio)}:1，上限 ${limits.maxRatio}:1`, `entry ${e.name} has ratio ${Math.round(ratio)}:1, limit ${limits.maxRatio}:1`);
    }
  }
}

/** Inflates one entry with an output cap of its declared size; the result must match size and CRC exactly. */
function inflateEntry(bytes: Uint8Array, e: ZipEntry, limits: ImportLimits): Uint8Array {
  const raw = bytes.subarray(e.dataStart, e.dataEnd);
  let out: Uint8Array = raw;
  if (e.method === 8) {
    try {
      // +1 so that "exactly the declared size" passes and one byte more fails.
      out = inflateRawSync(raw, { maxOutputLength: Math.min(e.uncompressedSize, limits.maxUncompressedBytes) + 1 });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw bomb(`条目 ${e.name} 实际解压大小超出声明`, `entry ${e.name} inflates beyond its declared size`);
      }
      throw notDocx(`entry ${e.name} is corrupt`, `条目 ${e.name} 数据损坏`);
    }
  }
  if (out.length > e.uncompressedSize) throw bomb(`条目 ${e.name} 实际解压大小超出声明`, `entry ${e.name} inflates beyond its declared size`);
  if (out.length !== e.uncompressedSize || crc32(out) !== e.crc32) throw notDocx(`entry ${e.name} is corrupt`, `条目 ${e.name} 数据损坏`);
  return out;
}

/**
 * The zip-bomb guard: reads the directory strictly ({@link readZipDirectory}), refuses declared
 * sizes and ratios over `limits`, then inflates every entry under a cap of its declared size and
 * checks size and CRC. Returns the entries `keep` selects, as verified bytes: the parser is given
 * these and nothing else, so it cannot read an entry, a size or a directory the guard did not check.
 * Total work and memory are bounded by `limits.maxUncompressedBytes`.
 */
export function verifiedZipParts(bytes: Uint8Array, limits: ImportLimits, keep: (name: string) => boolean): VerifiedPart[] {
  const entries = readZipDirectory(bytes, limits);
  checkDeclared(entries, limits);
  const parts: VerifiedPart[] = [];
  for (const e of entries) {
    if (e.isDirectory) continue;
    const data = inflateEntry(bytes, e, limits);
    if (keep(e.name)) parts.push({ name: e.name, data });
  }
  return parts;
}
