import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formulaCmyk } from '../../../electron/export/cmyk-formula';
import { pressColour } from '../../../electron/export/press-colour';
import { planPicture, PressPictures, type PressPicture } from '../../../electron/export/press-picture';
import { readImageHeader } from '../../../electron/images/image-header';
import { encodeGreyPng16, encodeJpeg, encodePng, rgbJpeg } from '../../support/test-images';

const jpegOf = (width: number, height: number, px: (x: number, y: number) => readonly [number, number, number]): Buffer => rgbJpeg(width, height, px, 95);

const byte = (cmyk: readonly number[]): number[] => cmyk.map((v) => Math.round(v * 255));

const samples = (p: PressPicture): Buffer => {
  if (p.kind !== 'raster') throw new Error('not converted');
  return inflateSync(p.deflated);
};

describe('the CMYK formula (no plant profile)', () => {
  it('puts no ink on white, black mostly on K, and red on M and Y', () => {
    expect(byte(formulaCmyk(1, 1, 1))).toEqual([0, 0, 0, 0]);
    expect(byte(formulaCmyk(0, 0, 0))).toEqual([102, 102, 102, 255]);
    expect(byte(formulaCmyk(1, 0, 0))).toEqual([0, 255, 255, 0]);
    // A mid grey is black alone (full GCR); a dark blue takes its grey component on K.
    expect(byte(formulaCmyk(0.5, 0.5, 0.5))).toEqual([0, 0, 0, 128]);
    const [c, m, y, k] = formulaCmyk(0.1, 0.2, 0.6);
    expect(c).toBeGreaterThan(m);
    expect(y).toBe(0);
    expect(k).toBeCloseTo(0.4);
  });

  it('never exceeds 240% total ink', () => {
    for (let r = 0; r <= 1; r += 0.1) for (let g = 0; g <= 1; g += 0.1) for (let b = 0; b <= 1; b += 0.1) {
      expect(formulaCmyk(r, g, b).reduce((a, v) => a + v, 0)).toBeLessThanOrEqual(2.4);
    }
  });
});

describe('planning a picture for press', () => {
  const plan = (bytes: Buffer, w: number, h: number) => planPicture(readImageHeader(bytes), w, h);

  it('keeps grey JPEGs and PNGs as they are, converts RGB and alpha', () => {
    expect(plan(encodeJpeg(64, 64, 1, () => [90]), 72, 72)).toEqual({ kind: 'as-is' });
    expect(plan(encodePng(64, 64, 1, () => [90]), 72, 72)).toEqual({ kind: 'as-is' });
    // A grey JPEG placed so small that it is above 450 ppi is reduced (and so decoded) after all.
    expect(plan(encodeJpeg(640, 640, 1, () => [90]), 72, 72)).toMatchObject({ kind: 'convert', width: 300, height: 300, rgb: false });
    expect(plan(encodePng(300, 200, 3, () => [10, 20, 30]), 72, 48)).toEqual({ kind: 'convert', width: 300, height: 200, rgb: true, alpha: false, downsampled: false });
    expect(plan(encodePng(30, 20, 4, () => [10, 20, 30, 100]), 72, 48)).toMatchObject({ kind: 'convert', alpha: true });
  });

  it('reduces a picture above 450 ppi to 300 ppi at its placed size', () => {
    // 1500 × 1000 px placed 2 × 1.333 in: 750 ppi → 600 × 400.
    const big = encodePng(1500, 1000, 3, () => [10, 20, 30]);
    expect(plan(big, 144, 96)).toMatchObject({ kind: 'convert', width: 600, height: 400, downsampled: true });
    // At 450 ppi exactly it stays.
    expect(plan(big, 240, 160)).toMatchObject({ width: 1500, height: 1000, downsampled: false });
  });
});

