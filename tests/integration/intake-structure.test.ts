// #18 item 3: the editor fixes the importer's structure in the preview; the core applies the same edits on commit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import type { StructureEdit } from '../../shared/model/structure-edits';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

// A standalone 据悉 line makes the importer start a new story with 据悉 as its 主题.
const PAGE = [
  '乡村振兴进行时',
  '全县春耕生产全面铺开',
  '本报讯(记者 张三)3月5日,全县各乡镇抢抓农时,组织农机手下田作业,确保粮食播种面积稳定。',
  '县农业农村局组织技术人员深入田间地头,指导农户科学施肥、合理密植。',
  '据悉',
  '今年全县计划播种粮食作物42万亩,较上年增加1.5万亩,其中𠮷祥村种植水稻1,200亩。',
  '种粮大户王建国说:“今年的种子和化肥都提前备好了,心里踏实。”',
].join('\n\n');
const source = { paste: { text: PAGE } };

const lineId = (stories: Array<{ lines: Array<{ id: string; text: string }> }>, start: string): string => {
  const l = stories.flatMap((s) => s.lines).find((x) => x.text.startsWith(start));
  if (!l) throw new Error(`no line starting ${start}`);
  return l.id;
};

describe('structure edits through the core', () => {
  it('previews with the edits applied and commits exactly that structure', async () => {
    const before = await t.client.call('import.preview', { source });
    expect(before.stories.map((s) => s.headline)).toEqual(['全县春耕生产全面铺开', '据悉']);
    expect(before.stories[0]!.lines.map((l) => l.role)).toEqual(['kicker', 'headline', 'byline', 'dateline', 'body', 'body']);

    const edits: StructureEdit[] = [
      { op: 'merge', line: lineId(before.stories, '据悉') },
      { op: 'role', line: lineId(before.stories, '据悉'), role: 'body' },
    ];
    const after = await t.client.call('import.preview', { source, structureEdits: edits });
    expect(after.stories).toHaveLength(1);
    const s = after.stories[0]!;
    expect(s).toMatchObject({ kicker: '乡村振兴进行时', headline: '全县春耕生产全面铺开', byline: '记者 张三', dateline: '本报讯（记者 张三）' });
    expect(s.body).toHaveLength(5);
    expect(s.body[2]).toBe('据悉');
    expect(s.body[3]).toBe('今年全县计划播种粮食作物42万亩，较上年增加1.5万亩，其中𠮷祥村种植水稻1,200亩。');
    // The second story's repairs moved with its lines: nothing is lost from the list.
    expect(s.repairs.length).toBe(before.stories.reduce((n, x) => n + x.repairs.length, 0));
    expect((await t.client.call('stories.list', {})).total).toBe(0);

    const r = await t.client.call('import.commit', { source, structureEdits: edits, section: '要闻' });
    expect(r.stories).toHaveLength(1);
    const stored = await t.client.call('stories.get', { id: r.stories[0]!.id });
    expect(stored.content).toMatchObject({ kind: 'article', kicker: '乡村振兴进行时', headline: '全县春耕生产全面铺开', subhead: '', section: '要闻' });
    expect(stored.content.body.map((b) => b.text)).toEqual(s.body);
  });

  it('a kind change and a split are stored as made; the line ids survive rejected repairs', async () => {
    const before = await t.client.call('import.preview', { source });
    const rejoinOrPunct = before.stories.flatMap((x) => x.repairs.map((r) => r.id));
    const edits: StructureEdit[] = [
      { op: 'split', line: lineId(before.stories, '县农业农村局') },
      { op: 'kind', line: lineId(before.stories, '县农业农村局'), kind: 'box' },
    ];
    // Every repair rejected: the ASCII punctuation stays, yet the lines are found by the same ids.
    const r = await t.client.call('import.commit', { source, structureEdits: edits, rejectedRepairIds: rejoinOrPunct });
    expect(r.stories.map((x) => x.kind)).toEqual(['article', 'box', 'article']);
    const box = await t.client.call('stories.get', { id: r.stories[1]!.id });
    expect(box.content.body.map((b) => b.text)).toEqual(['县农业农村局组织技术人员深入田间地头,指导农户科学施肥、合理密植。']);
  });

  it('refuses an edit that does not fit with a clear message and stores nothing', async () => {
    const before = await t.client.call('import.preview', { source });
    const bad: StructureEdit[] = [
      { op: 'role', line: lineId(before.stories, '据悉'), role: 'body' },
      { op: 'merge', line: lineId(before.stories, '乡村振兴进行时') },
    ];
    for (const method of ['import.preview', 'import.commit'] as const) {
      const err = await t.client.call(method, { source, structureEdits: bad }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiCallError);
      expect((err as ApiCallError).error.code).toBe('IMPORT_FAILED');
      expect((err as ApiCallError).error.messageZh).toContain('第 2 项结构修改无效：第一篇稿件之前没有可以合并的稿件');
    }
    // A malformed edit never reaches the service: the contract refuses it.
    const malformed = await t.client.call('import.commit', { source, structureEdits: [{ op: 'glue', line: 'x' }] as unknown as StructureEdit[] }).catch((e: unknown) => e);
    expect((malformed as ApiCallError).error.code).toBe('VALIDATION');
    // A 主题 longer than a 主题 may be: refused before anything is stored.
    const long = 'x'.repeat(201);
    const longPage = { paste: { text: `短标题\n\n${long}。\n\n正文第二段，内容完整。` } };
    const lp = await t.client.call('import.preview', { source: longPage });
    const tooLong = await t.client
      .call('import.commit', { source: longPage, structureEdits: [{ op: 'role', line: lineId(lp.stories, 'xxxx'), role: 'headline' }] })
      .catch((e: unknown) => e);
    expect((tooLong as ApiCallError).error.code).toBe('IMPORT_FAILED');
    expect((tooLong as ApiCallError).error.messageZh).toContain('主题超出长度限制');
    expect((await t.client.call('stories.list', {})).total).toBe(0);
  });
});
