import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import pngjs from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePrintPdf } from '../../electron/export';
import { pressColour } from '../../electron/export/press-colour';
import { PressPictures } from '../../electron/export/press-picture';
import { FontRegistry } from '../../electron/fonts';
import type { ImageItem, PageDisplayList } from '../../shared/model/display-list';
import { iccProfileWithB2A } from '../support/icc-profile';
import { encodePng, rgbJpeg, withExifOrientation } from '../support/test-images';

// Pictures in the print PDF: RGB and RGBA files in, CMYK or grey without soft masks out, checked
// with poppler (pdfimages for what is embedded, pdftoppm for what it looks like).

type Rgb = readonly [number, number, number];
const RED: Rgb = [230, 20, 30];

const jpegOf = (width: number, height: number, px: (x: number, y: number) => Rgb): Buffer => rgbJpeg(width, height, px, 92);


const files = new Map<number, Buffer>();
/** Where each picture sits on the 600 × 400 pt page (points, y down). */
const at: Record<string, ImageItem> = {
  red: { kind: 'image', imageId: 1, x: 20, y: 20, w: 160, h: 120 },
  grey: { kind: 'image', imageId: 2, x: 200, y: 20, w: 160, h: 120 },
  alpha: { kind: 'image', imageId: 3, x: 380, y: 20, w: 160, h: 120 },
  big: { kind: 'image', imageId: 4, x: 20, y: 200, w: 144, h: 108 },
  turned: { kind: 'image', imageId: 5, x: 200, y: 180, w: 100, h: 200 },
};
const pageOf = (pageId: number, items: ImageItem[]): PageDisplayList => ({ pageId, number: pageId, width: 600, height: 400, bleed: 0, items, frames: [], warnings: [], fonts: [] });

let dir: string;
let fonts: FontRegistry;
let pdfPath: string;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

/** `pdfimages -list` rows as objects. */
function images(path: string): Array<{ page: number; type: string; width: number; height: number; color: string; bpc: number; object: number }> {
  return run('pdfimages', '-list', path).split('\n').slice(2).filter(Boolean).map((l) => {
    const c = l.trim().split(/\s+/);
    return { page: Number(c[0]), type: c[2]!, width: Number(c[3]), height: Number(c[4]), color: c[5]!, bpc: Number(c[7]), object: Number(c[10]) };
  });
}

