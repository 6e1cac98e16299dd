import { inflateRawSync } from 'node:zlib';
import { ImportError, formatBytes } from './errors';
import type { ImportLimits } from './limits';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

function notDocx(en: string, zh: string): ImportError {
  return new ImportError('NOT_DOCX', { zh: `（${zh}）`, en: `(${en})` });
}

/**
 * Reads the central directory of a zip without decompressing anything, and refuses archives
 * that break `limits` (entry count, declared total size, declared ratio). Throws NOT_DOCX for
 * data that is not a zip, ZIP_BOMB for limit breaches.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LFH_SIG) throw notDocx('no zip signature', '没有 zip 文件头');
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notDocx('no end of central directory', '找不到 zip 目录，文件可能被截断');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new ImportError('ZIP_BOMB', { zh: '（ZIP64 格式，超出 Word 文档的正常规模）', en: '(ZIP64 archive, beyond any normal Word document)' });
  }
  if (count > limits.maxZipEntries) {
    throw new ImportError('ZIP_BOMB', { zh: `（含 ${count} 个条目，上限 ${limits.maxZipEntries}）`, en: `(${count} entries, limit ${limits.maxZipEntries})` });
  }
  if (cdOffset + cdSize > eocd) throw notDocx('central directory out of bounds', 'zip 目录越界');
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CDH_SIG) throw notDocx('bad central directory entry', 'zip 目录条目损坏');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > eocd) throw notDocx('bad central directory entry', 'zip 目录条目损坏');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) {
      throw new ImportError('ZIP_BOMB', { zh: '（ZIP64 条目）', en: '(ZIP64 entry)' });
    }
    total += uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new ImportError('ZIP_BOMB', {
        zh: `（解压后超过 ${formatBytes(limits.maxUncompressedBytes)}）`,
        en: `(expands beyond ${formatBytes(limits.maxUncompressedBytes)})`,
      });
    }
    checkRatio(name, compressedSize, uncompressedSize, limits);
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkRatio(name: string, compressed: number, uncompressed: number, limits: ImportLimits): void {
  if (uncompressed < limits.ratioMinBytes) return;
  const ratio = uncompressed / Math.max(1, compressed);
  if (ratio > limits.maxRatio) {
    throw new ImportError('ZIP_BOMB', {
      zh: `（条目 ${name} 压缩比 ${Math.round(ratio)}:1，上限 ${limits.maxRatio}:1）`,
      en: `(entry ${name} has ratio ${Math.round(ratio)}:1, limit ${limits.maxRatio}:1)`,
    });
  }
}

/**
 * Inflates every entry with an output cap equal to its declared size, so an archive whose
 * central directory lies about sizes is caught here rather than inside mammoth's unzipper.
 * Total work is bounded by `limits.maxUncompressedBytes`.
 */
export function verifyZipEntries(bytes: Uint8Array, entries: ZipEntry[], limits: ImportLimits): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== LFH_SIG) throw notDocx('bad local header', 'zip 条目头损坏');
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw notDocx('entry data out of bounds', 'zip 条目数据越界');
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw notDocx('stored entry size mismatch', 'zip 条目大小不一致');
      continue;
    }
    if (e.method !== 8) throw notDocx(`compression method ${e.method}`, `不支持的压缩方式 ${e.method}`);
    let out: Buffer;
    try {
      // +1 so that "exactly the declared size" passes and one byte more fails.
      out = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.min(e.uncompressedSize, limits.maxUncompressedBytes) + 1 });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ImportError('ZIP_BOMB', { zh: `（条目 ${e.name} 实际解压大小超出声明）`, en: `(entry ${e.name} inflates beyond its declared size)` });
      }
      throw notDocx(`entry ${e.name} is corrupt`, `条目 ${e.name} 数据损坏`);
    }
    if (out.length > e.uncompressedSize) {
      throw new ImportError('ZIP_BOMB', { zh: `（条目 ${e.name} 实际解压大小超出声明）`, en: `(entry ${e.name} inflates beyond its declared size)` });
    }
  }
}
