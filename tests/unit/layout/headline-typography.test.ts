import { describe, expect, it } from 'vitest';
import { composePage, headlineRows, type PageInput } from '../../../shared/layout/compose-page';
import { resolveTiers } from '../../../shared/layout/headline-house';
import { balancedBreaks, splitAt } from '../../../shared/layout/headline-lines';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { mmToPt, type TextItem } from '../../../shared/model/display-list';
import type { Frame, FrameProps } from '../../../shared/model/layout';
import { FramePropsSchema } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { monoSet } from '../typeset/fixtures';

const template = templateFor('broadsheet');
const g = gridOf(template);
const story: StoryContent = {
  kind: 'article', kicker: '全会精神进基层', headline: '绘蓝图 明任务 聚共识 擂战鼓', subhead: '市委经济工作会议侧记', byline: '', dateline: '', section: '', body: [{ type: 'paragraph', text: '正文。' }],
};

/** The text items of one headline frame of width `cols` columns with these props. */
function headline(props: FrameProps, cols = 8, content: StoryContent = story): TextItem[] {
  const frame: Frame = { id: 1, pageId: 1, storyId: 7, role: 'headline', x: g.columnX(0), y: g.lineY(10), w: g.spanWidth(cols), h: 40 * g.pitch, chain: 0, props };
  const input: PageInput = {
    page: { id: 1, issueId: 1, number: 1, name: '要闻', template: 'broadsheet', editor: '', designer: '', proofreader: '' },
    template,
    issue: { date: '2025-01-04', number: 1, totalNumber: 1, paperName: '测试报', publisher: '', cnNumber: '', pageCount: 2 },
    frames: [frame],
    stories: new Map([[7, content]]),
    threads: new Map(),
  };
  return composePage(input, () => monoSet()).items.filter((i): i is TextItem => i.kind === 'text' && i.frameId === 1);
}
const mainItems = (items: TextItem[]): TextItem[] => items.filter((i) => /[绘明聚擂]/.test(i.text));

