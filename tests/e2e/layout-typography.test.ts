import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { contextOfCore } from '../../electron/export/core-context';
import { runExport } from '../../electron/export/export-run';
import { createClient, type Client } from '../../shared/api/client';
import { gridOf, templateFor } from '../../shared/layout/templates';
import { MM } from '../../shared/model/display-list';
import type { Frame, Issue } from '../../shared/model/layout';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const LEAD = '绘蓝图明任务聚共识擂战鼓';
const PX_PER_MM = MM * (96 / 72);

/** Height pdftotext gives the line whose text (spaces removed) is `text`, on page 1. */
function pdfLineHeight(pdf: string, text: string): number {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  for (const m of xml.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    if ([...m[3]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('') === text) return Number(m[2]) - Number(m[1]);
  }
  throw new Error(`no line "${text}" in ${pdf}`);
}

describe('the layout desk as a 美编 uses it: headline typography, 转版, no duplicates (#16)', () => {
  let h: RunningApp;
  let core: Client;
  let issue: Issue;
  let stories: Array<{ id: number; kind: string; headline: string }>;

  const frames = (pageId: number): Promise<Frame[]> => core.call('frames.list', { pageId });
  const svgText = (): Promise<string> => h.page.getByTestId('page-svg').evaluate((el) => (el.textContent ?? '').replace(/\s/g, ''));
  const idle = async (): Promise<void> => {
    await h.page.locator('[data-testid=layout-busy][data-busy=false]').waitFor();
  };
  const frameEl = (id: number) => h.page.locator(`[data-testid=layout-frame][data-frame-id="${id}"]`);
  const openPage = async (n: number): Promise<void> => {
    await h.page.locator(`[data-testid=page-thumb][data-page-number="${n}"]`).click();
    await h.page.locator(`[data-testid=layout-sheet][data-page-number="${n}"]`).waitFor();
    await idle();
  };
  const exportPdf = async (name: string): Promise<string> => {
    const path = join(h.dir, name);
    await runExport(contextOfCore(h.core, h.dbPath), issue.id, { print: path });
    execFileSync('pdftoppm', ['-r', '45', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(OUT, name.replace(/\.pdf$/, '-pdf'))]);
    return path;
  };
  /** Drag a story from the shelf onto the current page at a column and line of its grid. */
  const dropStory = async (storyId: number, column: number, row: number): Promise<void> => {
    const z = Number(await h.page.getByTestId('layout-sheet').getAttribute('data-zoom'));
    const g = gridOf(templateFor('broadsheet'));
    const x = (g.columnX(column) + g.columnWidth / 3) * PX_PER_MM * z;
    const y = (g.lineY(row) + g.pitch / 3) * PX_PER_MM * z;
    await h.page.locator(`[data-testid=shelf-story][data-story-id="${storyId}"]`).dragTo(h.page.getByTestId('layout-sheet'), { targetPosition: { x, y } });
  };

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1600, height: 1100 } });
    h.page.setDefaultTimeout(15_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    const demo = await buildDemoIssue(core, { name: 'seed.txt', bytes: readFileSync(SEED) });
    issue = demo.issue;
    stories = demo.stories;
    mkdirSync(OUT, { recursive: true });
    await h.page.goto(`${h.url}#/layout`);
    await h.page.getByTestId('layout-view').waitFor();
    await h.page.locator('[data-testid=layout-sheet][data-page-number="1"]').waitFor();
    await idle();
  }, 90_000);
  afterAll(async () => {
    await h?.close();
  });

  it('sets the lead 主题 to 小初 in the headline panel: the page, the frame and the PDF change', async () => {
    const p = h.page;
    const page1 = issue.pages[0]!.id;
    const lead = (await frames(page1)).find((f) => f.role === 'headline' && f.props.headlineRank === 'lead')!;
    const beforePdf = await exportPdf('typography-default.pdf');
    const before = pdfLineHeight(beforePdf, LEAD);
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}typography-front-default.png` });

    await frameEl(lead.id).click({ position: { x: 6, y: 6 } });
    await p.getByTestId('headline-panel').waitFor();
    expect(await p.getByTestId('headline-rank-lead').locator('xpath=ancestor::label').getAttribute('class')).toContain('selected');
    await p.getByTestId('headline-size-hao').click();
    await p.getByTestId('hao-小初').click();
    await idle();
    // The composer sets the 主题 at 36 pt, and the frame shrinks to its content.
    const list = await core.call('layout.page', { pageId: page1 });
    const sizes = new Set(list.items.flatMap((i) => (i.kind === 'text' && i.frameId === lead.id && /[绘擂]/.test(i.text) ? [i.size] : [])));
    expect([...sizes]).toEqual([36]);
    const after = (await frames(page1)).find((f) => f.id === lead.id)!;
    expect(after.props.headline?.main?.size).toBe(36);
    expect(after.h).toBeLessThanOrEqual(lead.h);
    expect(await p.locator('input[data-testid=headline-size], [data-testid=headline-size] input').first().inputValue()).toBe('36.0');
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}typography-front-xiaochu.png` });
    await p.screenshot({ path: `${OUT}typography-panel.png` });
    const afterPdf = await exportPdf('typography-xiaochu.pdf');
    expect(pdfLineHeight(afterPdf, LEAD) / before).toBeCloseTo(36 / 42, 2);

    // Ctrl+Z: back to the house style's 初号 and the old frame height.
    await p.getByTestId('layout-sheet').click({ position: { x: 3, y: 3 } });
    await p.keyboard.press('Control+z');
    await idle();
    await expect.poll(async () => (await frames(page1)).find((f) => f.id === lead.id)!.h).toBeCloseTo(lead.h, 6);
  });

  it('drops the commentary (on page 1) onto page 2, is asked, continues it: 转版标题 and 上接 on page 2, 下转 on page 1', async () => {
    const p = h.page;
    const commentary = stories.find((s) => s.kind === 'commentary')!;
    const shelf = p.locator(`[data-testid=shelf-story][data-story-id="${commentary.id}"]`);
    await expect.poll(() => shelf.getAttribute('data-pages')).toBe('1');
    await openPage(2);
    await dropStory(commentary.id, 0, 6);
    await p.getByTestId('drop-continue').waitFor();
    expect(await p.getByTestId('drop-question-body').textContent()).toContain(commentary.headline);
    await p.screenshot({ path: `${OUT}typography-drop-question.png` });
    await p.getByTestId('drop-continue').click();
    await idle();
    const onPage2 = (await frames(issue.pages[1]!.id)).filter((f) => f.storyId === commentary.id);
    const jumpHead = onPage2.find((f) => f.role === 'headline')!;
    expect(jumpHead.props.continuation).toBe(true);
    await expect.poll(svgText).toContain('上接第1版');
    await expect.poll(svgText).toContain(commentary.headline.replace(/\s/g, ''));
    await expect.poll(() => shelf.getAttribute('data-pages')).toBe('1,2');
    // The 转版标题 is short and editable on its frame.
    await frameEl(jumpHead.id).click({ position: { x: 6, y: 6 } });
    await p.getByTestId('headline-jump-title').fill('把握四方面认识');
    await p.getByTestId('headline-jump-title').press('Enter');
    await idle();
    await expect.poll(async () => (await svgText()).includes('把握四方面认识') && !(await svgText()).includes('推动高质量发展')).toBe(true);
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}typography-continuation-page2.png` });
    await openPage(1);
    await expect.poll(svgText).toContain('下转第2版');
  });

  it('drops the news story (on page 1) onto page 3 and moves it: never two copies; 取消 leaves everything as it was', async () => {
    const p = h.page;
    const news = stories.filter((s) => s.kind === 'article')[1]!;
    await openPage(3);
    const before = await frames(issue.pages[2]!.id);
    await dropStory(news.id, 4, 6);
    await p.getByTestId('drop-cancel').waitFor();
    await p.getByTestId('drop-cancel').click();
    await idle();
    expect(await frames(issue.pages[2]!.id)).toEqual(before);

    await dropStory(news.id, 4, 6);
    await p.getByTestId('drop-move').click();
    await idle();
    const placements = await core.call('layout.placements', { issueId: issue.id });
    expect(placements.find((x) => x.storyId === news.id)!.pages).toEqual([3]);
    const page1 = await core.call('layout.page', { pageId: issue.pages[0]!.id });
    expect(page1.items.some((i) => i.kind === 'text' && i.storyId === news.id)).toBe(false);
    // Exactly one headline frame and one 主题 of it in the whole issue: on page 3.
    const all = (await Promise.all(issue.pages.map((pg) => frames(pg.id)))).flat().filter((f) => f.storyId === news.id);
    expect(all.filter((f) => f.role === 'headline')).toHaveLength(1);
    expect(all.every((f) => f.pageId === issue.pages[2]!.id)).toBe(true);
    await expect.poll(svgText).toContain(news.headline.replace(/\s/g, ''));
    await expect.poll(() => p.locator(`[data-testid=shelf-story][data-story-id="${news.id}"]`).getAttribute('data-pages')).toBe('3');
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}typography-moved-page3.png` });
    // One undo puts it back on page 1.
    await p.getByTestId('layout-sheet').click({ position: { x: 3, y: 3 } });
    await p.keyboard.press('Control+z');
    await idle();
    await expect.poll(async () => (await core.call('layout.placements', { issueId: issue.id })).find((x) => x.storyId === news.id)!.pages).toEqual([1]);
  });

  it('enters 报纸设置 once: a wrong 刊号 is refused, a right one is printed in the 报头 with 主办单位 and the other lines', async () => {
    const p = h.page;
    await openPage(1);
    await p.getByTestId('paper-settings').click();
    await p.getByTestId('paper-cn').fill('CN 3300-12');
    expect(await p.getByTestId('paper-save').isDisabled()).toBe(true);
    await p.getByTestId('paper-cn').fill('CN 33-0012');
    await p.getByTestId('paper-publisher').fill('中共永康市委');
    await p.getByTestId('paper-extra').fill('邮发代号 31-77\n新闻热线 0579-87654321');
    await p.getByTestId('paper-save').click();
    await idle();
    expect(await core.call('paper.settings', {})).toMatchObject({ cnNumber: 'CN 33-0012', publisher: '中共永康市委', extraLines: ['邮发代号 31-77', '新闻热线 0579-87654321'] });
    // The demo issue typed its own 主办单位 and 刊号, which it keeps; the further lines come from the settings.
    await expect.poll(svgText).toContain('邮发代号31-77');
    await expect.poll(svgText).toContain('新闻热线0579-87654321');
  });

  it('gives the box a 文武线 花边, a yellow 底纹 and its own title from the box panel', async () => {
    const p = h.page;
    const box = (await frames(issue.pages[0]!.id)).find((f) => f.role === 'box')!;
    await frameEl(box.id).click({ position: { x: 6, y: 6 } });
    await p.getByTestId('box-panel').waitFor();
    await p.getByTestId('box-style-thick-thin').click();
    await idle();
    await p.getByTestId('box-tintYellow').click();
    await idle();
    await p.getByTestId('box-title').fill('核心价值观');
    await p.getByTestId('box-title').press('Enter');
    await idle();
    const props = (await frames(issue.pages[0]!.id)).find((f) => f.id === box.id)!.props;
    expect(props).toMatchObject({ boxStyle: 'thick-thin', tint: [0, 0.05, 0.2, 0], boxTitle: '核心价值观' });
    const list = await core.call('layout.page', { pageId: issue.pages[0]!.id });
    expect(list.items.some((i) => i.kind === 'rect' && i.fill !== undefined)).toBe(true);
    await expect.poll(svgText).toContain('核心价值观富强');
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}typography-front-box-masthead.png` });
    await exportPdf('typography-final.pdf');
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
