// 小样 (galley proofs): one story set at its page measure with its corrections marked, written
// through the contract into the export folder, checked with poppler and against the page itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { galleyPages, type GalleyStory } from '../../electron/export/galley-proof';
import { FontRegistry } from '../../electron/fonts';
import { templateFor } from '../../shared/layout/templates';
import type { PageDisplayList, TextItem } from '../../shared/model/display-list';
import type { Result } from '../../shared/api/contract';
import { tempCore, type TempCore } from '../support/temp-core';

const SEED = join(process.cwd(), '../shared/seed/000_482dc2148900315e.txt');
const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });

/** The body lines of one story in a display list, top to bottom and column by column: text per baseline. */
function bodyLines(list: PageDisplayList, storyId: number, frameIds?: ReadonlySet<number>): string[] {
  const items = list.items.filter((i): i is TextItem => i.kind === 'text' && i.storyId === storyId && (!frameIds || (i.frameId !== undefined && frameIds.has(i.frameId))));
  const byLine = new Map<string, TextItem[]>();
  for (const i of items) {
    const key = `${i.frameId}:${i.y}`;
    byLine.set(key, [...(byLine.get(key) ?? []), i]);
  }
  const frameX = new Map(list.frames.map((f) => [f.id, f.x]));
  return [...byLine.entries()]
    .sort(([, a], [, b]) => (frameX.get(a[0]!.frameId!) ?? 0) - (frameX.get(b[0]!.frameId!) ?? 0) || a[0]!.y - b[0]!.y)
    .map(([, xs]) => xs.sort((a, b) => a.x[0]! - b.x[0]!).map((x) => x.text).join(''));
}

describe('小样: the galley proof of one story', () => {
  let t: TempCore;
  let storyId: number;
  let page: PageDisplayList;
  let result: Result<'export.galley'>;

  beforeAll(async () => {
    t = await tempCore();
    const demo = await buildDemoIssue(t.client, { name: 'seed.txt', bytes: readFileSync(SEED) });
    storyId = demo.stories[1]!.id; // the commentary on the front page
    page = await t.client.call('layout.page', { pageId: demo.issue.pages[0]!.id });
    for (const status of ['editing', 'proof-1'] as const) await t.client.call('stories.setStatus', { id: storyId, status });
    const story = await t.client.call('stories.get', { id: storyId });
    const text = story.content.body.map((b) => b.text).join('\n');
    const at = (s: string): number => text.indexOf(s);
    await t.client.call('corrections.add', { storyId, kind: 'replace', start: at('扩大'), end: at('扩大') + 2, replacement: '扩大会议' });
    await t.client.call('corrections.add', { storyId, kind: 'delete', start: at('全市上下'), end: at('全市上下') + 4 });
    await t.client.call('corrections.add', { storyId, kind: 'insert', start: at('当前'), end: at('当前'), replacement: '在' });
    result = await t.client.call('export.galley', { storyId });
  }, 120_000);
  afterAll(() => t?.dispose());

  it('writes an A4 PDF into the managed export folder with a download link, never a path from the caller', () => {
    expect(result.file.target).toBe('galley');
    expect(result.file.name).toBe('把握四方面认识 推动高质量发展 小样.pdf');
    expect(result.folder.startsWith(join(t.dir, 'exports'))).toBe(true);
    expect(result.file.href).toBe(`exports/${result.folder.split('/').at(-1)}/${encodeURIComponent(result.file.name)}`);
    const info = run('pdfinfo', join(result.folder, result.file.name));
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
  });

  it('carries the story, the round, the 三审 line and every correction as a numbered note', () => {
    const text = run('pdftotext', '-raw', join(result.folder, result.file.name), '-');
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('小样《把握四方面认识推动高质量发展》');
    expect(flat).toContain('校次：一校');
    expect(flat).toContain('初审：');
    expect(flat).toContain('终审（签发）：');
    expect(flat).toContain('1.[改正]「扩大」→「扩大会议」');
    expect(flat).toContain('2.[删除]「全市上下」');
    expect(flat).toContain('3.[增补]补入「在」');
    expect(flat).toContain('校样');
    // Every body character is there (the galley is the whole story, over as many sheets as it needs).
    expect(flat).toContain('以实干实绩实效为省市发展大局作出更大贡献');
  });

  it('breaks every body line exactly where the page breaks it', async () => {
    const fonts = new FontRegistry();
    const story = await t.client.call('stories.get', { id: storyId });
    const bodyFrames = page.frames.filter((f) => f.storyId === storyId && f.role === 'body');
    const galley: GalleyStory = {
      id: storyId, content: story.content, revision: story.revision, status: story.status, corrections: [], reviews: [],
      template: templateFor('broadsheet-wuhao'), measure: bodyFrames[0]!.w, pageNumbers: [1], paperName: '永康日报', date: '2025-01-04',
    };
    const onPage = bodyLines(page, storyId, new Set(bodyFrames.map((f) => f.id)));
    const inGalley = galleyPages(galley, fonts).flatMap((p) => bodyLines(p, storyId, new Set(p.frames.filter((f) => f.role === 'body').map((f) => f.id))));
    expect(onPage.length).toBeGreaterThan(20);
    // The page may overset: the lines it holds are the galley's first lines, one for one.
    expect(inGalley.slice(0, onPage.length)).toEqual(onPage);
    expect(inGalley.length).toBeGreaterThanOrEqual(onPage.length);
  });

  it('marks an open correction in red on the line that holds it, with a leader to its note', async () => {
    const fonts = new FontRegistry();
    const story = await t.client.call('stories.get', { id: storyId });
    const corrections = await t.client.call('corrections.list', { storyId });
    const del = corrections.find((c) => c.kind === 'delete')!;
    const galley: GalleyStory = {
      id: storyId, content: story.content, revision: story.revision, status: story.status, corrections: [del], reviews: [{ stage: 'first', userName: '张三' }],
      template: templateFor('broadsheet-wuhao'), measure: 11 * 10.5, pageNumbers: [1], paperName: '永康日报', date: '2025-01-04',
    };
    const [first] = galleyPages(galley, fonts);
    const red = first!.items.filter((i) => i.kind === 'rule' && i.color.cmyk[1] === 1 && i.style !== 'dashed');
    // A strike through 全市上下 (one rule per line it runs over), through the middle of its glyphs.
    expect(red.length).toBeGreaterThanOrEqual(1);
    const struck = red.map((r) => {
      if (r.kind !== 'rule') return '';
      const text = first!.items.filter((i): i is TextItem => i.kind === 'text' && i.storyId === storyId && i.y > r.y1 && i.y - i.size < r.y1);
      return text.flatMap((i) => Array.from(i.text).filter((_, k) => i.x[k]! >= r.x1 - 0.01 && i.x[k]! < r.x2 - 0.01)).join('');
    });
    expect(struck.join('')).toBe('全市上下');
    const leaders = first!.items.filter((i) => i.kind === 'rule' && i.style === 'dashed');
    expect(leaders.length).toBe(2);
    const notes = first!.items.filter((i): i is TextItem => i.kind === 'text' && i.color.cmyk[1] === 1).map((i) => i.text).join('');
    expect(notes).toContain('1. [删除] 「全市上下」');
    const footer = first!.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text).join('');
    expect(footer).toContain('初审：张三');
  });

  it('is refused for a story that does not exist', async () => {
    await expect(t.client.call('export.galley', { storyId: 99_999 })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