describe('headline typography per tier', () => {
  it('gives the lead rank a 主题 over 1.5 times a secondary one, and 评论员 articles their 黑体 house style', () => {
    const lead = resolveTiers({ headlineRank: 'lead' }, 'article', template);
    const second = resolveTiers({}, 'article', template);
    const comment = resolveTiers({}, 'commentary', template);
    expect(lead.main.size! / second.main.size!).toBeGreaterThanOrEqual(1.5);
    expect(lead.main.size! / comment.main.size!).toBeGreaterThanOrEqual(1.5);
    expect(comment.main.family).toBe('hei');
    expect(second.main.family).toBe('song');
  });

  it('sets the 主题 at the size the frame asks for, not fitted (the old 主题字号 changed nothing)', () => {
    const at36 = mainItems(headline({ headline: { main: { size: 36 } } }));
    const at72 = mainItems(headline({ headline: { main: { size: 72 } } }));
    expect(new Set(at36.map((i) => i.size))).toEqual(new Set([36]));
    expect(new Set(at72.map((i) => i.size))).toEqual(new Set([72]));
    expect(at36.every((i) => i.scaleX === 1)).toBe(true);
  });

  it('fits to the width within limits only while no size is set', () => {
    const fit = { minSize: 18, maxSize: 60, minScaleX: 0.9, maxScaleX: 1.1 };
    const fitted = mainItems(headline({ headline: { main: { fit } } }))[0]!;
    expect(fitted.size).toBeGreaterThan(42);
    expect(fitted.size).toBeLessThanOrEqual(60);
    const pinned = mainItems(headline({ headline: { main: { fit, size: 30 } } }))[0]!;
    expect(pinned.size).toBe(30);
  });

  it('applies 长/扁, tracking and alignment', () => {
    const flat = mainItems(headline({ headline: { main: { size: 30, scaleX: 1.2 } } }));
    expect(flat.every((i) => i.scaleX === 1.2)).toBe(true);
    const plain = mainItems(headline({ headline: { main: { size: 30, align: 'start' } } }))[0]!;
    const tracked = mainItems(headline({ headline: { main: { size: 30, align: 'start', tracking: 0.25 } } }))[0]!;
    // Left-aligned at the frame's edge; each glyph further right by a quarter em per glyph before it.
    expect(plain.x[0]).toBeCloseTo(mmToPt(g.columnX(0)), 2);
    expect(tracked.x[0]).toBeCloseTo(plain.x[0]!, 2);
    expect(tracked.x[2]! - tracked.x[1]!).toBeCloseTo(plain.x[2]! - plain.x[1]! + 7.5, 2);
    const right = mainItems(headline({ headline: { main: { size: 30, align: 'end' } } }));
    const lastX = Math.max(...right.flatMap((i) => i.x));
    expect(lastX + 30).toBeCloseTo(mmToPt(g.columnX(0) + g.spanWidth(8)), 0);
  });

  it('breaks the 主题 into the lines asked for, at its spaces, or at manual breaks', () => {
    const two = mainItems(headline({ headline: { main: { size: 30, lines: 2 } } }));
    const baselines = [...new Set(two.map((i) => i.y))];
    expect(baselines).toHaveLength(2);
    expect(two.filter((i) => i.y === baselines[0]).map((i) => i.text).join('').replace(/\s/g, '')).toBe('绘蓝图明任务');
    const manual = mainItems(headline({ headline: { main: { size: 30, breaks: [3] } } }));
    expect([...new Set(manual.map((i) => i.y))]).toHaveLength(2);
    expect(manual.filter((i) => i.y === Math.min(...manual.map((m) => m.y))).map((i) => i.text).join('')).toBe('绘蓝图');
  });

  it('balances breaks on even character counts when the text has no spaces', () => {
    expect(balancedBreaks('推动职业教育发展培养高技能人才', 2)).toEqual([7]);
    expect(splitAt('绘蓝图 明任务 聚共识 擂战鼓', balancedBreaks('绘蓝图 明任务 聚共识 擂战鼓', 2))).toEqual(['绘蓝图 明任务', '聚共识 擂战鼓']);
    expect(balancedBreaks('一二三', 1)).toEqual([]);
  });

  it('sizes a headline frame to its content: a larger 主题 takes more grid lines, a small one fewer', () => {
    const small = headlineRows(story, g.spanWidth(8), { headline: { main: { size: 18 } } }, template, () => monoSet());
    const large = headlineRows(story, g.spanWidth(8), { headline: { main: { size: 42 } } }, template, () => monoSet());
    expect(large).toBeGreaterThan(small);
    // 引题 + 主题 + 副题 of the large one: their leadings plus at most one and a half lines of air.
    const content = 14 * 1.35 + 42 * 1.2 + 14 * 1.35;
    expect(large * template.bodyLeading).toBeLessThanOrEqual(content + 1.5 * template.bodyLeading + 1);
  });

  it('heads a continuation with the 转版标题 only', () => {
    const items = headline({ continuation: true, jumpTitle: '聚共识 擂战鼓' }, 4);
    expect(items.map((i) => i.text).join('')).toBe('聚共识 擂战鼓');
    const fallback = headline({ continuation: true }, 4);
    expect(fallback.map((i) => i.text).join('')).toBe('绘蓝图 明任务 聚共识 擂战鼓');
  });

  it('refuses typography out of range with the reason', () => {
    expect(FramePropsSchema.safeParse({ headline: { main: { scaleX: 1.5 } } }).success).toBe(false);
    expect(FramePropsSchema.safeParse({ headline: { main: { fit: { minSize: 40, maxSize: 20, minScaleX: 1, maxScaleX: 1 } } } }).success).toBe(false);
    expect(FramePropsSchema.safeParse({ headline: { main: { size: 36, scaleX: 0.8, tracking: 0.1, lines: 2, align: 'distribute' } }, headlineRank: 'lead' }).success).toBe(true);
  });
});
