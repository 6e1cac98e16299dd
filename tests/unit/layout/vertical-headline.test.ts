import { describe, expect, it } from 'vitest';
import { composePage, type PageInput } from '../../../shared/layout/compose-page';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { displayListToSvg } from '../../../shared/render/display-list-svg';
import { mmToPt, type TextItem } from '../../../shared/model/display-list';
import type { Frame } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { monoSet } from '../typeset/fixtures';

describe('竖排 headline frames on a page', () => {
  const template = templateFor('broadsheet');
  const g = gridOf(template);
  const story: StoryContent = { kind: 'article', kicker: '', headline: '奋进2025 共筑五金之都', subhead: '市委经济工作会议侧记', byline: '', dateline: '', section: '', body: [{ type: 'paragraph', text: '正文。' }] };
  const frame: Frame = { id: 1, pageId: 1, storyId: 7, role: 'headline', x: g.columnX(0), y: g.lineY(10), w: 30, h: 150, chain: 0, props: { vertical: true } };
  const input: PageInput = {
    page: { id: 1, issueId: 1, number: 2, name: '综合', template: 'broadsheet', editor: '', designer: '', proofreader: '' },
    template,
    issue: { date: '2025-01-04', number: 1, totalNumber: 1, paperName: '测试报', publisher: '', cnNumber: '', pageCount: 2 },
    frames: [frame],
    stories: new Map([[7, story]]),
    threads: new Map(),
  };
  const list = composePage(input, () => monoSet());
  const items = list.items.filter((i): i is TextItem => i.kind === 'text' && i.frameId === 1);
  const box = { x: mmToPt(frame.x), y: mmToPt(frame.y), w: mmToPt(frame.w), h: mmToPt(frame.h) };

  it('sets the 主题 and the 副题 in columns with a baseline per glyph, every glyph inside the frame', () => {
    expect(items.map((i) => i.text).join('')).toBe('奋进2025 共筑五金之都市委经济工作会议侧记');
    for (const i of items) {
      expect(i.yEach).toHaveLength(Array.from(i.text).length);
      for (const [k, y] of i.yEach!.entries()) {
        expect(i.x[k]!).toBeGreaterThanOrEqual(box.x - 0.01);
        expect(i.x[k]! + i.size).toBeLessThanOrEqual(box.x + box.w + 0.01);
        expect(y).toBeGreaterThan(box.y);
        expect(y).toBeLessThanOrEqual(box.y + box.h + 0.01);
      }
      // Down the column: each glyph below the one before.
      expect(i.yEach!.every((y, k) => k === 0 || y > i.yEach![k - 1]!)).toBe(true);
    }
  });

  it('turns Latin and digits 90° clockwise and keeps ideographs upright (clreq); the 副题 stands left of the 主题', () => {
    const headline = items.find((i) => i.text.includes('2025'))!;
    const rotated = Array.from(headline.text).filter((_, k) => headline.rotate?.[k] === 90).join('');
    expect(rotated).toBe('2025');
    const sub = items.find((i) => i.text.includes('侧记'))!;
    expect(sub.rotate).toBeUndefined();
    expect(Math.max(...sub.x)).toBeLessThan(Math.min(...headline.x));
    expect(sub.size).toBeLessThan(headline.size);
  });

  it('paints the turn in SVG too (per-glyph rotate)', () => {
    expect(displayListToSvg(list, { fontUrl: (id) => id })).toMatch(/<text [^>]*rotate="0 0 90 90 90 90/);
  });

  it('keeps the 副题 inside a short frame too', () => {
    const short = { ...frame, h: 40 };
    const l = composePage({ ...input, frames: [short] }, () => monoSet());
    const bottom = mmToPt(short.y + short.h);
    for (const i of l.items) if (i.kind === 'text' && i.frameId === 1) for (const y of i.yEach!) expect(y).toBeLessThanOrEqual(bottom + 0.01);
  });
});
