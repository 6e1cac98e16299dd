import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedPath, demoCommand } from '../../electron/cli/demo-command';
import { exportCommand } from '../../electron/cli/export-command';
import { importCommand } from '../../electron/cli/import-command';
import type { CliIo } from '../../electron/cli/io';
import { importFile, type ImportedStory } from '../../electron/import';

// The print PDF of the demo front page, made by the real export path (composer, fonts, pdfkit
// writer), read back by the PDF importer (pdf.js in its worker thread): the page's four items must
// come back as the seed's own import made them, heads and credits included.
let dir: string;
function io(): CliIo & { out: string; err: string } {
  const o = { out: '', err: '', stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), readFile: async () => '' };
  return o;
}
const heads = (s: Pick<ImportedStory, 'kind' | 'kicker' | 'headline' | 'subhead' | 'byline'>) => ({ kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline });
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-import-pdf-'));
  expect(await demoCommand(['--db', join(dir, 'banxin.db')], io())).toBe(0);
  expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--pdf', join(dir, 'front.pdf')], io())).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF import: the demo front page exported as print PDF imports back as the seed page', () => {
  it('gives the seed import’s four items with their 引题/主题/副题, kinds and bylines', async () => {
    const seed = await importFile({ name: 'seed.txt', bytes: readFileSync(defaultSeedPath()) });
    const pdf = await importFile({ name: 'front.pdf', bytes: readFileSync(join(dir, 'front.pdf')) });
    expect(pdf.stories.map(heads)).toEqual(seed.stories.map(heads));
    expect(pdf.stories.map((s) => s.dateline)).toEqual(seed.stories.map((s) => s.dateline));
    expect(pdf.stories.map((s) => s.page)).toEqual([1, 1, 1, 1]);
    // The four-page issue: every page read, pages 2–4 (only their running heads) named; the nameplate band left out.
    expect(pdf.warnings.join('\n')).toMatch(/PDF 共 4 页，已逐页导入/);
    expect(pdf.warnings.join('\n')).toMatch(/第 2、3、4 页没有可导入的稿件/);
    expect(pdf.warnings.join('\n')).toContain('已略去报头');
  }, 120_000);

  it('follows the columns: each story’s body is the seed’s, paragraph for paragraph, in reading order', async () => {
    const seed = await importFile({ name: 'seed.txt', bytes: readFileSync(defaultSeedPath()) });
    const pdf = await importFile({ name: 'front.pdf', bytes: readFileSync(join(dir, 'front.pdf')) });
    pdf.stories.forEach((s, i) => {
      const want = seed.stories[i]!;
      expect(s.body.length, s.headline).toBe(want.body.length);
      // Spaces, ASCII/full-width punctuation and nested quotes (set as ‘’ inside “”) differ by design:
      // the seed is typed copy, the PDF is set copy.
      const norm = (t: string): string => squash(t).replace(/[?]/g, '？').replace(/[,]/g, '，').replace(/[(]/g, '（').replace(/[)]/g, '）').replace(/[:]/g, '：').replace(/[;]/g, '；').replace(/‘/g, '“').replace(/’/g, '”');
      s.body.forEach((b, k) => expect(norm(b), `${s.headline} ¶${k + 1}`).toBe(norm(want.body[k]!)));
    });
  }, 120_000);

  it('`import FILE.pdf` through the CLI stores the four items', async () => {
    const o = io();
    expect(await importCommand([join(dir, 'front.pdf'), '--db', join(dir, 'again.db')], o)).toBe(0);
    const [file] = JSON.parse(o.out) as [{ stories: ImportedStory[] }];
    expect(file.stories.map((s) => s.headline)).toEqual(['绘蓝图 明任务 聚共识 擂战鼓', '把握四方面认识 推动高质量发展', '推动职业教育发展 培养高技能人才', '社会主义核心价值观']);
  }, 120_000);
});