/** Page 1 of a PDF rendered by pdftoppm at `dpi`; `rgb(x, y)` reads the pixel at a point. */
function render(path: string, dpi: number): (xPt: number, yPt: number) => Rgb {
  const stem = join(dir, `render-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', path, stem]);
  const png = pngjs.PNG.sync.read(readFileSync(`${stem}.png`));
  const k = dpi / 72;
  return (x, y) => {
    const p = (Math.round(y * k) * png.width + Math.round(x * k)) * 4;
    return [png.data[p]!, png.data[p + 1]!, png.data[p + 2]!];
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-press-pictures-'));
  fonts = new FontRegistry();
  // Red left half, a blue ramp on the right.
  files.set(1, jpegOf(320, 240, (x) => (x < 160 ? RED : [20, 40, 80 + Math.round(x / 2)])));
  // A black-and-white photo saved as RGB.
  files.set(2, jpegOf(320, 240, (x, y) => {
    const v = (x + y) % 256;
    return [v, v, v];
  }));
  // Green, opaque on the left, fully transparent on the right.
  files.set(3, encodePng(320, 240, 4, (x) => [30, 160, 60, x < 160 ? 255 : 0]));
  // 1600 × 1200 px at 2 × 1.5 in: 800 ppi, so reduced to 300 ppi (600 × 450).
  files.set(4, jpegOf(1600, 1200, (x, y) => [(x * 255) / 1600, 120, (y * 255) / 1200]));
  // Stored 200 × 100 with red on top; EXIF 6 says turn it 90° clockwise, so red shows on the right.
  files.set(5, withExifOrientation(jpegOf(200, 100, (_x, y) => (y < 50 ? RED : [255, 255, 255])), 6));
  pdfPath = join(dir, 'print.pdf');
  const pages = [pageOf(1, Object.values(at)), pageOf(2, [at.red!])];
  writeFileSync(pdfPath, await writePrintPdf(pages, fonts, { imageBytes: (id) => files.get(id) }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pictures in the print PDF', () => {
  it('embeds CMYK or grey at 8 bits, never RGB, never a soft mask', () => {
    const list = images(pdfPath);
    expect(list.filter((i) => i.type !== 'image')).toEqual([]);
    expect(list.every((i) => i.bpc === 8 && (i.color === 'cmyk' || i.color === 'gray'))).toBe(true);
    const onPage1 = list.filter((i) => i.page === 1).map((i) => [i.width, i.height, i.color]);
    expect(onPage1).toEqual([
      [320, 240, 'cmyk'],
      [320, 240, 'gray'],
      [320, 240, 'cmyk'],
      [600, 450, 'cmyk'],
      [100, 200, 'cmyk'],
    ]);
  });

  it('writes a picture used on two pages once', () => {
    const list = images(pdfPath);
    const red = list.filter((i) => i.width === 320 && i.color === 'cmyk');
    const [p1, p2] = [list.find((i) => i.page === 1)!, list.find((i) => i.page === 2)!];
    expect(red.length).toBeGreaterThanOrEqual(2);
    expect(p2.object).toBe(p1.object);
  });

  it('draws every picture knocked out, not under the text’s overprint state', () => {
    const pdf = readFileSync(pdfPath).toString('latin1');
    const pages: string[] = [];
    for (const m of pdf.matchAll(/stream\r?\n/g)) {
      const start = m.index + m[0].length;
      try {
        const text = inflateSync(Buffer.from(pdf.slice(start, pdf.indexOf('endstream', start)), 'latin1')).toString('latin1');
        if (text.includes(' Do')) pages.push(text);
      } catch {
        // an image or other binary stream
      }
    }
    const draws = pages.join('\n').match(/q \/GSko gs\n[^\n]* cm \/Im\d+ Do\nQ/g) ?? [];
    expect(draws).toHaveLength(Object.keys(at).length + 1);
  });

  it('still looks right: red stays red, transparent shows paper, the turned photo is turned', () => {
    const px = render(pdfPath, 50);
    const [r, g, b] = px(at.red!.x + 40, at.red!.y + 60);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);
    expect(b).toBeLessThan(80);
    const blue = px(at.red!.x + 140, at.red!.y + 60);
    expect(blue[2]).toBeGreaterThan(blue[0] + 60);
    // The alpha PNG: green where opaque (poppler shows CMYK with simulated inks, so muted), paper
    // white where it was transparent.
    const green = px(at.alpha!.x + 40, at.alpha!.y + 60);
    expect(green[1]).toBeGreaterThan(green[0] + 40);
    expect(green[1]).toBeGreaterThan(green[2] + 15);
    expect(px(at.alpha!.x + 120, at.alpha!.y + 60).every((v) => v >= 250)).toBe(true);
    // EXIF orientation 6: the stored top half (red) is shown on the right.
    expect(px(at.turned!.x + 75, at.turned!.y + 100)[1]).toBeLessThan(60);
    expect(px(at.turned!.x + 25, at.turned!.y + 100).every((v) => v >= 250)).toBe(true);
    // The grey photo prints neutral.
    const grey = px(at.grey!.x + 80, at.grey!.y + 60);
    expect(Math.max(...grey) - Math.min(...grey)).toBeLessThanOrEqual(2);
  });

  it('converts through the plant profile’s B2A0 table when one is set', async () => {
    // A table that prints any colour on black alone, K = 1 − L* / 100 (C = M = Y = 0).
    const icc = join(dir, 'plant.icc');
    writeFileSync(icc, iccProfileWithB2A({ grid: 2, clut: (l) => [0, 0, 0, 1 - l] }));
    const out = join(dir, 'profiled.pdf');
    writeFileSync(out, await writePrintPdf([pageOf(1, [at.red!])], fonts, { imageBytes: (id) => files.get(id), iccProfilePath: icc, iccProfileName: 'plant.icc' }));
    expect(images(out).map((i) => i.color)).toEqual(['cmyk']);
    const [r, g, b] = render(out, 50)(at.red!.x + 40, at.red!.y + 60);
    // sRGB (230, 20, 30) has L* ≈ 49: about half black, and neutral (no C, M or Y).
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(2);
    expect(r).toBeGreaterThan(100);
    expect(r).toBeLessThan(160);
  });

  it('converts each picture once per run, for the print and the proof PDF alike', async () => {
    const pictures = new PressPictures(pressColour());
    const bytes = (id: number) => files.get(id);
    const a = await writePrintPdf([pageOf(1, [at.big!])], fonts, { imageBytes: bytes, pictures });
    const seen = pictures.get(4, files.get(4)!, at.big!.w, at.big!.h).picture;
    const b = await writePrintPdf([pageOf(1, [at.big!])], fonts, { imageBytes: bytes, pictures });
    expect(pictures.get(4, files.get(4)!, at.big!.w, at.big!.h).picture).toBe(seen);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBe(a.length);
  });

  it('fails naming the picture when its bytes cannot be decoded', async () => {
    await expect(writePrintPdf([pageOf(1, [at.red!])], fonts, { imageBytes: () => Buffer.from('GIF89a') })).rejects.toThrow(/image #1 cannot be read/);
  });
});
