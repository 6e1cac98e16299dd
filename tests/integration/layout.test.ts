import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageDisplayList } from '../../shared/model/display-list';
import { editLocks } from '../../electron/core/collab/edit-locks';
import { composePageById, layoutService } from '../../electron/core/services/layout-service';
import { contextOfCore } from '../../electron/export/core-context';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = resolve(__dirname, '../../../shared/seed/000_482dc2148900315e.txt');
let t: TempCore;
let storyIds: number[];

const pageText = (list: PageDisplayList, frameId?: number): string =>
  list.items.flatMap((i) => (i.kind === 'text' && (frameId === undefined || i.frameId === frameId) ? [i.text] : [])).join('');

beforeAll(async () => {
  t = await tempCore();
  const r = await t.client.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } } });
  storyIds = r.stories.map((s) => s.id);
});
afterAll(() => t.dispose());

describe('layout desk', () => {
  it('creates an issue whose 报头 and 报眉 come from its data, with weekday and 农历', async () => {
    const issue = await t.client.call('issues.create', { date: '2025-01-04', number: 3, totalNumber: 12345, paperName: '永康日报', publisher: '中共永康市委主办' });
    expect(issue.pages.map((p) => [p.number, p.name])).toEqual([[1, '要闻'], [2, '综合'], [3, '评论'], [4, '副刊']]);
    const front = await t.client.call('layout.page', { pageId: issue.pages[0]!.id });
    const text = pageText(front);
    for (const s of ['永康日报', '2025年1月4日', '星期六', '农历甲辰年腊月初五', '第3期（总第12345期）', '今日4版']) expect(text).toContain(s);
    const inside = await t.client.call('layout.page', { pageId: issue.pages[1]!.id });
    expect(pageText(inside)).toContain('第2版');
    expect(pageText(inside)).toContain('综合');
    expect(front.width).toBeCloseTo((390 * 72) / 25.4, 1);
    expect(front.height).toBeCloseTo((540 * 72) / 25.4, 1);
    const dup = await t.client.call('issues.create', { date: '2025-01-04' }).catch((e: unknown) => e);
    expect(JSON.stringify(dup)).toContain('CONFLICT');
  });

  it('places a story, reports exact overset on a short frame, and continues it on page 2 with jump lines', async () => {
    const issue = (await t.client.call('issues.list', {})).find((i) => i.date === '2025-01-04')!;
    const [p1, p2] = issue.pages;
    const frames = await t.client.call('layout.placeStory', { pageId: p1!.id, storyId: storyIds[0]!, column: 0, row: 16, columns: 4, headlineRows: 8, bodyRows: 20 });
    expect(frames.map((f) => f.role)).toEqual(['headline', 'body', 'body', 'body', 'body']);
    let page = await t.client.call('layout.page', { pageId: p1!.id });
    const last = page.frames.find((f) => f.id === frames[4]!.id)!;
    expect(last.overset!.chars).toBeGreaterThan(1000);
    expect(last.overset!.lines).toBeGreaterThan(80);
    expect(page.warnings.some((w) => w.kind === 'overset' && w.message.includes(`超 ${last.overset!.chars} 字`))).toBe(true);

    // Shrinking the frame makes the overset grow by the lines taken away.
    const before = last.overset!;
    await t.client.call('frames.update', { frames: [{ id: frames[4]!.id, h: frames[4]!.h - 5 * ((13.5 * 25.4) / 72) }] });
    page = await t.client.call('layout.page', { pageId: p1!.id });
    expect(page.frames.find((f) => f.id === frames[4]!.id)!.overset!.lines).toBe(before.lines + 5);
    // The editor's copyfit is the same pass: the same counts.
    const fit = await t.client.call('layout.copyfit', { storyId: storyIds[0]! });
    const marker = page.frames.find((f) => f.id === frames[4]!.id)!.overset!;
    expect([fit.placed, fit.overChars, fit.overLines]).toEqual([true, marker.chars, marker.lines]);

    // A continuation frame on page 2: 下转第2版 on page 1, 上接第1版 on page 2.
    const cont = await t.client.call('frames.create', { pageId: p2!.id, role: 'body', storyId: storyIds[0]!, x: 20, y: 60, w: 41.275, h: 400 });
    let page2 = await t.client.call('layout.page', { pageId: p2!.id });
    const stillOver = page2.frames.find((f) => f.id === cont.id)!.overset!;
    const fitMid = await t.client.call('layout.copyfit', { storyId: storyIds[0]! });
    expect([fitMid.overChars, fitMid.overLines]).toEqual([stillOver.chars, stillOver.lines]);
    const cont2 = await t.client.call('frames.create', { pageId: p2!.id, role: 'body', storyId: storyIds[0]!, x: 64.1, y: 60, w: 41.275, h: 400 });
    page = await t.client.call('layout.page', { pageId: p1!.id });
    page2 = await t.client.call('layout.page', { pageId: p2!.id });
    expect(pageText(page, frames[4]!.id)).toContain('（下转第2版）');
    expect(pageText(page2, cont.id)).toContain('（上接第1版）');
    expect(page.frames.find((f) => f.id === frames[4]!.id)!.overset).toBeUndefined();
    expect(page2.frames.find((f) => f.id === cont2.id)!.overset).toBeUndefined();
    const fitAfter = await t.client.call('layout.copyfit', { storyId: storyIds[0]! });
    expect(fitAfter.overChars).toBe(0);
    expect(fitAfter.underLines).toBeGreaterThan(0);
    // The text continues exactly where page 1 stopped: the two pages together hold the story once.
    const body = (await t.client.call('stories.get', { id: storyIds[0]! })).content.body.map((b) => b.text).join('');
    const onPages = [...frames.slice(1).map((f) => pageText(page, f.id)), pageText(page2, cont.id), pageText(page2, cont2.id)].join('').replace(/（[上下][转接]第\d版）/g, '');
    expect(onPages.replace(/\s/g, '')).toBe(body.replace(/\s/g, '').slice(0, onPages.replace(/\s/g, '').length));
  });

  it('deletes and restores frames exactly (undo of a deletion)', async () => {
    const issue = (await t.client.call('issues.list', {}))[0]!;
    const frames = await t.client.call('frames.list', { pageId: issue.pages[0]!.id });
    const victim = frames.find((f) => f.role === 'headline')!;
    await t.client.call('frames.delete', { ids: [victim.id] });
    expect((await t.client.call('frames.list', { pageId: issue.pages[0]!.id })).some((f) => f.id === victim.id)).toBe(false);
    await t.client.call('frames.restore', { frames: [victim] });
    expect((await t.client.call('frames.list', { pageId: issue.pages[0]!.id })).find((f) => f.id === victim.id)).toEqual(victim);
  });

  it('builds the sample front page with every frame sized by copyfit: no overset, no missing glyph', async () => {
    const issue = await t.client.call('issues.create', { date: '2025-01-05', pages: [{ name: '要闻', template: 'broadsheet-wuhao' }] });
    const [lead, commentary, news, box] = storyIds as [number, number, number, number];
    await t.client.call('layout.frontPage', { pageId: issue.pages[0]!.id, lead, commentary, news, box });
    const page = await t.client.call('layout.page', { pageId: issue.pages[0]!.id });
    expect(page.warnings).toEqual([]);
    const text = pageText(page);
    for (const s of ['绘蓝图', '把握四方面认识', '推动职业教育发展', '社会主义核心价值观', '富强', '融媒记者']) expect(text).toContain(s);
    // The 侧记 is placed in the 2025-01-04 issue too: each edition threads its own frames, so its body is here in full.
    for (const s of ['芝英镇党委书记陈新智', '为金华、全省发展大局多挑担子、多作贡献']) expect(text).toContain(s);
    // Every frame stays inside the trimmed page.
    for (const f of page.frames) {
      expect(f.x).toBeGreaterThanOrEqual(0);
      expect(f.x + f.w).toBeLessThanOrEqual(page.width + 0.01);
      expect(f.y + f.h).toBeLessThanOrEqual(page.height + 0.01);
    }
  });

  it('counts the editor’s unsaved draft: copyfit of a draft equals copyfit once that draft is saved', async () => {
    let placedId = 0;
    for (const s of (await t.client.call('stories.list', {})).items) if ((await t.client.call('layout.copyfit', { storyId: s.id })).placed) placedId = s.id;
    const full = await t.client.call('stories.get', { id: placedId });
    const draft = { ...full.content, body: [...full.content.body, { type: 'paragraph' as const, text: '新增一段，用来检验未保存的草稿也按版面计算字数与行数。'.repeat(8) }] };
    const before = await t.client.call('layout.copyfit', { storyId: full.id });
    const typed = await t.client.call('layout.copyfit', { storyId: full.id, content: draft });
    expect(typed.placed && before.placed).toBe(true);
    expect(typed.overChars - typed.underChars).toBeGreaterThan(before.overChars - before.underChars);
    await t.client.call('stories.save', { id: full.id, baseRevision: full.revision, content: draft });
    expect(await t.client.call('layout.copyfit', { storyId: full.id })).toEqual(typed);
  });

  it('re-composes a page after edits exactly as a composition from nothing (the core keeps lines between requests)', async () => {
    const issue = (await t.client.call('issues.list', {})).find((i) => i.date === '2025-01-05')!;
    const pageId = issue.pages[0]!.id;
    const lead = storyIds[0]!;
    await t.client.call('layout.page', { pageId });
    const fresh = (): PageDisplayList => composePageById(contextOfCore(t.core, t.dbPath), pageId);
    // Type into the second paragraph (its later lines and every paragraph after move down),
    // then delete the third (everything after moves up), composing the page after each save.
    let story = await t.client.call('stories.get', { id: lead });
    const body = story.content.body.slice();
    body[1] = { ...body[1]!, text: body[1]!.text.slice(0, 20) + '记者补充了一句话，让这一段多出一行来。' + body[1]!.text.slice(20) };
    await t.client.call('stories.save', { id: lead, baseRevision: story.revision, content: { ...story.content, body } });
    const typed = await t.client.call('layout.page', { pageId });
    expect(pageText(typed)).toContain('记者补充了一句话');
    expect(typed).toEqual(fresh());
    story = await t.client.call('stories.get', { id: lead });
    await t.client.call('stories.save', { id: lead, baseRevision: story.revision, content: { ...story.content, body: story.content.body.filter((_, i) => i !== 2) } });
    const deleted = await t.client.call('layout.page', { pageId });
    expect(deleted).toEqual(fresh());
    expect(deleted).not.toEqual(typed);
    // Copyfit reads line ends the page composition left in the cache: the same figures as from nothing.
    const ctx = contextOfCore(t.core, t.dbPath);
    const uncached = layoutService(ctx, editLocks(ctx))['layout.copyfit']({ storyId: lead }, { session: { userId: null }, transport: 'in-process' });
    expect(await t.client.call('layout.copyfit', { storyId: lead })).toEqual(uncached);
  });
});
