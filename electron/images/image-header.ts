/**
 * Strict readers of the JPEG (SOFn) and PNG (IHDR) headers: what an image is — format, pixel
 * size, colour model, bit depth — read from its bytes without decoding a pixel, with hard limits.
 * Anything that is not a complete, well-formed baseline/progressive JPEG or PNG is refused with a
 * typed error, so nothing malformed reaches SQLite, the PDF writer or the screen.
 */
import { jpegOrientation } from './jpeg-orientation';

/** Largest file accepted: a press photo from a 50-megapixel camera is about 30 MB. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** Largest pixel count (100 MP): a decoder allocates width × height × channels bytes. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** Largest side in pixels. */
export const MAX_IMAGE_SIDE = 30_000;

export interface ImageHeader {
  readonly format: 'jpeg' | 'png';
  /** Width in pixels as the picture is seen: a JPEG's EXIF orientation 5–8 swaps its stored sides. */
  readonly width: number;
  /** Height in pixels as the picture is seen. */
  readonly height: number;
  /** EXIF orientation 1–8 (JPEG; 1 for PNG): how the stored rows are turned to be seen upright. */
  readonly orientation: number;
  /** Colour channels: 1 grey, 3 RGB (or a PNG palette), 4 CMYK (JPEG only). A PNG's alpha is not counted. */
  readonly components: 1 | 3 | 4;
  /** Bits per sample (JPEG: 8; PNG: 1, 2, 4, 8 or 16). */
  readonly bitDepth: number;
  /** PNG only: has an alpha channel or a tRNS chunk (transparency; PDF/X-1a has none). */
  readonly alpha: boolean;
  readonly progressive: boolean;
}

export type ImageErrorReason = 'too-large' | 'unsupported' | 'truncated' | 'malformed' | 'too-many-pixels' | 'empty';

/** Why an image was refused, in Chinese (shown first) and English. */
export class ImageHeaderError extends Error {
  constructor(readonly reason: ImageErrorReason, readonly messageZh: string, messageEn: string) {
    super(messageEn);
    this.name = 'ImageHeaderError';
  }
}

const fail = (reason: ImageErrorReason, zh: string, en: string): never => {
  throw new ImageHeaderError(reason, zh, en);
};
const truncated = (what: string): never => fail('truncated', `图片文件不完整（${what}），可能下载或拷贝时中断，请重新获取原图。`, `The image file is truncated (${what}); get the original again.`);
const malformed = (what: string): never => fail('malformed', `图片文件已损坏（${what}）。`, `The image file is malformed (${what}).`);

function checkSize(width: number, height: number): void {
  if (width < 1 || height < 1) malformed('宽或高为 0');
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    fail('too-many-pixels', `图片尺寸 ${width}×${height} 像素过大（上限 ${MAX_IMAGE_SIDE} 像素边长、1 亿像素）。`, `The image is ${width}×${height} pixels, too large (at most ${MAX_IMAGE_SIDE} px a side and 100 megapixels).`);
  }
}

/** A phone photo is stored sideways with a tag to turn it: its size as seen swaps for 5–8. */
function upright(h: ImageHeader, orientation: number): ImageHeader {
  return orientation >= 5 ? { ...h, width: h.height, height: h.width, orientation } : { ...h, orientation };
}

/** Reads the header of a JPEG or PNG file; throws {@link ImageHeaderError} for anything else. */
export function readImageHeader(b: Uint8Array): ImageHeader {
  if (b.length === 0) fail('empty', '图片文件是空的。', 'The image file is empty.');
  if (b.length > MAX_IMAGE_BYTES) fail('too-large', `图片文件过大（${Math.ceil(b.length / 1048576)} MB，上限 40 MB）。`, `The image file is too large (${Math.ceil(b.length / 1048576)} MB; at most 40 MB).`);
  if (b[0] === 0x89 && b[1] === 0x50) return readPng(b);
  if (b[0] === 0xff && b[1] === 0xd8) return readJpeg(b);
  return fail('unsupported', '只能导入 JPEG 或 PNG 图片。', 'Only JPEG and PNG images can be imported.');
}

const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Allowed bit depths per PNG colour type (PNG spec 11.2.2). */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

