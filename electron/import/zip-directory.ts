import { ImportError } from './errors';
import type { ImportLimits } from './limits';

/**
 * One entry of a zip, as the central directory declares it and its local header confirms.
 * `dataStart`/`dataEnd` bound the compressed bytes; the guard inflates exactly those.
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  dataStart: number;
  dataEnd: number;
  /** General-purpose flags (bit 3: sizes follow the data in a descriptor; bit 11: UTF-8 name). */
  flags: number;
  isDirectory: boolean;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
const DESCRIPTOR_SIG = 0x08074b50;
/** Flag bits we refuse: 0 encrypted, 6 strong encryption, 13 masked local headers. */
const REFUSED_FLAGS = 0x0001 | 0x0040 | 0x2000;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Extra fields that make parsers read a different size, offset or name than the header says. */
const REFUSED_EXTRAS = new Map([
  [0x0001, 'ZIP64'],
  [0x7075, 'Unicode path'],
  [0x0017, 'strong encryption'],
]);

export function notDocx(en: string, zh: string): ImportError {
  return new ImportError('NOT_DOCX', { zh: `（${zh}）`, en: `(${en})` });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a zip's directory and refuses every archive that two parsers could read differently.
 *
 * Why so strict: a guard that reads one central directory while the parser reads another is no
 * guard (issue #13: a gap before the end record made JSZip shift every offset and read a hidden
 * directory). So the archive must be exactly `local entries, one after another from byte 0` +
 * `central directory` + `end record` + `its comment` with nothing before, between or after; every
 * local header must agree with its directory entry (name, method, flags, sizes, CRC); names must
 * be unique, clean and unambiguous UTF-8. Nothing is decompressed here.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LFH_SIG) throw notDocx('no zip signature', '没有 zip 文件头');
  const eocd = findEndRecord(view, bytes.length);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new ImportError('ZIP_BOMB', { zh: '（ZIP64 格式，超出 Word 文档的正常规模）', en: '(ZIP64 archive, beyond any normal Word document)' });
  }
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0 || view.getUint16(eocd + 8, true) !== count) {
    throw notDocx('multi-volume archive', '分卷压缩包');
  }
  if (count > limits.maxZipEntries) {
    throw new ImportError('ZIP_BOMB', { zh: `（含 ${count} 个条目，上限 ${limits.maxZipEntries}）`, en: `(${count} entries, limit ${limits.maxZipEntries})` });
  }
  // The central directory must end exactly where the end record begins: a gap is where a second,
  // hidden directory lives, and parsers disagree on how to read past it.
  if (cdOffset + cdSize !== eocd) throw notDocx('data between the central directory and its end record', 'zip 目录与结束记录之间有多余数据');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    const e = readCentralEntry(bytes, view, p, eocd);
    if (names.has(e.entry.name)) throw notDocx(`duplicate entry ${e.entry.name}`, `条目 ${e.entry.name} 重复`);
    names.add(e.entry.name);
    entries.push(e.entry);
    p = e.next;
  }
  if (p !== eocd) throw notDocx('central directory size does not match its entries', 'zip 目录大小与条目不符');
  checkLayout(bytes, view, entries, cdOffset);
  return entries;
}

/** The end record: the last signature in the file, and its comment must reach the file's end exactly. */
function findEndRecord(view: DataView, length: number): number {
  for (let i = length - 4; i >= Math.max(0, length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) !== EOCD_SIG) continue;
    if (i + 22 > length || i + 22 + view.getUint16(i + 20, true) !== length) {
      throw notDocx('data after the end of central directory', 'zip 结束记录之后有多余数据');
    }
    return i;
  }
  throw notDocx('no end of central directory', '找不到 zip 目录，文件可能被截断');
}

function readCentralEntry(bytes: Uint8Array, view: DataView, p: number, end: number): { entry: ZipEntry; next: number } {
  if (p + 46 > end || view.getUint32(p, true) !== CDH_SIG) throw notDocx('bad central directory entry', 'zip 目录条目损坏');
  const flags = view.getUint16(p + 8, true);
  const method = view.getUint16(p + 10, true);
  const crc32 = view.getUint32(p + 16, true);
  const compressedSize = view.getUint32(p + 20, true);
  const uncompressedSize = view.getUint32(p + 24, true);
  const nameLen = view.getUint16(p + 28, true);
  const extraLen = view.getUint16(p + 30, true);
  const commentLen = view.getUint16(p + 32, true);
  const disk = view.getUint16(p + 34, true);
  const externalAttrs = view.getUint32(p + 38, true);
  const localHeaderOffset = view.getUint32(p + 42, true);
  const next = p + 46 + nameLen + extraLen + commentLen;
  if (next > end) throw notDocx('bad central directory entry', 'zip 目录条目损坏');
  if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
    throw new ImportError('ZIP_BOMB', { zh: '（ZIP64 条目）', en: '(ZIP64 entry)' });
  }
  if (disk !== 0) throw notDocx('multi-volume archive', '分卷压缩包');
  if (flags & REFUSED_FLAGS) throw notDocx('encrypted entry', '条目已加密');
  if (method !== 0 && method !== 8) throw notDocx(`compression method ${method}`, `不支持的压缩方式 ${method}`);
  const name = entryName(bytes.subarray(p + 46, p + 46 + nameLen), flags);
  checkExtras(view, p + 46 + nameLen, extraLen, name);
  const isDirectory = name.endsWith('/');
  // A DOS directory attribute on a file name makes JSZip hide the file: refuse the ambiguity.
  if ((externalAttrs & 0x10) !== 0 && !isDirectory) throw notDocx(`entry ${name} is marked as a folder`, `条目 ${name} 被标记为文件夹`);
  if (isDirectory && uncompressedSize !== 0) throw notDocx(`folder entry ${name} has data`, `文件夹条目 ${name} 带有数据`);
  if (method === 0 && compressedSize !== uncompressedSize) throw notDocx('stored entry size mismatch', 'zip 条目大小不一致');
  return { entry: { name, method, crc32, compressedSize, uncompressedSize, localHeaderOffset, dataStart: 0, dataEnd: 0, flags, isDirectory }, next };
}

