import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedPath } from '../../electron/cli/demo-command';
import { importCommand } from '../../electron/cli/import-command';
import type { CliIo } from '../../electron/cli/io';
import { writePrintPdf } from '../../electron/export';
import { FontRegistry } from '../../electron/fonts';
import { importFile, type ImportedStory, type ImportResult } from '../../electron/import';
import type { ImportedStoryView } from '../../shared/api/methods/intake';
import { tempCore, content, type TempCore } from '../support/temp-core';

// A two-page issue laid out by Banxin itself and written by its own print-PDF writer: page 1 holds
// the sample page's 侧记 (too long for its frames, so it runs on to page 2 under a 转版标题, with
// 下转第2版 / 上接第1版 lines) and its commentary; page 2 the rest of the 侧记 and two stories of
// its own. Imported back, every page is read: page 1's items, then page 2's, each with its own
// heads, and the 侧记 whole again, its jump lines gone.
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';
const JUMP_TITLE = '聚共识 擂战鼓';
const PAGE2 = [
  content({
    kicker: '老城焕新颜 居民笑开颜',
    headline: '城西老旧小区改造全面完工',
    subhead: '惠及居民两千余户',
    dateline: '本报讯（融媒记者 王丽）',
    byline: '融媒记者 王丽',
    body: [
      '近日，城西片区老旧小区改造工程全面完工，十二个小区的雨污管网、道路和绿化焕然一新，两千余户居民从中受益。',
      '改造中，街道坚持“居民点单、政府买单”，先后召开协调会三十余场，把加装电梯、增设停车位等需求列入清单，做到改什么、怎么改都由居民说了算。',
      '“以前一下雨楼道里就积水，现在路平了、灯亮了，住着舒心多了。”家住城西新村的陈大伯说。',
    ].map((text) => ({ type: 'paragraph' as const, text })),
  }),
  content({
    headline: '乡村图书室成了农家“充电站”',
    byline: '通讯员 李青',
    body: [
      '走进石柱镇下里溪村的农家书屋，书架上整齐摆放着农业技术、少儿读物和文学书籍，几位村民正在翻阅种植手册。',
      '今年以来，全市新建和提升乡村图书室四十六家，配送图书五万余册，并组织志愿者开展读书分享、科普讲座等活动一百二十余场。',
    ].map((text) => ({ type: 'paragraph' as const, text })),
  }),
];

let t: TempCore;
let pdfPath: string;
let seedCeji: ImportedStory;
let result: ImportResult;
const heads = (s: Pick<ImportedStory, 'kind' | 'kicker' | 'headline' | 'subhead' | 'byline'> & { page?: number | undefined }) => ({ page: s.page, kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline });
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
// The seed is typed copy (some ASCII punctuation, nested “” quotes), the PDF set copy: compared alike.
const norm = (t: string): string => squash(t).replace(/[?]/g, '？').replace(/[,]/g, '，').replace(/[(]/g, '（').replace(/[)]/g, '）').replace(/[:]/g, '：').replace(/[;]/g, '；').replace(/‘/g, '“').replace(/’/g, '”');

