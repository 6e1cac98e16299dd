import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = resolve(__dirname, '../../../shared/seed/000_482dc2148900315e.txt');
const seedFile = () => ({ file: { name: '000_482dc2148900315e.txt', dataBase64: readFileSync(SEED).toString('base64') } });

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

describe('intake through the core', () => {
  it('previews the seed page as four stories with reviewable repairs and stores nothing', async () => {
    const p = await t.client.call('import.preview', { source: seedFile() });
    expect(p.stories.map((s) => [s.kind, s.kicker, s.headline, s.subhead, s.byline])).toEqual([
      ['article', '', '绘蓝图 明任务 聚共识 擂战鼓', '市委市政府全会暨市委经济工作会议侧记', '融媒记者 李梦楚'],
      ['commentary', '', '把握四方面认识 推动高质量发展', '一论贯彻落实市委市政府全会暨市委经济工作会议精神', '融媒评论员'],
      ['article', '金华市人大代表永康中心组第二小组开展会前视察活动', '推动职业教育发展 培养高技能人才', '', '融媒记者 徐婷婷'],
      ['box', '', '社会主义核心价值观', '', ''],
    ]);
    const kinds = new Set(p.stories.flatMap((s) => s.repairs.map((r) => r.kind)));
    expect(kinds).toEqual(new Set(['split-headline', 'rejoin-paragraph', 'fullwidth-punct', 'normalize-dateline', 'strip-artifact', 'collapse-space']));
    const body = p.stories[0]!.body.join('\n');
    expect(body).toContain('是高质量发展建设共同富裕示范区取得明显实质性进展的关键之年');
    expect(body).toContain('1月3日下午，市委十五届七次全体（扩大）会议');
    expect(body).toContain('增长8.7%、'); // 8.7% untouched
    expect((await t.client.call('stories.list', {})).total).toBe(0);
  });

  it('commits with the repairs the user kept, all stories in one transaction, and finds them', async () => {
    const preview = await t.client.call('import.preview', { source: seedFile() });
    const punct = preview.stories[0]!.repairs.find((r) => r.kind === 'fullwidth-punct' && r.before.includes('几何?'))!;
    const r = await t.client.call('import.commit', { source: seedFile(), rejectedRepairIds: [punct.id], section: '要闻' });
    expect(r.stories).toHaveLength(4);
    expect(r.stories.every((s) => s.section === '要闻' && s.revision === 1)).toBe(true);
    const first = await t.client.call('stories.get', { id: r.stories[0]!.id });
    expect(first.content.body[0]!.text).toContain('2024年成绩单亮点几何?2025年'); // the rejected fix was not applied (the typed spaces were removed)
    expect((await t.client.call('stories.search', { query: '芝英镇' })).items.map((h) => h.story.id)).toEqual([r.stories[0]!.id]);
    expect((await t.client.call('stories.search', { query: '技师' })).items.map((h) => h.story.id)).toEqual([r.stories[2]!.id]);
  });

  it('a rejected fix stays rejected when the editor also rejects the space removals and rejoins that shift the text', async () => {
    const preview = await t.client.call('import.preview', { source: seedFile() });
    const all = preview.stories.flatMap((s) => s.repairs.map((r) => r.id));
    expect(new Set(all).size).toBe(all.length); // ids are unique
    const r = await t.client.call('import.commit', { source: seedFile(), rejectedRepairIds: all });
    const first = await t.client.call('stories.get', { id: r.stories[0]!.id });
    // Nothing was repaired: the typed spaces and the ASCII marks are as filed.
    expect(first.content.body[0]!.text).toBe('2024年成绩单 亮点几何? 2025年施工图 规划如何? 1月3日下午,市委十五届七次全体(扩大)会议、市政府十八届六次全体会议暨市委经济工作会议召开,总结成绩、剖析问题,绘就蓝图、明确任务,凝聚共识、擂响战鼓。');
    // Rejecting only the space removals keeps every punctuation fix the editor did not touch.
    const spaces = preview.stories[0]!.repairs.filter((x) => x.kind === 'collapse-space').map((x) => x.id);
    const again = await t.client.call('import.preview', { source: seedFile(), rejectedRepairIds: spaces });
    expect(again.stories[0]!.body[0]).toContain('亮点几何？ 2025年');
    const ids = (v: typeof preview) => v.stories[0]!.repairs.filter((x) => x.kind === 'fullwidth-punct').map((x) => x.id).sort();
    expect(ids(again)).toEqual(ids(preview));
  });

  it.each([
    ['an empty file', 'empty.txt', Buffer.alloc(0), /文件为空/],
    ['a binary renamed .docx', 'fake.docx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]), /Word/],
    ['invalid UTF-8', 'bad.txt', Buffer.concat([Buffer.from('正常的文字'.repeat(50)), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('更多文字')]), /编码/],
  ])('refuses %s with a clear Chinese message and stores nothing', async (_n, name, bytes, zh) => {
    const err = await t.client.call('import.commit', { source: { file: { name, dataBase64: bytes.toString('base64') } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).error.code).toBe('IMPORT_FAILED');
    expect((err as ApiCallError).error.messageZh).toMatch(zh);
    expect((await t.client.call('stories.list', {})).total).toBe(0);
  });

  it('imports a GBK file, converting it', async () => {
    // 中文 = D6 D0 CE C4 in GBK; a headline line then a body sentence.
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3]);
    const r = await t.client.call('import.preview', { source: { file: { name: 'gbk.txt', dataBase64: gbk.toString('base64') } } });
    expect(r.stories.flatMap((s) => [s.headline, ...s.body]).join('')).toContain('中文');
    expect(r.warnings.join('')).toMatch(/GB/);
  });
});
