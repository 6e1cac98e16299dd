import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridOf, templateFor } from '../../shared/layout/templates';
import type { PageDisplayList } from '../../shared/model/display-list';
import type { Issue } from '../../shared/model/layout';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = resolve(__dirname, '../../../shared/seed/000_482dc2148900315e.txt');
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';
const G = gridOf(templateFor('broadsheet'));
let t: TempCore;
let issue: Issue;
let ceji = 0;

const text = (list: PageDisplayList, storyId?: number): string =>
  list.items.flatMap((i) => (i.kind === 'text' && (storyId === undefined || i.storyId === storyId) ? [i.text] : [])).join('');
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

beforeAll(async () => {
  t = await tempCore();
  const r = await t.client.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } } });
  ceji = r.stories.find((s) => s.headline === CEJI)!.id;
  issue = await t.client.call('issues.create', { date: '2025-01-04', paperName: '永康日报' });
});
afterAll(() => t.dispose());

describe('a story is placed once per issue: 转版 and moves, never duplicates (#16)', () => {
  it('places a story with a headline frame as tall as its content, and lists where it is', async () => {
    const frames = await t.client.call('layout.placeStory', { pageId: issue.pages[0]!.id, storyId: ceji, column: 0, row: 16, columns: 4, bodyRows: 30 });
    const head = frames.find((f) => f.role === 'headline')!;
    const bodies = frames.filter((f) => f.role === 'body');
    // Content-sized: far fewer lines than the eight the old fixed block took for this small 主题, and the body right beneath.
    expect(head.h / G.pitch).toBeLessThan(8);
    for (const b of bodies) expect(b.y).toBeCloseTo(head.y + head.h, 6);
    expect(await t.client.call('layout.placements', { issueId: issue.id })).toEqual([{ storyId: ceji, pages: [1] }]);
  });

  it('refuses to place it a second time, saying where it is, and changes nothing', async () => {
    const before = await t.client.call('frames.list', { pageId: issue.pages[2]!.id });
    const err = await t.client.call('layout.placeStory', { pageId: issue.pages[2]!.id, storyId: ceji, column: 0, row: 4, columns: 4, bodyRows: 30 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ error: { code: 'ALREADY_PLACED' } });
    expect((err as { error: { messageZh: string } }).error.messageZh).toContain('第1版');
    expect(await t.client.call('frames.list', { pageId: issue.pages[2]!.id })).toEqual(before);
  });

  it('continues it on page 2 under a 转版标题, with 下转 on page 1 and 上接 on page 2, the headline not repeated', async () => {
    const created = await t.client.call('layout.continueStory', { pageId: issue.pages[1]!.id, storyId: ceji, column: 0, row: 4, columns: 3, bodyRows: 20, jumpTitle: '聚共识 擂战鼓' });
    expect(created.map((f) => f.role)).toEqual(['headline', 'body', 'body', 'body']);
    expect(created[0]!.props).toEqual({ continuation: true, jumpTitle: '聚共识 擂战鼓' });
    const p1 = await t.client.call('layout.page', { pageId: issue.pages[0]!.id });
    const p2 = await t.client.call('layout.page', { pageId: issue.pages[1]!.id });
    expect(text(p1)).toContain('下转第2版');
    expect(text(p2)).toContain('上接第1版');
    expect(text(p2, ceji)).toContain('聚共识 擂战鼓');
    expect(text(p2, ceji)).not.toContain('绘蓝图');
    expect(count(text(p1, ceji), '绘蓝图')).toBe(1);
    expect(await t.client.call('layout.placements', { issueId: issue.id })).toEqual([{ storyId: ceji, pages: [1, 2] }]);
  });

  it('lets the 转版标题 be edited on its frame', async () => {
    const head = (await t.client.call('frames.list', { pageId: issue.pages[1]!.id })).find((f) => f.role === 'headline' && f.storyId === ceji)!;
    await t.client.call('frames.update', { frames: [{ id: head.id, props: { ...head.props, jumpTitle: '擂响奋进战鼓' } }] });
    expect(text(await t.client.call('layout.page', { pageId: issue.pages[1]!.id }), ceji)).toContain('擂响奋进战鼓');
  });

  it('moves it to page 3: gone from pages 1 and 2, once on page 3, with no jump lines left', async () => {
    const moved = await t.client.call('layout.moveStory', { pageId: issue.pages[2]!.id, storyId: ceji, column: 0, row: 4, columns: 4, bodyRows: 200 });
    expect(moved.removed.map((f) => f.pageId).sort()).toEqual([...Array(5).fill(issue.pages[0]!.id), ...Array(4).fill(issue.pages[1]!.id)].sort());
    expect(moved.created.every((f) => f.pageId === issue.pages[2]!.id)).toBe(true);
    const pages = await Promise.all(issue.pages.slice(0, 3).map((p) => t.client.call('layout.page', { pageId: p.id })));
    expect(text(pages[0]!, ceji)).toBe('');
    expect(text(pages[1]!, ceji)).toBe('');
    expect(count(text(pages[2]!, ceji), '绘蓝图')).toBe(1);
    expect(pages.map((p) => text(p)).join('')).not.toMatch(/下转|上接/);
    expect(await t.client.call('layout.placements', { issueId: issue.id })).toEqual([{ storyId: ceji, pages: [3] }]);
  });

  it('refuses to continue a story that is not placed', async () => {
    const s = await t.client.call('stories.create', { content: { kind: 'article', kicker: '', headline: '未排稿', subhead: '', byline: '', dateline: '', section: '', body: [{ type: 'paragraph', text: '正文。' }] } });
    const err = await t.client.call('layout.continueStory', { pageId: issue.pages[1]!.id, storyId: s.id, column: 0, row: 4, columns: 2, bodyRows: 10 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ error: { code: 'CONFLICT' } });
  });

  it('refits a headline frame to new typography and moves the body columns beneath with it', async () => {
    const frames = await t.client.call('frames.list', { pageId: issue.pages[2]!.id });
    const head = frames.find((f) => f.role === 'headline' && f.storyId === ceji)!;
    const bottom = (await t.client.call('frames.list', { pageId: issue.pages[2]!.id })).find((f) => f.role === 'body')!;
    const bodyBottom = bottom.y + bottom.h;
    const [updated] = await t.client.call('frames.update', { frames: [{ id: head.id, props: { headline: { main: { size: 42, lines: 2 } } } }] });
    expect(updated!.h).toBeGreaterThan(head.h);
    const after = await t.client.call('frames.list', { pageId: issue.pages[2]!.id });
    for (const b of after.filter((f) => f.role === 'body' && f.storyId === ceji)) {
      expect(b.y).toBeCloseTo(updated!.y + updated!.h, 6);
      expect(b.y + b.h).toBeCloseTo(bodyBottom, 6);
    }
  });
});