let crcTable: Uint32Array | undefined;
function crc32(b: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** PNG: signature, IHDR first, then every chunk whole with a correct CRC, IDAT present, ending in IEND. */
function readPng(b: Uint8Array): ImageHeader {
  if (b.length < 8) truncated('PNG 签名');
  for (let i = 0; i < 8; i++) if (b[i] !== PNG_SIG[i]) malformed('PNG 签名');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 8;
  let header: ImageHeader | undefined;
  let sawIdat = false;
  let alpha = false;
  for (;;) {
    if (p + 8 > b.length) truncated('PNG 数据块');
    const len = v.getUint32(p);
    if (len > 0x7fffffff) malformed('PNG 数据块长度');
    const type = String.fromCharCode(b[p + 4]!, b[p + 5]!, b[p + 6]!, b[p + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) malformed('PNG 数据块类型');
    const end = p + 8 + len + 4;
    if (end > b.length) truncated(`PNG ${type} 块`);
    if (crc32(b, p + 4, p + 8 + len) !== v.getUint32(p + 8 + len)) malformed(`PNG ${type} 块校验和`);
    if (!header && type !== 'IHDR') malformed('PNG 缺少 IHDR');
    if (type === 'IHDR') {
      if (header) malformed('PNG 有两个 IHDR');
      if (len !== 13) malformed('PNG IHDR 长度');
      const width = v.getUint32(p + 8);
      const height = v.getUint32(p + 12);
      const depth = b[p + 16]!;
      const colorType = b[p + 17]!;
      if (!PNG_DEPTHS[colorType]?.includes(depth)) malformed(`PNG 颜色类型 ${colorType} 与位深 ${depth}`);
      if (b[p + 18] !== 0 || b[p + 19] !== 0 || b[p + 20]! > 1) malformed('PNG 压缩、滤波或隔行方式');
      checkSize(width, height);
      alpha = colorType === 4 || colorType === 6;
      header = { format: 'png', width, height, orientation: 1, components: colorType === 0 || colorType === 4 ? 1 : 3, bitDepth: depth, alpha, progressive: b[p + 20] === 1 };
    } else if (type === 'IDAT') sawIdat = true;
    else if (type === 'tRNS') alpha = true;
    else if (type === 'IEND') {
      if (!sawIdat) malformed('PNG 没有图像数据');
      return { ...header!, alpha };
    }
    p = end;
  }
}

/**
 * JPEG: segments from SOI walked by their lengths; the frame header (SOF0 baseline, SOF1
 * extended, SOF2 progressive — the Huffman kinds PDF's DCTDecode reads) gives size and
 * components; a scan (SOS) must follow and the entropy-coded data must end in EOI.
 */
function readJpeg(b: Uint8Array): ImageHeader {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 2;
  let frame: ImageHeader | undefined;
  for (;;) {
    if (p + 2 > b.length) truncated('JPEG 标记');
    if (b[p] !== 0xff) malformed('JPEG 标记');
    const marker = b[p + 1]!;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0x00) malformed(`JPEG 意外的标记 FF${marker.toString(16).toUpperCase()}`);
    if (p + 4 > b.length) truncated('JPEG 段长度');
    const len = v.getUint16(p + 2);
    if (len < 2) malformed('JPEG 段长度');
    if (p + 2 + len > b.length) truncated('JPEG 段');
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (marker > 0xc2) fail('unsupported', '不支持此种 JPEG（无损、分层或算术编码），请另存为普通 JPEG。', 'This kind of JPEG (lossless, hierarchical or arithmetic) is not supported; save it as a baseline JPEG.');
      if (frame) malformed('JPEG 有两个帧头');
      if (len < 8) malformed('JPEG 帧头长度');
      const precision = b[p + 4]!;
      const height = v.getUint16(p + 5);
      const width = v.getUint16(p + 7);
      const nc = b[p + 9]!;
      if (precision !== 8) fail('unsupported', `不支持 ${precision} 位 JPEG，请另存为 8 位。`, `${precision}-bit JPEG is not supported; save it as 8-bit.`);
      if (nc !== 1 && nc !== 3 && nc !== 4) malformed(`JPEG 通道数 ${nc}`);
      if (len !== 8 + 3 * nc) malformed('JPEG 帧头长度');
      checkSize(width, height);
      frame = { format: 'jpeg', width, height, orientation: 1, components: nc as 1 | 3 | 4, bitDepth: 8, alpha: false, progressive: marker === 0xc2 };
    } else if (marker === 0xda) {
      if (!frame) malformed('JPEG 扫描段前没有帧头');
      // After the first scan come entropy-coded data and perhaps further scans: whatever
      // follows, a complete file ends with EOI (FF D9 never occurs inside coded data).
      for (let i = p + 2 + len; i + 1 < b.length; i++) if (b[i] === 0xff && b[i + 1] === 0xd9) return upright(frame!, jpegOrientation(b));
      truncated('JPEG 缺少结束标记');
    }
    p += 2 + len;
  }
}
