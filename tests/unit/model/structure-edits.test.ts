import { describe, expect, it } from 'vitest';
import {
  StructureEditError,
  StructureEditsSchema,
  applyStructureEdits,
  itemFields,
  lineIds,
  structureFromStories,
  type ItemFields,
  type StructureEdit,
} from '../../../shared/model/structure-edits';

const story = (over: Partial<ItemFields>): ItemFields => ({ kind: 'article', kicker: '', headline: '', subhead: '', byline: '', dateline: '', body: [], ...over });

// A page the importer got wrong: the 据悉 paragraph became its own item, the kicker was read as the headline.
const PAGE: ItemFields[] = [
  story({ headline: '乡村振兴进行时', subhead: '全县春耕生产全面铺开', byline: '记者 张三', dateline: '本报讯（记者 张三）', body: ['3月5日，全县春耕生产全面铺开。', '县农业农村局组织技术人员下田指导。'] }),
  story({ body: ['据悉，今年全县计划播种粮食作物42万亩。'] }),
  story({ kind: 'box', headline: '文明城市 人人共建', body: ['某某县文明办'] }),
];

const idOf = (items: ReturnType<typeof structureFromStories>, text: string): string => {
  const l = items.flatMap((i) => i.lines).find((x) => x.text === text);
  if (!l) throw new Error(`no line ${text}`);
  return l.id;
};

