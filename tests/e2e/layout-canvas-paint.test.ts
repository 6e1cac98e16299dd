import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { createClient } from '../../shared/api/client';
import type { PageDisplayList } from '../../shared/model/display-list';
import { svgFontFamily } from '../../shared/render';
import { glyphSegments } from '../../renderer/src/features/layout/glyph-segments';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));

// The desk's canvas painter, bundled from its source and run in the page as the desk runs it.
const painter = buildSync({ entryPoints: ['renderer/src/features/layout/paint-text.ts'], bundle: true, format: 'iife', globalName: 'BanxinPaintText', write: false }).outputFiles[0]!.text;

describe('版面 canvas: ideograph runs drawn in one call land where glyph-by-glyph drawing puts them', () => {
  let h: RunningApp;
  let list: PageDisplayList;

  beforeAll(async () => {
    h = await startApp();
    const session = h.core.openSession('in-process');
    const core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    const demo = await buildDemoIssue(core, { name: 'seed.txt', bytes: readFileSync(SEED) });
    list = await core.call('layout.page', { pageId: demo.issue.pages[0]!.id });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('paints the demo front page both ways with the same ink, in far fewer calls', async () => {
    const texts = list.items.filter((i) => i.kind === 'text' && !i.hidden && !i.rotate && !i.yEach && i.scaleX === 1);
    const glyphs = texts.reduce((n, t) => n + (t.kind === 'text' ? t.x.length : 0), 0);
    const calls = texts.reduce((n, t) => n + (t.kind === 'text' ? glyphSegments(t.text, t.x).length : 0), 0);
    expect(glyphs).toBeGreaterThan(3000);
    // A justified body line is mostly one run: at least three glyphs per call over the page.
    expect(calls * 3).toBeLessThan(glyphs);

    const fonts = list.fonts.map((id) => ({ id, family: svgFontFamily(id) }));
    const r = await h.page.evaluate(
      async ([code, page, faces]) => {
        // oxlint-disable-next-line no-eval -- the bundled painter, run in the page under test as the page-paint bench does.
        (0, eval)(`${code}; globalThis.BanxinPaintText = BanxinPaintText;`);
        await Promise.all(faces.map(async (f) => {
          const face = new FontFace(f.family, `url(fonts/${encodeURIComponent(f.id)})`);
          document.fonts.add(face);
          await face.load();
        }));
        const paint = (globalThis as unknown as { BanxinPaintText: { paintText: (c: HTMLCanvasElement, l: unknown, k: number, dpr: number, o: { batch: boolean }) => number } }).BanxinPaintText.paintText;
        const draw = (batch: boolean): Uint8ClampedArray => {
          const c = document.createElement('canvas');
          paint(c, page, 96 / 72, 1, { batch });
          return c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        };
        const one = draw(false);
        const runs = draw(true);
        let inked = 0;
        let differ = 0;
        for (let i = 3; i < one.length; i += 4) {
          if (one[i]! > 0 || runs[i]! > 0) inked++;
          if (Math.abs(one[i]! - runs[i]!) > 96) differ++;
        }
        return { inked, differ, letterSpacing: 'letterSpacing' in CanvasRenderingContext2D.prototype };
      },
      [painter, list, fonts] as const,
    );
    expect(r.letterSpacing).toBe(true);
    expect(r.inked).toBeGreaterThan(50_000);
    // Anti-aliasing at sub-pixel offsets may differ at glyph edges, never by whole glyphs.
    expect(r.differ / r.inked).toBeLessThan(0.01);
  });
});
