import { describe, expect, it } from 'vitest';
import { composePage, type PageInput } from '../../../shared/layout/compose-page';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { wrapBands } from '../../../shared/layout/text-wrap';
import { mmToPt, type TextItem } from '../../../shared/model/display-list';
import type { Frame } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { han, monoSet } from '../typeset/fixtures';

describe('wrapBands', () => {
  const frame = { x: 0, y: 0, w: 100, h: 200 };
  it('is the whole usable area when nothing overlaps (jump lines reserved)', () => {
    expect(wrapBands(frame, [], 10)).toEqual([{ top: 0, height: 200 }]);
    expect(wrapBands(frame, [{ x: 100, y: 0, w: 50, h: 50 }], 10, 10, 10)).toEqual([{ top: 10, height: 180 }]);
  });
  it('skips every grid line an obstacle overlaps, partially or wholly, and keeps lines it only touches', () => {
    expect(wrapBands(frame, [{ x: 50, y: 40, w: 200, h: 60 }], 10)).toEqual([{ top: 0, height: 40 }, { top: 100, height: 100 }]);
    expect(wrapBands(frame, [{ x: 50, y: 45, w: 200, h: 50 }], 10)).toEqual([{ top: 0, height: 40 }, { top: 100, height: 100 }]);
    expect(wrapBands(frame, [{ x: -10, y: -10, w: 300, h: 300 }], 10)).toEqual([]);
    expect(wrapBands(frame, [{ x: 0, y: 0, w: 100, h: 30 }, { x: 0, y: 150, w: 100, h: 50 }], 10)).toEqual([{ top: 30, height: 120 }]);
  });
  it('with a standoff, also leaves the lines that touch the picture above and below empty', () => {
    expect(wrapBands(frame, [{ x: 50, y: 40, w: 200, h: 60 }], 10, 0, 0, 2)).toEqual([{ top: 0, height: 30 }, { top: 110, height: 90 }]);
  });
});

describe('body text wraps around an image frame on the page', () => {
  const template = templateFor('broadsheet');
  const g = gridOf(template);
  const fontsFor = (): ReturnType<typeof monoSet> => monoSet();
  const story: StoryContent = { kind: 'article', kicker: '', headline: '', subhead: '', byline: '', dateline: '', section: '', body: Array.from({ length: 40 }, () => ({ type: 'paragraph' as const, text: han(300) })) };
  const body = (id: number, col: number): Frame => ({ id, pageId: 1, storyId: 7, role: 'body', x: g.columnX(col), y: g.lineY(20), w: g.columnWidth, h: 100 * g.pitch, chain: id, props: {} });
  const bodies = [body(1, 0), body(2, 1), body(3, 2)];
  // Two columns wide, lines 40 … 70 (caption included), across columns 1 and 2.
  const image: Frame = { id: 9, pageId: 1, storyId: null, role: 'image', x: g.columnX(1), y: g.lineY(40), w: g.spanWidth(2), h: 30 * g.pitch, chain: 0, props: { imageId: 5, caption: '图为测试图片', credit: '本报记者 某某 摄' } };
  const input = (withImage: boolean): PageInput => ({
    page: { id: 1, issueId: 1, number: 1, name: '要闻', template: 'broadsheet', editor: '', designer: '', proofreader: '' },
    template,
    issue: { date: '2025-01-04', number: 1, totalNumber: 1, paperName: '测试报', publisher: '', cnNumber: '', pageCount: 1 },
    frames: withImage ? [...bodies, image] : bodies,
    stories: new Map([[7, story]]),
    threads: new Map([[7, bodies.map((frame) => ({ frame, pageNumber: 1, ...(withImage ? { wraps: [image] } : {}) }))]]),
    images: new Map([[5, { width: 1600, height: 1200 }]]),
  });
  const linesOf = (items: ReturnType<typeof composePage>['items'], frameId: number): TextItem[] => items.filter((i): i is TextItem => i.kind === 'text' && i.frameId === frameId);

  it('skips the overlapped grid lines in the covered columns only, and no glyph lands inside the picture', () => {
    const plain = composePage(input(false), fontsFor);
    const wrapped = composePage(input(true), fontsFor);
    const rect = { x: mmToPt(image.x), y: mmToPt(image.y), w: mmToPt(image.w), h: mmToPt(image.h) };
    const size = template.bodySize;
    for (const t of linesOf(wrapped.items, 2).concat(linesOf(wrapped.items, 3))) {
      // A glyph occupies [x, x + size] × [baseline − size, baseline]: outside the picture's frame.
      const insideY = t.y > rect.y + 0.5 && t.y - size < rect.y + rect.h - 0.5;
      const insideX = t.x.some((x) => x + size > rect.x + 0.5 && x < rect.x + rect.w - 0.5);
      expect(insideY && insideX, `line at ${t.y}`).toBe(false);
    }
    // The first column is not overlapped: identical lines; the covered columns lose the picture's
    // 30 lines and the line touching it above and below.
    expect(linesOf(wrapped.items, 1).map((t) => t.y)).toEqual(linesOf(plain.items, 1).map((t) => t.y));
    const baselines = (items: TextItem[]): number => new Set(items.map((t) => t.y)).size;
    expect(baselines(linesOf(plain.items, 2)) - baselines(linesOf(wrapped.items, 2))).toBe(32);
    expect(baselines(linesOf(plain.items, 3)) - baselines(linesOf(wrapped.items, 3))).toBe(32);
    // Lines below the picture stay on the page grid.
    const below = linesOf(wrapped.items, 2).filter((t) => t.y > rect.y + rect.h);
    expect(below.length).toBeGreaterThan(0);
    const firstPlain = linesOf(plain.items, 2)[0]!.y;
    for (const t of below) expect(((t.y - firstPlain) / template.bodyLeading) % 1).toBeCloseTo(0, 6);
    // The overset grows by the lines the picture took.
    const over = (l: ReturnType<typeof composePage>): number => l.frames.find((f) => f.id === 3)!.overset!.lines;
    expect(over(wrapped) - over(plain)).toBe(64);
  });

  it('draws the picture clipped to the area above its caption and sets caption and credit beneath it', () => {
    const page = composePage(input(true), fontsFor);
    const img = page.items.find((i) => i.kind === 'image')!;
    expect(img.kind === 'image' && img.clip).toBeTruthy();
    if (img.kind !== 'image' || !img.clip) return;
    // 'fill' (the default): the 4:3 picture covers the clip area, centred.
    expect(img.w).toBeGreaterThanOrEqual(img.clip.w - 0.001);
    expect(img.h).toBeGreaterThanOrEqual(img.clip.h - 0.001);
    const caption = linesOf(page.items, 9);
    expect(caption.map((t) => t.text).join('')).toBe('图为测试图片本报记者 某某 摄');
    for (const t of caption) expect(t.y).toBeGreaterThan(img.clip.y + img.clip.h);
    const box = page.frames.find((f) => f.id === 9)!;
    expect(box.ppi).toBe(Math.round(Math.min(1600 / (img.w / 72), 1200 / (img.h / 72))));
  });
});
