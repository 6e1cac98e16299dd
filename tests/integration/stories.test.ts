import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { applySide } from '../../shared/diff/char-diff';
import { content, tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

const body = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));

describe('stories: create, save, revisions, diff', () => {
  it('creates a story with its first revision and counts 字数 by characters', async () => {
    const s = await t.client.call('stories.create', { content: content({ headline: '绘蓝图 明任务', body: body('全会深入贯彻𠮷野家。') }) });
    expect(s.revision).toBe(1);
    // 6 Han in the headline (the space is not counted) + 9 characters and 1 mark in the body; 𠮷 counts once.
    expect(s.charCount).toBe(16);
    const revs = await t.client.call('stories.revisions', { id: s.id });
    expect(revs.map((r) => r.number)).toEqual([1]);
    expect(revs[0]!.authorName).toBe('管理员');
  });

  it('every save is an immutable revision; the diff between two shows exactly the edit', async () => {
    const s = await t.client.call('stories.create', { content: content({ body: body('2024年成绩单亮点几何？', '取得明显实质性进展。') }) });
    const s2 = await t.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ body: body('2024年成绩单亮点几何？', '取得了明显实质性进展。') }) });
    expect(s2.revision).toBe(2);
    const diff = await t.client.call('stories.diff', { id: s.id, from: 1, to: 2 });
    const bodyOps = diff.fields.find((f) => f.field === 'body')!.ops;
    expect(bodyOps.filter((o) => o.op !== 'equal')).toEqual([{ op: 'insert', text: '了' }]);
    expect(applySide(bodyOps, 'old')).toBe('2024年成绩单亮点几何？\n取得明显实质性进展。');
    // The database refuses to alter a revision.
    expect(() => t.core.db.prepare('UPDATE revisions SET note = ? WHERE story_id = ?').run('x', s.id)).toThrow(/immutable/);
  });

  it('a save based on an old revision is refused as CONFLICT and changes nothing', async () => {
    const s = await t.client.call('stories.create', { content: content({ body: body('甲') }) });
    await t.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ body: body('乙') }) });
    const err = await t.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ body: body('丙') }) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).error.code).toBe('CONFLICT');
    expect((await t.client.call('stories.get', { id: s.id })).content.body[0]!.text).toBe('乙');
  });

  it('writes need an acting user, and every change is in the audit log under that user', async () => {
    const other = t.newClient();
    const err = await other.client.call('stories.create', { content: content() }).catch((e: unknown) => e);
    expect((err as ApiCallError).error.code).toBe('NO_USER');
    const s = await t.client.call('stories.create', { content: content({ headline: '审计' }) });
    await t.client.call('stories.setStatus', { id: s.id, status: 'editing' });
    const log = await t.client.call('audit.list', { entity: 'story', entityId: s.id });
    expect(log.map((e) => e.action)).toEqual(['story.status', 'story.create']);
    expect(log.every((e) => e.userName === '管理员')).toBe(true);
  });

  it('only an administrator adds users after the first', async () => {
    const u = await t.client.call('users.create', { name: 'lmc', displayName: '李梦楚', role: 'reporter' });
    const w = t.newClient();
    await w.client.call('session.setUser', { userId: u.id });
    const err = await w.client.call('users.create', { name: 'x', displayName: 'X', role: 'admin' }).catch((e: unknown) => e);
    expect((err as ApiCallError).error.code).toBe('FORBIDDEN');
    expect((err as ApiCallError).error.messageZh).toContain('管理员');
  });
});

describe('stories: 稿库 list and Chinese search', () => {
  beforeEach(async () => {
    await t.client.call('stories.create', { content: content({ headline: '绘蓝图 明任务', section: '要闻', body: body('全会深入贯彻习近平总书记考察浙江重要讲话精神。') }) });
    await t.client.call('stories.create', { content: content({ headline: '推动职业教育发展', section: '综合', body: body('在永康五金技师学院，视察组一行实地探访。') }) });
    await t.client.call('stories.create', { content: content({ headline: '𠮷野家开新店', section: '经济', body: body('日本连锁餐饮品牌𠮷野家宣布新开3家门店，5G覆盖。') }) });
  });

  it('finds 1-, 2- and 3+-character queries, astral characters included, with highlighted snippets', async () => {
    const q = async (query: string) => (await t.client.call('stories.search', { query })).items.map((h) => h.story.headline).sort();
    expect(await q('康')).toEqual(['推动职业教育发展']);
    expect(await q('永康')).toEqual(['推动职业教育发展']);
    expect(await q('技师学院')).toEqual(['推动职业教育发展']);
    expect(await q('精神')).toEqual(['绘蓝图 明任务']);
    expect(await q('𠮷')).toEqual(['𠮷野家开新店']);
    expect(await q('𠮷野')).toEqual(['𠮷野家开新店']);
    expect(await q('5G')).toEqual(['𠮷野家开新店']);
    expect(await q('不存在的词')).toEqual([]);
    const hit = (await t.client.call('stories.search', { query: '技师学院' })).items[0]!;
    expect(hit.snippet).toContain('\uE000技师学院\uE001');
  });

  it('filters by section and status, sorts and pages', async () => {
    const bySection = await t.client.call('stories.list', { section: '综合' });
    expect(bySection.total).toBe(1);
    const page1 = await t.client.call('stories.list', { limit: 2, sort: 'headline' });
    const page2 = await t.client.call('stories.list', { limit: 2, offset: 2, sort: 'headline' });
    expect(page1.total).toBe(3);
    expect([...page1.items, ...page2.items].map((s) => s.headline)).toEqual(['推动职业教育发展', '绘蓝图 明任务', '𠮷野家开新店']);
    expect((await t.client.call('stories.list', { status: 'signed-off' })).total).toBe(0);
  });
});
