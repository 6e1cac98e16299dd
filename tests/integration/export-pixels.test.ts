import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontRegistry } from '../../electron/fonts';
import { writePrintPdf } from '../../electron/export';
import type { PageDisplayList } from '../../shared/model/display-list';
import { displayListToSvg } from '../../shared/render';
import { CHROMIUM_ARGS, CHROMIUM_PATH, routeFonts, samplePage, showSvgPages, testFontUrl } from '../support/sample-page';

/**
 * The screen painter (SVG in Chromium) and the plate (our PDF through pdftoppm -r 72, so
 * 1 px = 1 pt) must show the same page. Both PNGs are decoded and compared in the browser.
 *
 * Stated tolerance: mean absolute grey difference ≤ 10 of 255 per pixel, and ≤ 2.5% of 4 × 4 px
 * blocks whose mean grey differs by more than 32 levels. Measured on the sample broadsheet:
 * 7.9 and 1.3% (glyph positions coincide; Skia's hinted anti-aliasing is darker than
 * FreeType/Splash's at 10.5 px, and poppler maps 15% K to grey 222 where the screen uses 217).
 * The control — body text moved 2 pt — measures 14.7 and 5.5%, so a misplaced glyph fails.
 */
const MAX_MEAN_DIFF = 10;
const MAX_DIFFERING_BLOCKS = 0.025;
const BLOCK_LEVELS = 32;

interface Diff {
  /** Mean absolute grey difference per pixel, 0–255. */
  meanAbs: number;
  /** Fraction of 4 × 4 px blocks whose mean grey differs by more than BLOCK_LEVELS. */
  differingBlocks: number;
  /** Pixels darker than mid-grey in each image. */
  inkScreen: number;
  inkPlate: number;
}

let dir: string;
let fonts: FontRegistry;
let page: PageDisplayList;
let browser: Browser;
let tab: Page;

async function screenPng(list: PageDisplayList): Promise<Buffer> {
  const svg = displayListToSvg(list, { fontUrl: testFontUrl });
  await showSvgPages(tab, [svg], list, 'screen');
  return tab.screenshot({ clip: { x: 0, y: 0, width: Math.round(list.width), height: Math.round(list.height) } });
}

async function platePng(list: PageDisplayList, name: string): Promise<Buffer> {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await writePrintPdf([list], fonts, {}));
  execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', pdf, join(dir, name)]);
  return readFileSync(join(dir, `${name}.png`));
}

async function compare(a: Buffer, b: Buffer): Promise<Diff> {
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(
      async ([pa, pb, BLOCK_LEVELS]) => {
        const load = async (b64: string): Promise<ImageData> => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const A = await load(pa);
        const B = await load(pb);
        const w = Math.min(A.width, B.width);
        const h = Math.min(A.height, B.height);
        const grey = (d: ImageData, x: number, y: number): number => {
          const i = (y * d.width + x) * 4;
          return 0.299 * d.data[i]! + 0.587 * d.data[i + 1]! + 0.114 * d.data[i + 2]!;
        };
        let sum = 0;
        let inkScreen = 0;
        let inkPlate = 0;
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            const ga = grey(A, x, y);
            const gb = grey(B, x, y);
            sum += Math.abs(ga - gb);
            if (ga < 128) inkScreen++;
            if (gb < 128) inkPlate++;
          }
        // 4 × 4 px blocks: anti-aliasing evens out inside a block, a misplaced glyph does not.
        const S = 4;
        let blocks = 0;
        let differing = 0;
        for (let by = 0; by + S <= h; by += S)
          for (let bx = 0; bx + S <= w; bx += S) {
            let a = 0;
            let b = 0;
            for (let y = by; y < by + S; y++)
              for (let x = bx; x < bx + S; x++) {
                a += grey(A, x, y);
                b += grey(B, x, y);
              }
            blocks++;
            if (Math.abs(a - b) / (S * S) > BLOCK_LEVELS) differing++;
          }
        return { meanAbs: sum / (w * h), differingBlocks: differing / blocks, inkScreen, inkPlate };
      },
      [a.toString('base64'), b.toString('base64'), BLOCK_LEVELS] as const,
    );
  } finally {
    await blank.close();
  }
}

beforeAll(async () => {
  dir = process.env.BANXIN_KEEP_PNG ?? mkdtempSync(join(tmpdir(), 'banxin-pixels-'));
  fonts = new FontRegistry();
  page = samplePage(fonts);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  tab = await browser.newPage({ viewport: { width: Math.ceil(page.width), height: Math.ceil(page.height) }, deviceScaleFactor: 1 });
  await routeFonts(tab, fonts);
});
afterAll(async () => {
  await browser?.close();
  if (!process.env.BANXIN_KEEP_PNG) rmSync(dir, { recursive: true, force: true });
});

describe('screen painter vs print PDF', () => {
  it('renders the same page within the stated pixel tolerance', async () => {
    const screen = await screenPng(page);
    writeFileSync(join(dir, 'screen.png'), screen);
    const plate = await platePng(page, 'plate');
    const d = await compare(screen, plate);
    // A real page: plenty of ink in both.
    expect(d.inkScreen).toBeGreaterThan(50_000);
    expect(d.inkPlate).toBeGreaterThan(50_000);
    expect(d.meanAbs).toBeLessThanOrEqual(MAX_MEAN_DIFF);
    expect(d.differingBlocks).toBeLessThanOrEqual(MAX_DIFFERING_BLOCKS);
  });

  it('control: a PDF with the body text moved 2 pt breaks the tolerance', async () => {
    const moved: PageDisplayList = {
      ...page,
      items: page.items.map((it) => (it.kind === 'text' && it.size < 11 ? { ...it, x: it.x.map((v) => v + 2) } : it)),
    };
    const screen = await screenPng(page);
    const plate = await platePng(moved, 'moved');
    const d = await compare(screen, plate);
    expect(d.differingBlocks).toBeGreaterThan(MAX_DIFFERING_BLOCKS);
  });
});
