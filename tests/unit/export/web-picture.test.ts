import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../electron/images/image-header';
import { WEB_MAX_SIDE, webPicture, webSize } from '../../../electron/export/web-picture';
import { encodeJpeg, encodePng, testPattern, withExifOrientation } from '../../support/test-images';

describe('e-paper article pictures at web size', () => {
  it('keeps a web-sized upright JPEG or PNG byte for byte', () => {
    const small = encodeJpeg(800, 600, 3, testPattern(800, 600));
    expect(webPicture(small).data).toBe(small);
    const chart = encodePng(640, 400, 3, testPattern(640, 400));
    expect(webPicture(chart)).toEqual({ ext: 'png', data: chart });
  });

  it('reduces a camera photo to 1600 px on its long side, as a JPEG', () => {
    const big = encodeJpeg(3000, 2000, 3, testPattern(3000, 2000));
    const w = webPicture(big);
    expect(w.ext).toBe('jpg');
    expect(readImageHeader(w.data)).toMatchObject({ format: 'jpeg', width: WEB_MAX_SIDE, height: 1067, components: 3 });
    expect(w.data.length).toBeLessThan(big.length);
    // Still the same picture: the dark square of the test pattern is dark, the corner light.
    const px = jpeg.decode(w.data, { useTArray: true });
    const at = (fx: number, fy: number): number => px.data[(Math.round(fy * px.height) * px.width + Math.round(fx * px.width)) * 4]!;
    expect(at(0.3, 0.3)).toBeLessThan(70);
    expect(at(0.9, 0.9)).toBeGreaterThan(150);
  });

  it('turns a sideways phone photo upright (browsers would, but the copy carries no EXIF)', () => {
    const sideways = withExifOrientation(encodeJpeg(200, 100, 3, (_x, y) => (y < 50 ? [230, 20, 20] : [255, 255, 255])), 6);
    const w = webPicture(sideways);
    expect(readImageHeader(w.data)).toMatchObject({ width: 100, height: 200, orientation: 1 });
    const px = jpeg.decode(w.data, { useTArray: true });
    // Orientation 6 turns the top rows to the right: red on the right, white on the left.
    expect(px.data[(100 * 100 + 90) * 4]!).toBeGreaterThan(200);
    expect(px.data[(100 * 100 + 90) * 4 + 1]!).toBeLessThan(80);
    expect(px.data[(100 * 100 + 10) * 4 + 1]!).toBeGreaterThan(200);
  });

  it('reduces a large PNG as a PNG, its transparency set on white', () => {
    const big = encodePng(2400, 1200, 4, (x) => [20, 120, 220, x < 1200 ? 255 : 0]);
    const w = webPicture(big);
    expect(w.ext).toBe('png');
    const png = pngjs.PNG.sync.read(w.data);
    expect([png.width, png.height]).toEqual([1600, 800]);
    const at = (x: number): number[] => [...png.data.subarray((400 * 1600 + x) * 4, (400 * 1600 + x) * 4 + 3)];
    expect(at(200)).toEqual([20, 120, 220]);
    expect(at(1400)).toEqual([255, 255, 255]);
  });

  it('sizes keep their proportions', () => {
    expect(webSize(4000, 3000)).toEqual([1600, 1200]);
    expect(webSize(900, 1600)).toEqual([900, 1600]);
    expect(webSize(1000, 5000)).toEqual([320, 1600]);
  });
});
