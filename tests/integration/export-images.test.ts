import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pngjs from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPAPER_DPI } from '../../electron/export/page-images';
import { contextOfCore } from '../../electron/export/core-context';
import { runExport } from '../../electron/export/export-run';
import type { ImageItem } from '../../shared/model/display-list';
import { encodeJpeg, encodePng, testPattern } from '../support/test-images';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = resolve(__dirname, '../../../shared/seed/000_482dc2148900315e.txt');
let t: TempCore;
let issueId = 0;
let photo: ImageItem;
let chart: ImageItem;
let pageSize = { width: 0, height: 0 };
let storyId = 0;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

/** The grey pixels of page 1 of a PDF rendered at `dpi` (poppler's PGM: "P5 w h 255\n" then bytes). */
function renderGrey(pdf: string, dpi: number): { w: number; h: number; at(xPt: number, yPt: number): number } {
  const raw = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', pdf]);
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(raw.subarray(0, 40).toString('latin1'))!;
  const w = Number(m[1]);
  const h = Number(m[2]);
  const data = raw.subarray(m[0].length);
  const k = dpi / 72;
  return { w, h, at: (x, y) => data[Math.round(y * k) * w + Math.round(x * k)]! };
}

beforeAll(async () => {
  t = await tempCore();
  const r = await t.client.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } } });
  storyId = r.stories[0]!.id;
  const issue = await t.client.call('issues.create', { date: '2025-05-04' });
  issueId = issue.id;
  const pageId = issue.pages[0]!.id;
  await t.client.call('layout.placeStory', { pageId, storyId: r.stories[0]!.id, column: 0, row: 16, columns: 6, headlineRows: 8, bodyRows: 80 });
  const grey = await t.client.call('images.import', { file: { name: 'grey.jpg', dataBase64: encodeJpeg(1200, 900, 1, testPattern(1200, 900)).toString('base64') } });
  const rgb = await t.client.call('images.import', { file: { name: 'chart.png', dataBase64: encodePng(640, 400, 3, testPattern(640, 400)).toString('base64') } });
  await t.client.call('layout.placeImage', { pageId, imageId: grey.image.id, column: 1, row: 40, columns: 3, caption: '图为测试现场。', credit: '本报记者 王明 摄' });
  await t.client.call('layout.placeImage', { pageId, imageId: rgb.image.id, column: 6, row: 16, columns: 2, caption: '示意图' });
  const list = await t.client.call('layout.page', { pageId });
  photo = list.items.find((i): i is ImageItem => i.kind === 'image' && i.imageId === grey.image.id)!;
  chart = list.items.find((i): i is ImageItem => i.kind === 'image' && i.imageId === rgb.image.id)!;
  pageSize = { width: list.width, height: list.height };
});
afterAll(() => t.dispose());

describe('pictures in the exports', () => {
  it('writes both pictures into the print PDF at their pixel size, the grey JPEG as DCT, the RGB PNG converted to CMYK, and draws them where the page has them', async () => {
    const ctx = contextOfCore(t.core, t.dbPath);
    const print = join(t.dir, 'print.pdf');
    const proof = join(t.dir, 'proof.pdf');
    await runExport(ctx, issueId, { print, proof });
    const rows = run('pdfimages', '-list', print).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    // page num type width height color comp bpc enc …
    expect(rows.map((r) => [r[3], r[4], r[5], r[8]])).toEqual(expect.arrayContaining([['1200', '900', 'gray', 'jpeg'], ['640', '400', 'cmyk', 'image']]));
    expect(rows.filter((r) => r[2] === 'smask')).toEqual([]);
    expect(run('pdfimages', '-list', proof)).toContain('1200   900  gray');
    expect(run('pdfimages', '-list', proof)).toContain('640   400  cmyk');
    // The dark square of the test pattern (an eighth to a half of the picture) prints dark; the gradient beside it light.
    const page = renderGrey(print, 30);
    const dark = page.at(photo.x + photo.w * 0.31, photo.y + photo.h * 0.31);
    const light = page.at(photo.x + photo.w * 0.85, photo.y + photo.h * 0.85);
    expect(dark).toBeLessThan(70);
    expect(light).toBeGreaterThan(150);
  });

  it('inlines the pictures in the e-paper page when it falls back to SVG', async () => {
    const ctx = contextOfCore(t.core, t.dbPath);
    const dir = join(t.dir, 'epaper-svg');
    await runExport(ctx, issueId, { epaper: dir }, { usePdftoppm: false });
    expect(readdirSync(join(dir, 'img'))).toContain('page-1.svg');
    const svg = readFileSync(join(dir, 'img', 'page-1.svg'), 'utf8');
    expect(svg).toContain('href="data:image/jpeg;base64,');
    expect(svg).toContain('href="data:image/png;base64,');
    // The article the picture illustrates (the story whose columns it sits in) shows it with its caption.
    const article = readFileSync(join(dir, `article-${storyId}.html`), 'utf8');
    expect(article).toMatch(/<figure><img src="img\/picture-\d+\.jpg" alt="图为测试现场。"><figcaption>图为测试现场。 本报记者 王明 摄<\/figcaption><\/figure>/);
    const file = /img\/(picture-\d+\.jpg)/.exec(article)![1]!;
    expect(readFileSync(join(dir, 'img', file)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('renders the e-paper page images from the pictures as they are (RGB), at the trim size', async () => {
    const ctx = contextOfCore(t.core, t.dbPath);
    const dir = join(t.dir, 'epaper-png');
    await runExport(ctx, issueId, { epaper: dir }, { cropMarks: true });
    const png = pngjs.PNG.sync.read(readFileSync(join(dir, 'img', 'page-1.png')));
    const k = EPAPER_DPI.large / 72;
    // The trimmed page: no bleed, no crop marks, so the hot zones (computed on the trim) sit on it.
    expect(Math.abs(png.width - pageSize.width * k)).toBeLessThan(2);
    expect(Math.abs(png.height - pageSize.height * k)).toBeLessThan(2);
    const at = (fx: number, fy: number): number[] => {
      const i = (Math.round((chart.y + chart.h * fy) * k) * png.width + Math.round((chart.x + chart.w * fx) * k)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    };
    // The chart's colours as drawn in the file (testPattern): blue in the square, yellow-green in the corner.
    const near = (got: number[], want: number[]): boolean => got.every((v, c) => Math.abs(v - want[c]!) <= 24);
    const square = testPattern(640, 400)(0.31 * 640, 0.31 * 400);
    const corner = testPattern(640, 400)(0.85 * 640, 0.85 * 400);
    expect(near(at(0.31, 0.31), [...square]), `square ${at(0.31, 0.31)} vs ${square}`).toBe(true);
    expect(near(at(0.85, 0.85), [...corner]), `corner ${at(0.85, 0.85)} vs ${corner}`).toBe(true);
  });

  it('preflight says the RGB picture will be converted, and checks the effective resolution of each', async () => {
    const report = await t.client.call('export.preflight', { issueId });
    const rgb = report.problems.find((p) => p.code === 'image-rgb')!;
    expect(rgb.messageEn).toContain('will be converted to CMYK in the print PDF (no plant profile: converted by formula;');
    // 1200 px across three columns (~ 130 mm) is well above 150 ppi: no low-res warning for it.
    expect(report.problems.filter((p) => p.code === 'image-low-res')).toHaveLength(0);
  });
});
