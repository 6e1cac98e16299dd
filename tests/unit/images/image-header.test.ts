import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImageHeaderError, MAX_IMAGE_BYTES, readImageHeader } from '../../../electron/images/image-header';
import { encodeJpeg, encodePng, testPattern, withExifOrientation } from '../../support/test-images';

const reasonOf = (b: Uint8Array): string => {
  try {
    readImageHeader(b);
    return 'ok';
  } catch (err) {
    if (err instanceof ImageHeaderError) return err.reason;
    throw err;
  }
};

const png = encodePng(40, 30, 3, testPattern(40, 30));
const jpeg = encodeJpeg(48, 32, 3, testPattern(48, 32));

/** Set a PNG's IHDR width and height and fix its CRC, so only the size is hostile. */
function pngWithSize(width: number, height: number): Uint8Array {
  const b = Buffer.from(png);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  const crc = Buffer.from(encodePngIhdrCrc(b.subarray(12, 29)));
  crc.copy(b, 29);
  return b;
}
function encodePngIhdrCrc(typeAndData: Uint8Array): Uint8Array {
  let c = 0xffffffff;
  for (const v of typeAndData) {
    c ^= v;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  const out = Buffer.alloc(4);
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0);
  return out;
}

/** Offset of a JPEG's SOF0 marker. */
const sofAt = (b: Uint8Array): number => b.findIndex((v, i) => v === 0xff && b[i + 1] === 0xc0);

describe('PNG header (IHDR)', () => {
  it('reads size, channels, bit depth and alpha of valid files', () => {
    expect(readImageHeader(png)).toEqual({ format: 'png', width: 40, height: 30, orientation: 1, components: 3, bitDepth: 8, alpha: false, progressive: false });
    expect(readImageHeader(encodePng(7, 9, 1, () => [128]))).toMatchObject({ width: 7, height: 9, components: 1, alpha: false });
    expect(readImageHeader(encodePng(3, 2, 4, () => [1, 2, 3, 4]))).toMatchObject({ components: 3, alpha: true });
  });

  it('refuses every truncation as truncated, with a Chinese message', () => {
    for (const n of [2, 8, 20, 33, 40, png.length - 12, png.length - 1]) expect(reasonOf(png.subarray(0, n)), `cut at ${n}`).toBe('truncated');
    expect(() => readImageHeader(png.subarray(0, png.length - 4))).toThrow(ImageHeaderError);
    const err = (() => {
      try {
        readImageHeader(png.subarray(0, png.length - 4));
      } catch (e) {
        return e as ImageHeaderError;
      }
    })();
    expect(err?.messageZh).toMatch(/图片文件不完整/);
  });

  it('refuses hostile sizes and bad CRCs', () => {
    expect(reasonOf(pngWithSize(100_000, 1))).toBe('too-many-pixels');
    expect(reasonOf(pngWithSize(20_000, 20_000))).toBe('too-many-pixels');
    expect(reasonOf(pngWithSize(0, 10))).toBe('malformed');
    expect(reasonOf(pngWithSize(0xffffffff, 0xffffffff))).toBe('too-many-pixels');
    const bad = Buffer.from(png);
    bad[20] = bad[20]! ^ 1; // IHDR data changed without its CRC
    expect(reasonOf(bad)).toBe('malformed');
  });
});

