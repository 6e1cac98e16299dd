// How an item's kind sets it by default: 简讯 heads at the 'brief' rank, 图片说明 copy in the
// caption style, 通知 framed like a box with its copy as paragraphs and its signature at the right.
import { describe, expect, it } from 'vitest';
import { signatureCount } from '../../../shared/layout/box-frame';
import { bodyStyleOf, composePage, storyBlocks, type PageInput } from '../../../shared/layout/compose-page';
import { resolveTiers } from '../../../shared/layout/headline-house';
import { defaultRank, setsAsBox } from '../../../shared/layout/kind-defaults';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { mmToPt, type TextItem } from '../../../shared/model/display-list';
import type { Frame } from '../../../shared/model/layout';
import { STORY_KINDS, type StoryContent, type StoryKind } from '../../../shared/model/story';
import { FONT_SANS, STYLES } from '../../../shared/typeset';
import { monoSet } from '../typeset/fixtures';

const template = templateFor('broadsheet');
const g = gridOf(template);
const content = (kind: StoryKind, body: string[], extra: Partial<StoryContent> = {}): StoryContent => ({
  kind, kicker: '', headline: '标题', subhead: '', byline: '', dateline: '', section: '', body: body.map((text) => ({ type: 'paragraph' as const, text })), ...extra,
});

describe('defaults by kind', () => {
  it('a 简讯 takes the brief rank unless its frame is given another; other kinds the 次条 rank', () => {
    expect(STORY_KINDS.filter((k) => defaultRank(k) === 'brief')).toEqual(['brief']);
    expect(resolveTiers({}, 'brief', template)).toEqual(resolveTiers({ headlineRank: 'brief' }, 'article', template));
    expect(resolveTiers({}, 'brief', template).main.size!).toBeLessThan(resolveTiers({}, 'article', template).main.size!);
    expect(resolveTiers({ headlineRank: 'lead' }, 'brief', template)).toEqual(resolveTiers({ headlineRank: 'lead' }, 'article', template));
    expect(resolveTiers({}, 'notice', template)).toEqual(resolveTiers({}, 'article', template));
  });

  it('a 图片说明 is set in the caption style on the body grid, without the paragraph indent; a story in the body style', () => {
    const body = bodyStyleOf(template);
    const [caption] = storyBlocks(content('caption', ['4月6日，果农利用滴灌设施为苹果园浇水。（王亚楠 摄）']), body);
    expect(caption?.style).toMatchObject({ id: STYLES.caption.id, fonts: [FONT_SANS], leading: body.leading, indent: 0 });
    const [story] = storyBlocks(content('article', ['正文。']), body);
    expect(story?.style).toBe(body);
  });

  it('box and notice are placed framed; the other kinds as a headline over body columns', () => {
    expect(STORY_KINDS.filter(setsAsBox)).toEqual(['box', 'notice']);
  });

  it('finds a notice’s signature: the short unpunctuated closing lines, not a 服务热线 line and never the whole text', () => {
    expect(signatureCount(['因检修需要，定于5月10日停电。', '服务热线：95598', '国网某某县供电公司', '2026年5月7日'])).toBe(2);
    expect(signatureCount(['因检修需要，定于5月10日停电。', '服务热线：95598'])).toBe(0);
    expect(signatureCount(['富强 民主', '文明 和谐'])).toBe(0);
  });

  it('a 通知 in a box frame keeps its copy as left-started paragraphs and sets the issuer and date at the right', () => {
    const frame: Frame = { id: 1, pageId: 1, storyId: 7, role: 'box', x: g.columnX(0), y: g.lineY(40), w: g.spanWidth(3), h: 20 * g.pitch, chain: 0, props: {} };
    const lines = ['因电网设备检修需要，我公司定于2026年5月10日对下列线路停电检修，恢复送电时间以实际为准。', '某某县供电公司', '2026年5月7日'];
    const set = (kind: StoryKind): TextItem[] => {
      const input: PageInput = {
        page: { id: 1, issueId: 1, number: 1, name: '综合', template: 'broadsheet', editor: '', designer: '', proofreader: '' },
        template,
        issue: { date: '2026-05-08', number: 1, totalNumber: 1, paperName: '测试报', publisher: '', cnNumber: '', pageCount: 2 },
        frames: [frame],
        stories: new Map([[7, content(kind, lines, { headline: '停电通知' })]]),
        threads: new Map(),
      };
      return composePage(input, () => monoSet()).items.filter((i): i is TextItem => i.kind === 'text');
    };
    const right = mmToPt(frame.x + frame.w);
    const left = mmToPt(frame.x);
    const notice = set('notice');
    const date = notice.find((i) => i.text.includes('2026年5月7日'))!;
    const first = notice.find((i) => i.text.startsWith('因电网'))!;
    // The date ends at the inset on the right; the copy starts near the left (after its two-character indent).
    expect(right - Math.max(...date.x)).toBeLessThan(template.bodySize * 3);
    expect(first.x[0]! - left).toBeLessThan(template.bodySize * 4);
    // As a slogan box, the same short date line would be centred instead.
    const boxed = set('box').find((i) => i.text.includes('2026年5月7日'))!;
    const centre = (Math.min(...boxed.x) + Math.max(...boxed.x) + template.bodySize) / 2;
    expect(Math.abs(centre - (left + right) / 2)).toBeLessThan(template.bodySize * 2);
    expect(Math.max(...date.x)).toBeGreaterThan(Math.max(...boxed.x) + template.bodySize);
  });
});
