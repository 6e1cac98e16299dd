import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/**
 * Test images made in code: a tiny PNG encoder (zlib), a minimal baseline JPEG encoder that
 * codes each 8×8 block by its DC coefficient alone (flat blocks, real Huffman-coded data that
 * every decoder reads), and camera-like JPEGs with full detail through jpeg-js. No image is
 * copied from elsewhere.
 */

export type Pixel = (x: number, y: number) => readonly number[];

let table: Uint32Array | undefined;
function crc32(b: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const v of b) c = table[(c ^ v) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** An 8-bit PNG: 1 channel grey, 3 RGB, 4 RGBA. */
export function encodePng(width: number, height: number, channels: 1 | 3 | 4, pixel: Pixel): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 1 ? 0 : channels === 3 ? 2 : 6;
  const raw = Buffer.alloc(height * (1 + width * channels));
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const px = pixel(x, y);
      for (let c = 0; c < channels; c++) raw[o++] = px[c] ?? 255;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** A 16-bit greyscale PNG (colour type 0); `value(x, y)` is 0…65535. */
export function encodeGreyPng16(width: number, height: number, value: (x: number, y: number) => number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 16;
  ihdr[9] = 0;
  const raw = Buffer.alloc(height * (1 + width * 2));
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < width; x++, o += 2) raw.writeUInt16BE(value(x, y), o);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

class BitWriter {
  private bytes: number[] = [];
  private acc = 0;
  private n = 0;
  put(code: number, len: number): void {
    for (let i = len - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((code >> i) & 1);
      if (++this.n === 8) this.flushByte();
    }
  }
  private flushByte(): void {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0); // byte stuffing
    this.acc = 0;
    this.n = 0;
  }
  finish(): number[] {
    while (this.n !== 0) this.put(1, 1); // pad with ones
    return this.bytes;
  }
}

const seg = (marker: number, data: number[]): number[] => [0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data];

/**
 * A baseline JPEG (SOF0), 1 (grey) or 3 (YCbCr, no subsampling) components. Every block is
 * flat: its DC is the block's mean, quantised by 8, so DC = value − 128 exactly.
 */
export function encodeJpeg(width: number, height: number, components: 1 | 3, pixel: Pixel): Buffer {
  // DC codes: categories 0…11, all 4 bits long (codes 0000…1011); AC: only EOB, code "0".
  const dcBits = [0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const dht = [0x00, ...dcBits, ...Array.from({ length: 12 }, (_, i) => i), 0x10, 1, ...Array<number>(15).fill(0), 0x00];
  const dqt = [0x00, 8, ...Array<number>(63).fill(1)];
  const sof: number[] = [8, height >> 8, height & 0xff, width >> 8, width & 0xff, components];
  const sos: number[] = [components];
  for (let c = 1; c <= components; c++) {
    sof.push(c, 0x11, 0);
    sos.push(c, 0x00);
  }
  sos.push(0, 63, 0);
  const bw = new BitWriter();
  const pred = new Int32Array(3);
  const bx = Math.ceil(width / 8);
  const by = Math.ceil(height / 8);
  for (let j = 0; j < by; j++) {
    for (let i = 0; i < bx; i++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      for (let y = 0; y < 8; y++) {
        for (let x = 0; x < 8; x++) {
          const px = pixel(Math.min(width - 1, i * 8 + x), Math.min(height - 1, j * 8 + y));
          if (components === 1) s0 += px[0]!;
          else {
            const [r, g, b] = [px[0]!, px[1]!, px[2]!];
            s0 += 0.299 * r + 0.587 * g + 0.114 * b;
            s1 += -0.168736 * r - 0.331264 * g + 0.5 * b + 128;
            s2 += 0.5 * r - 0.418688 * g - 0.081312 * b + 128;
          }
        }
      }
      const sum = [s0, s1, s2];
      for (let c = 0; c < components; c++) {
        const dc = Math.max(-127, Math.min(127, Math.round(sum[c]! / 64) - 128));
        const diff = dc - pred[c]!;
        pred[c] = dc;
        const mag = Math.abs(diff);
        const cat = mag === 0 ? 0 : Math.floor(Math.log2(mag)) + 1;
        bw.put(cat, 4);
        if (cat > 0) bw.put(diff > 0 ? diff : diff + (1 << cat) - 1, cat);
        bw.put(0, 1); // EOB: all AC coefficients zero
      }
    }
  }
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  return Buffer.from([
    0xff, 0xd8,
    ...seg(0xe0, jfif),
    ...seg(0xdb, dqt),
    ...seg(0xc0, sof),
    ...seg(0xc4, dht),
    ...seg(0xda, sos),
    ...bw.finish(),
    0xff, 0xd9,
  ]);
}

/** A recognisable test picture: a diagonal gradient with a dark square in the upper left quarter. */
export const testPattern = (width: number, height: number): Pixel => (x, y) => {
  const inSquare = x > width / 8 && x < width / 2 && y > height / 8 && y < height / 2;
  const v = inSquare ? 30 : Math.round(80 + (150 * (x + y)) / (width + height));
  return [v, Math.min(255, v + 40), 255 - v];
};

/** The same JPEG with an EXIF APP1 segment saying orientation `o`, as a phone writes it. */
export function withExifOrientation(jpg: Buffer, o: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(o, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpg.subarray(0, 2), head, body, jpg.subarray(2)]);
}

/** An RGB JPEG with full DCT detail (jpeg-js), like a camera's: `px` gives each pixel's colour. */
export function rgbJpeg(width: number, height: number, px: (x: number, y: number) => readonly [number, number, number], quality: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([...px(x, y), 255], (y * width + x) * 4);
  return jpeg.encode({ width, height, data }, quality).data;
}

/** A busy photo-sized picture (gradients and a pattern set by `seed`), slow enough to decode to matter. */
export function testPhoto(width: number, height: number, seed: number): Buffer {
  return rgbJpeg(width, height, (x, y) => [(x * 255) / width, (y * 255) / height, ((x * y + seed) * 31) % 256], 90);
}