describe('JPEG header (SOFn)', () => {
  it('reads size and components of baseline files', () => {
    expect(readImageHeader(jpeg)).toEqual({ format: 'jpeg', width: 48, height: 32, orientation: 1, components: 3, bitDepth: 8, alpha: false, progressive: false });
    expect(readImageHeader(encodeJpeg(9, 17, 1, () => [200]))).toMatchObject({ width: 9, height: 17, components: 1 });
    // A CMYK frame: SOF0 with height 0x0102, width 0x0304 and four components, one scan, EOI.
    const cmyk = Buffer.from([
      0xff, 0xd8, 0xff, 0xc0, 0x00, 0x14, 0x08, 0x01, 0x02, 0x03, 0x04, 0x04, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0,
      0xff, 0xda, 0x00, 0x0e, 0x04, 1, 0, 2, 0, 3, 0, 4, 0, 0, 0x3f, 0, 0x00, 0xff, 0xd9,
    ]);
    expect(readImageHeader(cmyk)).toMatchObject({ format: 'jpeg', width: 0x0304, height: 0x0102, components: 4 });
  });

  it('gives a phone photo its size as seen: EXIF orientations 5–8 swap the stored width and height', () => {
    const sideways = encodeJpeg(200, 100, 3, () => [90, 120, 150]);
    expect(readImageHeader(withExifOrientation(sideways, 6))).toMatchObject({ width: 100, height: 200, orientation: 6 });
    expect(readImageHeader(withExifOrientation(sideways, 8))).toMatchObject({ width: 100, height: 200, orientation: 8 });
    expect(readImageHeader(withExifOrientation(sideways, 3))).toMatchObject({ width: 200, height: 100, orientation: 3 });
    expect(readImageHeader(sideways)).toMatchObject({ width: 200, height: 100, orientation: 1 });
  });

  it('refuses truncated files: cut anywhere, even inside the scan, the EOI is missing', () => {
    for (const n of [2, 3, 10, sofAt(jpeg) + 5, jpeg.length - 2, jpeg.length - 1]) expect(reasonOf(jpeg.subarray(0, n)), `cut at ${n}`).toBe('truncated');
  });

  it('refuses hostile and unsupported frame headers', () => {
    const zero = Buffer.from(jpeg);
    zero.writeUInt16BE(0, sofAt(jpeg) + 5); // height 0 (DNL): refused
    expect(reasonOf(zero)).toBe('malformed');
    const big = Buffer.from(jpeg);
    big.writeUInt16BE(65_000, sofAt(jpeg) + 5);
    big.writeUInt16BE(65_000, sofAt(jpeg) + 7);
    expect(reasonOf(big)).toBe('too-many-pixels');
    const lossless = Buffer.from(jpeg);
    lossless[sofAt(jpeg) + 1] = 0xc3;
    expect(reasonOf(lossless)).toBe('unsupported');
    const twelve = Buffer.from(jpeg);
    twelve[sofAt(jpeg) + 4] = 12;
    expect(reasonOf(twelve)).toBe('unsupported');
    const longSeg = Buffer.from(jpeg);
    longSeg.writeUInt16BE(0xfff0, 4); // APP0 claims more bytes than the file has
    expect(reasonOf(longSeg)).toBe('truncated');
  });
});

describe('anything else', () => {
  it('refuses other formats, empty and oversized files', () => {
    expect(reasonOf(new Uint8Array(0))).toBe('empty');
    expect(reasonOf(Buffer.from('GIF89a……'))).toBe('unsupported');
    expect(reasonOf(Buffer.from('%PDF-1.4'))).toBe('unsupported');
    expect(reasonOf(new Uint8Array(MAX_IMAGE_BYTES + 1))).toBe('too-large');
  });

  it('fuzz: random bytes, mutated and truncated files give a header or a typed error, never anything else', () => {
    const seeds = [png, jpeg, encodePng(5, 5, 4, () => [9, 9, 9, 9]), encodeJpeg(16, 8, 1, () => [3])];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat()).map(([seed, flips, cut]) => {
            const b = Buffer.from(seed);
            for (const [at, v] of flips) b[at % b.length] = v;
            return b.subarray(0, 1 + (cut % b.length));
          }),
          fc.tuple(fc.constantFrom(new Uint8Array([0xff, 0xd8]), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), fc.uint8Array({ maxLength: 200 })).map(([a, b]) => Buffer.concat([a, b])),
        ),
        (bytes) => {
          try {
            const h = readImageHeader(bytes);
            expect(h.width).toBeGreaterThan(0);
            expect(h.height).toBeGreaterThan(0);
            expect(h.width * h.height).toBeLessThanOrEqual(100_000_000);
          } catch (err) {
            expect(err).toBeInstanceOf(ImageHeaderError);
            expect((err as ImageHeaderError).messageZh).toMatch(/[\u4e00-\u9fff]/);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
