import { describe, expect, it } from 'vitest';
import { orient } from '../../../electron/export/exif-orientation';
import { jpegOrientation } from '../../../electron/images/jpeg-orientation';
import { downsample, flattenOnWhite, isNeutral, toGrey, type Raster } from '../../../electron/export/raster';

const rgb = (width: number, height: number, px: (x: number, y: number) => readonly number[]): Raster => {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(px(x, y), (y * width + x) * 3);
  return { width, height, channels: 3, data };
};
const pixel = (r: Raster, x: number, y: number): number[] => [...r.data.subarray((y * r.width + x) * r.channels, (y * r.width + x + 1) * r.channels)];

describe('flattening alpha onto white paper', () => {
  it('keeps opaque pixels, turns clear ones white and mixes the rest', () => {
    const rgba: Raster = { width: 3, height: 1, channels: 4, data: Uint8Array.from([200, 0, 0, 255, 200, 0, 0, 0, 0, 0, 0, 128]) };
    const flat = flattenOnWhite(rgba);
    expect(flat.channels).toBe(3);
    expect([...flat.data]).toEqual([200, 0, 0, 255, 255, 255, 127, 127, 127]);
  });
});

describe('downsampling by area average', () => {
  it('reduces to the asked size, each output the mean of the area it covers', () => {
    const src = rgb(4, 2, (x) => (x < 2 ? [0, 0, 0] : [200, 100, 40]));
    const out = downsample(src, 2, 1);
    expect([out.width, out.height]).toEqual([2, 1]);
    expect(pixel(out, 0, 0)).toEqual([0, 0, 0]);
    expect(pixel(out, 1, 0)).toEqual([200, 100, 40]);
  });

  it('weights a source pixel split between two outputs by its share', () => {
    // Three columns into two: the middle one is half in each output.
    const out = downsample(rgb(3, 1, (x) => [[0, 90, 180][x]!, 0, 0]), 2, 1);
    expect(pixel(out, 0, 0)[0]).toBe(30); // (0 + 90 / 2) / 1.5
    expect(pixel(out, 1, 0)[0]).toBe(150); // (90 / 2 + 180) / 1.5
  });

  it('keeps the mean of a large picture and its size at non-integer ratios', () => {
    const src = rgb(1003, 701, (x, y) => [(x * 7 + y * 3) % 256, 128, (x ^ y) & 255]);
    const out = downsample(src, 300, 211);
    expect([out.width, out.height]).toEqual([300, 211]);
    const mean = (r: Raster, c: number): number => {
      let s = 0;
      for (let i = c; i < r.data.length; i += 3) s += r.data[i]!;
      return s / (r.width * r.height);
    };
    expect(Math.abs(mean(out, 0) - mean(src, 0))).toBeLessThan(1);
    expect(mean(out, 1)).toBe(128);
  });

  it('leaves a picture no larger than the target alone', () => {
    const src = rgb(5, 5, () => [1, 2, 3]);
    expect(downsample(src, 5, 9)).toBe(src);
  });
});

describe('neutral pictures', () => {
  it('counts a picture grey only when every pixel is', () => {
    const grey = rgb(16, 16, (x, y) => [x * 10 + 3, x * 10, x * 10 + (y % 3)]);
    expect(isNeutral(grey)).toBe(true);
    expect([...toGrey(grey).subarray(0, 3)]).toEqual([1, 11, 21]);
    const tinted = rgb(16, 16, (x, y) => (x === 9 && y === 4 ? [120, 100, 100] : [50, 50, 50]));
    expect(isNeutral(tinted)).toBe(false);
  });
});

describe('EXIF orientation', () => {
  // 2 × 3 picture whose pixels are numbered 0…5 row by row.
  const src = rgb(2, 3, (x, y) => [y * 2 + x, 0, 0]);
  const ids = (r: Raster): number[][] => Array.from({ length: r.height }, (_, y) => Array.from({ length: r.width }, (_, x) => pixel(r, x, y)[0]!));

  it('turns the pixels the way the tag says', () => {
    expect(ids(orient(src, 1))).toEqual([[0, 1], [2, 3], [4, 5]]);
    expect(ids(orient(src, 2))).toEqual([[1, 0], [3, 2], [5, 4]]);
    expect(ids(orient(src, 3))).toEqual([[5, 4], [3, 2], [1, 0]]);
    expect(ids(orient(src, 4))).toEqual([[4, 5], [2, 3], [0, 1]]);
    expect(ids(orient(src, 5))).toEqual([[0, 2, 4], [1, 3, 5]]);
    // 6: stored turned 90° anticlockwise, shown turned 90° clockwise.
    expect(ids(orient(src, 6))).toEqual([[4, 2, 0], [5, 3, 1]]);
    expect(ids(orient(src, 7))).toEqual([[5, 3, 1], [4, 2, 0]]);
    expect(ids(orient(src, 8))).toEqual([[1, 3, 5], [0, 2, 4]]);
  });

  it('reads the tag from an APP1 Exif segment, big- or little-endian', () => {
    const jpegWith = (le: boolean, o: number): Buffer => {
      const tiff = Buffer.alloc(8 + 2 + 12 + 4);
      tiff.write(le ? 'II' : 'MM', 0, 'latin1');
      const w16 = (v: number, at: number) => (le ? tiff.writeUInt16LE(v, at) : tiff.writeUInt16BE(v, at));
      const w32 = (v: number, at: number) => (le ? tiff.writeUInt32LE(v, at) : tiff.writeUInt32BE(v, at));
      w16(42, 2);
      w32(8, 4);
      w16(1, 8);
      w16(0x0112, 10);
      w16(3, 12);
      w32(1, 14);
      w16(o, 18);
      const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
      const len = Buffer.alloc(2);
      len.writeUInt16BE(body.length + 2);
      return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), len, body, Buffer.from([0xff, 0xda, 0, 2, 0xff, 0xd9])]);
    };
    expect(jpegOrientation(jpegWith(true, 6))).toBe(6);
    expect(jpegOrientation(jpegWith(false, 8))).toBe(8);
    expect(jpegOrientation(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBe(1);
  });
});