beforeAll(async () => {
  t = await tempCore();
  const seedBytes = readFileSync(defaultSeedPath());
  seedCeji = (await importFile({ name: 'seed.txt', bytes: seedBytes })).stories.find((s) => s.headline === CEJI)!;
  const seed = await t.client.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: seedBytes.toString('base64') } } });
  const ceji = seed.stories.find((s) => s.headline === CEJI)!.id;
  const commentary = seed.stories.find((s) => s.kind === 'commentary')!.id;
  const own = [];
  for (const c of PAGE2) own.push((await t.client.call('stories.create', { content: c })).id);
  const issue = await t.client.call('issues.create', { date: '2025-01-04', paperName: '永康日报', pages: [{ name: '要闻', template: 'broadsheet' }, { name: '综合', template: 'broadsheet' }] });
  const p1 = issue.pages[0]!;
  const p2 = issue.pages[1]!;
  await t.client.call('layout.placeStory', { pageId: p1.id, storyId: ceji, column: 0, row: 16, columns: 4, bodyRows: 30 });
  await t.client.call('layout.placeStory', { pageId: p1.id, storyId: commentary, column: 4, row: 16, columns: 4, bodyRows: 60 });
  await t.client.call('layout.continueStory', { pageId: p2.id, storyId: ceji, column: 0, row: 4, columns: 4, bodyRows: 80, jumpTitle: JUMP_TITLE });
  await t.client.call('layout.placeStory', { pageId: p2.id, storyId: own[0]!, column: 4, row: 4, columns: 4, bodyRows: 24 });
  await t.client.call('layout.placeStory', { pageId: p2.id, storyId: own[1]!, column: 4, row: 50, columns: 4, bodyRows: 16 });
  const lists = [await t.client.call('layout.page', { pageId: p1.id }), await t.client.call('layout.page', { pageId: p2.id })];
  for (const l of lists) expect(l.warnings.filter((w) => w.kind === 'overset')).toEqual([]);
  pdfPath = join(t.dir, 'two-pages.pdf');
  writeFileSync(pdfPath, await writePrintPdf(lists, new FontRegistry()));
  result = await importFile({ name: 'two-pages.pdf', bytes: readFileSync(pdfPath) });
}, 180_000);
afterAll(() => t.dispose());

describe('PDF import reads every page of a multi-page PDF', () => {
  it('gives page 1’s items, then page 2’s, in page order with their heads and page numbers', () => {
    expect(result.stories.map(heads)).toEqual([
      { page: 1, kind: 'article', kicker: '', headline: CEJI, subhead: seedCeji.subhead, byline: seedCeji.byline },
      expect.objectContaining({ page: 1, kind: 'commentary', headline: '把握四方面认识 推动高质量发展' }),
      { page: 2, kind: 'article', kicker: '老城焕新颜 居民笑开颜', headline: '城西老旧小区改造全面完工', subhead: '惠及居民两千余户', byline: '融媒记者 王丽' },
      { page: 2, kind: 'article', kicker: '', headline: '乡村图书室成了农家“充电站”', subhead: '', byline: '通讯员 李青' },
    ]);
    expect(squash(result.stories[2]!.dateline)).toBe('本报讯（融媒记者王丽）');
    expect(result.stories[3]!.body.map(squash)).toEqual(PAGE2[1]!.body.map((b) => squash(b.text)));
    expect(result.warnings.join('\n')).toContain('PDF 共 2 页，已逐页导入');
  });

  it('joins the 侧记 continued on page 2 into one story: the seed’s body, paragraph for paragraph, no jump lines', () => {
    const ceji = result.stories[0]!;
    expect(ceji.body.map(norm)).toEqual(seedCeji.body.map(norm));
    const all = result.stories.flatMap((s) => [s.headline, ...s.body]).join('\n');
    expect(all).not.toMatch(/下转|上接/);
    expect(result.stories.some((s) => s.headline === JUMP_TITLE)).toBe(false);
    // The jump lines were stripped as reviewable repairs, and the join is named for the editor.
    expect(ceji.repairs.filter((r) => r.kind === 'strip-artifact' && /下转|上接/.test(r.before)).map((r) => r.accepted)).toEqual([true, true]);
    expect(result.warnings.join('\n')).toContain(`的转版续文在第 2 页，已接在原稿后（转版标题“${JUMP_TITLE}”不再单列）`);
  });

  it('`import --preview` through the CLI lists the four items with their page numbers', async () => {
    const o = { out: '', err: '', stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), readFile: async () => '' } satisfies CliIo & { out: string; err: string };
    expect(await importCommand([pdfPath, '--preview', '--db', join(t.dir, 'preview.db')], o)).toBe(0);
    const [file] = JSON.parse(o.out) as [{ stories: ImportedStoryView[] }];
    expect(file.stories.map((s) => [s.page, s.headline])).toEqual([
      [1, CEJI],
      [1, '把握四方面认识 推动高质量发展'],
      [2, '城西老旧小区改造全面完工'],
      [2, '乡村图书室成了农家“充电站”'],
    ]);
  }, 120_000);
});
