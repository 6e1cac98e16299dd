import { describe, expect, it } from 'vitest';
import { composePage, type PageInput } from '../../../shared/layout/compose-page';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { mmToPt, type DisplayItem, type TextItem } from '../../../shared/model/display-list';
import type { Frame, FrameProps } from '../../../shared/model/layout';
import { FramePropsSchema } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { monoSet } from '../typeset/fixtures';

const template = templateFor('broadsheet');
const g = gridOf(template);
const story: StoryContent = {
  kind: 'box', kicker: '', headline: '社会主义核心价值观', subhead: '', byline: '永康市融媒体中心 宣', dateline: '', section: '',
  body: [{ type: 'paragraph', text: '富强 民主 文明 和谐' }, { type: 'paragraph', text: '自由 平等 公正 法治' }],
};
const frame = (props: FrameProps): Frame => ({ id: 1, pageId: 1, storyId: 7, role: 'box', x: g.columnX(4), y: g.lineY(40), w: g.spanWidth(4), h: 16 * g.pitch, chain: 0, props });
function items(props: FrameProps): DisplayItem[] {
  const input: PageInput = {
    page: { id: 1, issueId: 1, number: 1, name: '要闻', template: 'broadsheet', editor: '', designer: '', proofreader: '' },
    template,
    issue: { date: '2025-01-04', number: 1, totalNumber: 1, paperName: '测试报', publisher: '', cnNumber: '', pageCount: 1 },
    frames: [frame(props)],
    stories: new Map([[7, story]]),
    threads: new Map(),
  };
  return composePage(input, () => monoSet()).items;
}
const texts = (list: DisplayItem[]): TextItem[] => list.filter((i): i is TextItem => i.kind === 'text');

describe('boxes (框稿): 花边, 底纹, title, inset, credit line', () => {
  it('keeps the credit line at the foot on the right, inside the box', () => {
    const list = items({});
    const credit = texts(list).find((i) => i.text.includes('永康市融媒体中心'))!;
    const f = frame({});
    const bottom = mmToPt(f.y + f.h);
    const right = mmToPt(f.x + f.w);
    expect(credit.y).toBeGreaterThan(Math.max(...texts(list).filter((i) => i !== credit && !i.text.includes('宣')).map((i) => i.y)));
    expect(credit.y).toBeLessThan(bottom);
    expect(Math.max(...credit.x)).toBeLessThan(right);
    expect(Math.max(...credit.x)).toBeGreaterThan(right - mmToPt(f.w) / 2);
  });

  it('draws each 花边 differently, a 底纹 as a CMYK fill under everything, and no frame at all for none', () => {
    const shape = (p: FrameProps): string => items(p).filter((i) => i.kind !== 'text').map((i) => (i.kind === 'rect' ? `rect:${i.strokeWidth ?? 'fill'}` : i.kind === 'rule' ? `rule:${i.style}` : i.kind)).join(' ');
    expect(shape({})).toBe('rect:1 rect:0.3');
    expect(shape({ boxStyle: 'single' })).toBe('rect:0.75');
    expect(shape({ boxStyle: 'thick-thin' })).toBe('rect:2 rect:0.4');
    expect(shape({ boxStyle: 'dashed' })).toBe('rule:dashed rule:dashed rule:dashed rule:dashed');
    expect(shape({ boxStyle: 'none' })).toBe('');
    const tinted = items({ tint: [0, 0.05, 0.2, 0] });
    expect(tinted[0]).toMatchObject({ kind: 'rect', fill: { cmyk: [0, 0.05, 0.2, 0] } });
  });

  it('uses the frame’s own title and inset', () => {
    const list = texts(items({ boxTitle: '二十四字', inset: 10 }));
    expect(list.map((i) => i.text).join('')).toContain('二十四字');
    expect(list.map((i) => i.text).join('')).not.toContain('社会主义核心价值观');
    const f = frame({});
    for (const i of list) expect(Math.min(...i.x)).toBeGreaterThanOrEqual(mmToPt(f.x + 10) - 0.01);
  });

  it('refuses a tint outside 0–1 or an unknown 花边', () => {
    expect(FramePropsSchema.safeParse({ tint: [0, 0, 1.5, 0] }).success).toBe(false);
    expect(FramePropsSchema.safeParse({ boxStyle: 'wavy' }).success).toBe(false);
  });
});