/** Names are clean relative paths in valid UTF-8; non-ASCII needs the UTF-8 flag (else parsers guess a code page). */
function entryName(raw: Uint8Array, flags: number): string {
  let name: string;
  try {
    name = utf8.decode(raw);
  } catch {
    throw notDocx('entry name is not UTF-8', '条目名称不是 UTF-8');
  }
  if (!(flags & FLAG_UTF8) && raw.some((b) => b >= 0x80)) throw notDocx(`entry name ${name} without the UTF-8 flag`, `条目名称 ${name} 未标明编码`);
  const path = name.endsWith('/') ? name.slice(0, -1) : name;
  // oxlint-disable-next-line no-control-regex -- control characters in a name are the point
  if (path === '' || path.startsWith('/') || /[\\\u0000-\u001f]/.test(path) || /^[A-Za-z]:/.test(path) || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw notDocx(`bad entry name ${JSON.stringify(name).slice(0, 80)}`, `条目名称不合法 ${JSON.stringify(name).slice(0, 80)}`);
  }
  return name;
}

/** Extra fields must tile their space exactly, and none may change how the entry is read. */
function checkExtras(view: DataView, at: number, len: number, name: string): void {
  let q = at;
  while (q < at + len) {
    if (q + 4 > at + len) throw notDocx(`bad extra field in ${name}`, `条目 ${name} 的附加字段损坏`);
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    const refused = REFUSED_EXTRAS.get(id);
    if (refused) throw notDocx(`${refused} extra field in ${name}`, `条目 ${name} 含 ${refused} 附加字段`);
    q += 4 + size;
  }
  if (q !== at + len) throw notDocx(`bad extra field in ${name}`, `条目 ${name} 的附加字段损坏`);
}

/**
 * Local entries must follow one another from byte 0 up to the central directory with no gap,
 * overlap or prepended data, and each local header must say what its directory entry says.
 */
function checkLayout(bytes: Uint8Array, view: DataView, entries: ZipEntry[], cdOffset: number): void {
  const order = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const e of order) {
    const flags = e.flags;
    const h = e.localHeaderOffset;
    if (h !== expected) throw notDocx(h < expected ? `entry ${e.name} overlaps another` : `unreferenced data before entry ${e.name}`, h < expected ? `条目 ${e.name} 与其他条目重叠` : `条目 ${e.name} 之前有多余数据`);
    if (h + 30 > cdOffset || view.getUint32(h, true) !== LFH_SIG) throw notDocx('bad local header', 'zip 条目头损坏');
    const nameLen = view.getUint16(h + 26, true);
    const extraLen = view.getUint16(h + 28, true);
    const localName = bytes.subarray(h + 30, h + 30 + nameLen);
    const disagree =
      view.getUint16(h + 6, true) !== flags ||
      view.getUint16(h + 8, true) !== e.method ||
      h + 30 + nameLen > cdOffset ||
      Buffer.compare(Buffer.from(localName), Buffer.from(e.name, 'utf8')) !== 0 ||
      (!(flags & FLAG_DESCRIPTOR) && (view.getUint32(h + 14, true) !== e.crc32 || view.getUint32(h + 18, true) !== e.compressedSize || view.getUint32(h + 22, true) !== e.uncompressedSize));
    if (disagree) throw notDocx(`local header of ${e.name} disagrees with the central directory`, `条目 ${e.name} 的本地头与目录不一致`);
    checkExtras(view, h + 30 + nameLen, extraLen, e.name);
    e.dataStart = h + 30 + nameLen + extraLen;
    e.dataEnd = e.dataStart + e.compressedSize;
    if (e.dataEnd > cdOffset) throw notDocx('entry data out of bounds', 'zip 条目数据越界');
    expected = flags & FLAG_DESCRIPTOR ? afterDescriptor(view, e, cdOffset) : e.dataEnd;
  }
  if (expected !== cdOffset) throw notDocx('unreferenced data before the central directory', 'zip 目录之前有多余数据');
}

/** A data descriptor (optional signature, CRC, sizes) must repeat the directory's values. */
function afterDescriptor(view: DataView, e: ZipEntry, limit: number): number {
  let q = e.dataEnd;
  if (q + 4 <= limit && view.getUint32(q, true) === DESCRIPTOR_SIG) q += 4;
  if (q + 12 > limit || view.getUint32(q, true) !== e.crc32 || view.getUint32(q + 4, true) !== e.compressedSize || view.getUint32(q + 8, true) !== e.uncompressedSize) {
    throw notDocx(`data descriptor of ${e.name} disagrees with the central directory`, `条目 ${e.name} 的数据描述符与目录不一致`);
  }
  return q + 12;
}