describe('structure edits', () => {
  const base = structureFromStories(PAGE);

  it('gives every story back unchanged when there is no edit', () => {
    expect(applyStructureEdits(base, []).map(itemFields)).toEqual(PAGE);
    expect(base[0]?.lines.map((l) => l.role)).toEqual(['headline', 'subhead', 'byline', 'dateline', 'body', 'body']);
  });

  it('merge: the item starting at a line joins the previous one, keeping that one’s kind', () => {
    const out = applyStructureEdits(base, [{ op: 'merge', line: idOf(base, '据悉，今年全县计划播种粮食作物42万亩。') }]).map(itemFields);
    expect(out).toHaveLength(2);
    expect(out[0]?.body).toEqual(['3月5日，全县春耕生产全面铺开。', '县农业农村局组织技术人员下田指导。', '据悉，今年全县计划播种粮食作物42万亩。']);
    expect(out[0]?.kind).toBe('article');
    expect(out[1]?.headline).toBe('文明城市 人人共建');
  });

  it('split: a new item starts at the line, the kind carried over', () => {
    const out = applyStructureEdits(base, [{ op: 'split', line: idOf(base, '县农业农村局组织技术人员下田指导。') }]).map(itemFields);
    expect(out).toHaveLength(4);
    expect(out[0]?.body).toEqual(['3月5日，全县春耕生产全面铺开。']);
    expect(out[1]).toEqual(story({ body: ['县农业农村局组织技术人员下田指导。'] }));
  });

  it('role: a line takes a role, and the fields follow (引题 above the 主题, a body line as 主题)', () => {
    const edits: StructureEdit[] = [
      { op: 'role', line: idOf(base, '乡村振兴进行时'), role: 'kicker' },
      { op: 'role', line: idOf(base, '全县春耕生产全面铺开'), role: 'headline' },
    ];
    const out = applyStructureEdits(base, edits).map(itemFields);
    expect(out[0]).toMatchObject({ kicker: '乡村振兴进行时', headline: '全县春耕生产全面铺开', subhead: '' });
    // Every role: 图片说明 and 落款 stay in the copy, in place.
    const roles = applyStructureEdits(base, [
      { op: 'role', line: idOf(base, '3月5日，全县春耕生产全面铺开。'), role: 'caption' },
      { op: 'role', line: idOf(base, '某某县文明办'), role: 'signature' },
      { op: 'role', line: idOf(base, '记者 张三'), role: 'body' },
    ]);
    expect(roles[0]?.lines.map((l) => l.role)).toEqual(['headline', 'subhead', 'body', 'dateline', 'caption', 'body']);
    expect(itemFields(roles[0]!)).toMatchObject({ byline: '', body: ['记者 张三', '3月5日，全县春耕生产全面铺开。', '县农业农村局组织技术人员下田指导。'] });
    expect(itemFields(roles[2]!).body).toEqual(['某某县文明办']);
  });

  it('kind: the item holding the line changes kind', () => {
    const out = applyStructureEdits(base, [{ op: 'kind', line: idOf(base, '某某县文明办'), kind: 'commentary' }]);
    expect(out.map((i) => i.kind)).toEqual(['article', 'article', 'commentary']);
  });

  it('two 主题 lines are one title printed over two lines', () => {
    const two = structureFromStories([story({ headline: '全市制造业', body: ['高质量发展大会召开', '正文一段。'] })]);
    const out = applyStructureEdits(two, [{ op: 'role', line: idOf(two, '高质量发展大会召开'), role: 'headline' }]);
    expect(itemFields(out[0]!)).toMatchObject({ headline: '全市制造业高质量发展大会召开', body: ['正文一段。'] });
  });

  it('applies edits in order, each on the result of the ones before', () => {
    const line = idOf(base, '县农业农村局组织技术人员下田指导。');
    // Split, then make the new item a commentary, then merge it back: the kind of the first item wins.
    const out = applyStructureEdits(base, [
      { op: 'split', line },
      { op: 'kind', line, kind: 'commentary' },
    ]);
    expect(out.map((i) => i.kind)).toEqual(['article', 'commentary', 'article', 'box']);
    const back = applyStructureEdits(base, [{ op: 'split', line }, { op: 'kind', line, kind: 'commentary' }, { op: 'merge', line }]);
    expect(back.map(itemFields)).toEqual(PAGE);
    // The same edits in the other order fail: before the split the line does not start an item.
    expect(() => applyStructureEdits(base, [{ op: 'merge', line }, { op: 'split', line }])).toThrow(StructureEditError);
  });

  it('rejects an edit that does not fit, naming it, in both languages', () => {
    const first = idOf(base, '乡村振兴进行时');
    const cases: Array<[StructureEdit[], RegExp]> = [
      [[{ op: 'merge', line: first }], /第 1 项结构修改无效：第一篇稿件之前没有可以合并的稿件/],
      [[{ op: 'kind', line: first, kind: 'box' }, { op: 'merge', line: idOf(base, '记者 张三') }], /第 2 项结构修改无效：只能把一篇稿件的第一行与上一篇合并/],
      [[{ op: 'split', line: first }], /这一行已是一篇稿件的开头/],
      [[{ op: 'role', line: '不存在的行', role: 'body' }], /找不到行“不存在的行”/],
    ];
    for (const [edits, zh] of cases) {
      let err: unknown;
      try {
        applyStructureEdits(base, edits);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(StructureEditError);
      expect((err as StructureEditError).zh).toMatch(zh);
      expect((err as StructureEditError).en.length).toBeGreaterThan(10);
      expect((err as StructureEditError).index).toBe(edits.length - 1);
    }
  });

  it('rejects malformed edits at the schema', () => {
    expect(StructureEditsSchema.safeParse([{ op: 'merge', line: 'x' }]).success).toBe(true);
    for (const bad of [[{ op: 'glue', line: 'x' }], [{ op: 'role', line: 'x', role: 'title' }], [{ op: 'kind', line: 'x', kind: 'poem' }], [{ op: 'merge', line: '' }], [{ op: 'merge', line: 'x', extra: 1 }], [{ op: 'split' }]]) {
      expect(StructureEditsSchema.safeParse(bad).success).toBe(false);
    }
    expect(StructureEditsSchema.safeParse(Array.from({ length: 2001 }, () => ({ op: 'merge', line: 'x' }))).success).toBe(false);
  });

  it('never cuts a surrogate pair: 𠮷 lines keep whole code points in their ids and texts', () => {
    const jiLine = '𠮷'.repeat(20);
    const ids = lineIds([jiLine, `${jiLine}。`, '𠮷野家']);
    expect(ids[0]).toBe('𠮷'.repeat(12));
    expect(ids[1]).toBe(`${'𠮷'.repeat(12)}#2`);
    for (const id of ids) expect(id).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const s = structureFromStories([story({ headline: '𠮷野家开业', body: ['𠮷祥如意，𠮷日开张。', '𠮷野家位于城关镇。'] })]);
    const out = applyStructureEdits(s, [{ op: 'split', line: idOf(s, '𠮷野家位于城关镇。') }, { op: 'role', line: idOf(s, '𠮷野家位于城关镇。'), role: 'headline' }]).map(itemFields);
    expect(out).toEqual([story({ headline: '𠮷野家开业', body: ['𠮷祥如意，𠮷日开张。'] }), story({ headline: '𠮷野家位于城关镇。' })]);
  });

  it('keeps line ids when repairs change punctuation width, spaces or what follows a line start', () => {
    const a = lineIds(['本报讯(记者 张三)3月5日,全县春耕', '据悉,今年全县计划播种粮食']);
    const b = lineIds(['本报讯（记者张三）3月5日，全县春耕生产全面铺开。', '据悉，今年全县计划播种粮食作物']);
    expect(a).toEqual(b);
    // A line broken within its first twelve characters gets another id once rejoined: an edit
    // naming the half is then refused (找不到行), never applied to a different line.
    expect(lineIds(['据悉,今年'])).not.toEqual(lineIds(['据悉，今年全县计划播种粮食作物']));
  });
});