describe('converting pictures for press', () => {
  const formula = () => new PressPictures(pressColour());

  it('converts an RGB JPEG to CMYK by the formula', () => {
    const red = jpegOf(16, 16, () => [255, 0, 0]);
    const { picture } = formula().get(7, red, 72, 72);
    expect(picture).toMatchObject({ kind: 'raster', width: 16, height: 16, colourSpace: 'DeviceCMYK' });
    const [c, m, y, k] = samples(picture);
    expect(c).toBeLessThan(10);
    expect(m).toBeGreaterThan(230);
    expect(y).toBeGreaterThan(230);
    expect(k).toBeLessThan(10);
  });

  it('writes a picture whose pixels are all grey as DeviceGray', () => {
    const grey = jpegOf(32, 16, (x) => [x * 8, x * 8, x * 8]);
    const { picture } = formula().get(1, grey, 72, 36);
    expect(picture).toMatchObject({ kind: 'raster', colourSpace: 'DeviceGray', width: 32, height: 16 });
    expect(samples(picture)).toHaveLength(32 * 16);
  });

  it('rewrites a 16-bit grey PNG at 8 bits (PDF/X-1a is PDF 1.3, which has no 16-bit samples)', () => {
    // 0, 30·257, 60·257, …: 16-bit samples that scale to exactly 0, 30, 60, … at 8 bits.
    const grey16 = encodeGreyPng16(4, 2, (x, y) => (y * 4 + x) * 30 * 257);
    const { picture } = formula().get(9, grey16, 72, 36);
    expect(picture).toMatchObject({ kind: 'raster', colourSpace: 'DeviceGray', width: 4, height: 2 });
    expect([...samples(picture)]).toEqual([0, 30, 60, 90, 120, 150, 180, 210]);
    expect(formula().get(9, encodePng(4, 2, 1, (x) => [x * 60]), 72, 36).picture.kind).toBe('as-is');
  });

  it('flattens alpha onto white', () => {
    // Opaque black left half, fully transparent right half.
    const png = encodePng(8, 4, 4, (x) => (x < 4 ? [0, 0, 0, 255] : [0, 0, 0, 0]));
    const { picture } = formula().get(2, png, 72, 36);
    expect(picture).toMatchObject({ colourSpace: 'DeviceGray' });
    const s = samples(picture);
    expect(s[0]).toBe(0);
    expect(s[7]).toBe(255);
  });

  it('reduces a picture placed small and converts it once per size', () => {
    const run = formula();
    const big = encodePng(1000, 500, 4, (x) => [x % 256, 40, 200, 255]);
    const a = run.get(3, big, 72, 36);
    expect(a.picture).toMatchObject({ width: 300, height: 150 });
    expect(run.get(3, big, 72, 36).picture).toBe(a.picture);
    const larger = run.get(3, big, 144, 72);
    expect(larger.key).not.toBe(a.key);
    expect(larger.picture).toMatchObject({ width: 600, height: 300 });
  });

  it('reuses a conversion in a later export run, but not for changed pixels or another profile', () => {
    const photo = jpegOf(64, 48, (x, y) => [x * 4, y * 5, 90]);
    const first = formula().get(7, photo, 64, 48).picture;
    // A new run (a re-export) gets the very raster the first one made.
    expect(formula().get(7, photo, 64, 48).picture).toBe(first);
    // The same image id with other pixels (a replaced file) is converted afresh.
    const edited = jpegOf(64, 48, (x, y) => [255 - x * 4, y * 5, 90]);
    expect(formula().get(7, edited, 64, 48).picture).not.toBe(first);
    // Another conversion (a plant profile) never sees the formula's raster.
    const viaProfile = new PressPictures({ ...pressColour(), key: 'another-profile' }).get(7, photo, 64, 48).picture;
    expect(viaProfile).not.toBe(first);
    expect(samples(viaProfile)).toEqual(samples(first));
  });

  it('names the image it cannot decode', () => {
    const good = jpegOf(16, 16, () => [255, 0, 0]);
    // A valid header and markers, but scan data that is not Huffman-decodable.
    const bad = Buffer.from(good);
    const sos = bad.indexOf(Buffer.from([0xff, 0xda]));
    bad.fill(0xff, sos + 14, bad.length - 2);
    expect(() => formula().get(42, bad, 72, 72)).toThrow(/image #42 cannot be decoded/);
    expect(() => formula().get(43, Buffer.from('not a picture'), 72, 72)).toThrow(/image #43 cannot be read/);
  });
});
