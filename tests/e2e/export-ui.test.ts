import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { iccProfileHeader } from '../support/icc-profile';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const PRINT = '永康日报 2025-01-04 印刷.pdf';
const EPAPER = '永康日报 2025-01-04 数字报';

/** Answer the override dialog (unsigned pages held back by the core) with a reason. */
async function giveReason(p: Page, reason: string): Promise<void> {
  const dialog = p.getByTestId('override-dialog');
  await dialog.waitFor();
  expect(await dialog.getAttribute('data-rule')).toBe('export-unsigned');
  await p.getByTestId('override-reason').fill(reason);
  await p.getByTestId('override-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('导出: preflight report, background export with progress, result list, cancel', () => {
  let h: RunningApp;
  let core: Client;
  let folder = '';

  const jobState = (): Promise<string | null> => h.page.getByTestId('export-job').getAttribute('data-state');
  const percent = async (): Promise<number> => Number(await h.page.getByTestId('export-progress').getAttribute('data-percent'));

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1440, height: 900 } });
    h.page.setDefaultTimeout(20_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    // The demo issue, exactly as `banxin demo` builds it.
    await buildDemoIssue(core, { name: 'seed.txt', bytes: readFileSync(SEED) });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('opens 导出 on the demo issue and runs preflight: page 1 is reported as not signed off, grouped by page', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/export`);
    await p.getByTestId('export-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await expect.poll(() => p.getByTestId('export-issue').textContent()).toContain('永康日报 2025-01-04 第3期');
    await p.getByTestId('run-preflight').click();
    await p.getByTestId('preflight-report').waitFor();
    const page1 = p.locator('[data-testid=preflight-page][data-page="1"]');
    expect(await page1.textContent()).toContain('第1版 要闻');
    // One error per unsigned story, each named: the demo's four stories on page 1.
    const unsigned = page1.locator('[data-testid=preflight-problem][data-code=not-signed-off]');
    expect(await unsigned.count()).toBe(4);
    expect(await unsigned.first().getAttribute('data-severity')).toBe('error');
    expect(await unsigned.first().textContent()).toContain('错误');
    expect(await unsigned.first().textContent()).toMatch(/《.+》尚未签发/);
    // Pages with nothing on them have nothing to sign, but are reported blank (a warning, #16).
    expect(await p.getByTestId('preflight-page').evaluateAll((els) => els.map((e) => e.getAttribute('data-page')))).toEqual(['1', '2', '3', '4']);
    for (const n of [2, 3, 4]) {
      const codes = await p.locator(`[data-testid=preflight-page][data-page="${n}"] [data-testid=preflight-problem]`).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}:${e.getAttribute('data-severity')}`));
      expect(codes).toEqual(['page-blank:warning']);
    }
    expect(await p.getByTestId('preflight-summary').textContent()).toMatch(/4 个错误/);
    await p.screenshot({ path: join(OUT, 'export-preflight.png') });
  });

  it('holds a print export back on preflight errors until 仍要导出 is ticked, then exports 印刷 PDF + 数字报 with a progress bar to 100%', async () => {
    const p = h.page;
    expect(await p.getByTestId('target-print').isChecked()).toBe(true);
    expect(await p.getByTestId('export-overwrite').isChecked()).toBe(false);
    await p.getByTestId('target-epaper').click();
    expect(await p.getByTestId('export-gate-rule').textContent()).toContain('仍要导出');
    // The gate: with errors and a published target, 开始导出 waits for the confirmation.
    await p.getByTestId('export-gate').waitFor();
    expect(await p.getByTestId('export-start').isDisabled()).toBe(true);
    await p.getByTestId('export-anyway').click();
    await expect.poll(() => p.getByTestId('export-start').isDisabled()).toBe(false);
    await p.getByTestId('export-start').click();
    // The core holds unsigned pages back; the administrator answers for them with a reason on record.
    await giveReason(p, '印厂试机样张，非正式出版');
    await p.getByTestId('export-progress').waitFor();
    await p.screenshot({ path: join(OUT, 'export-running.png') });
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          seen.push(await percent());
          return jobState();
        },
        { timeout: 60_000, interval: 50 },
      )
      .toBe('done');
    expect(await percent()).toBe(100);
    // The bar was seen part-way (the job runs for seconds), and never went backwards.
    expect(seen.some((x) => x < 100)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await p.locator('.ant-progress-status-success').count()).toBe(1);
    const rows = p.getByTestId('export-file');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).toEqual(['print', 'epaper']);
    expect(await rows.nth(0).textContent()).toContain(PRINT);
    expect(await rows.nth(0).textContent()).toMatch(/\d+(\.\d+)? (KB|MB)/);
    expect(await rows.nth(1).textContent()).toContain(EPAPER);
    folder = (await p.getByTestId('export-folder').textContent())!.trim();
    // The managed folder beside the database, one per day; the names shown are the files there.
    expect(dirname(dirname(folder))).toBe(dirname(h.dbPath));
    expect(folder).toMatch(/exports[\\/]\d{4}-\d{2}-\d{2}$/);
    expect(statSync(join(folder, PRINT)).size).toBeGreaterThan(10_000);
    expect(existsSync(join(folder, EPAPER, 'index.html'))).toBe(true);
    await p.screenshot({ path: join(OUT, 'export-done.png') });
  }, 90_000);

  it('gives the outputs back from the window: the PDF downloads under its name, the e-paper opens in a new tab', async () => {
    const p = h.page;
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-download').first().click()]);
    expect(download.suggestedFilename()).toBe(PRINT);
    const saved = join(h.dir, 'downloaded.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(readFileSync(join(folder, PRINT)))).toBe(true);
    const [tab] = await Promise.all([h.context.waitForEvent('page'), p.getByTestId('export-open').click()]);
    await tab.waitForLoadState();
    expect(await tab.title()).toContain('永康日报');
    // The e-paper's own page images load from the export folder (same token cookie, no script).
    await expect.poll(() => tab.locator('img').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    await tab.close();
  });

  it('takes the plant’s CMYK output profile from a file, refuses an RGB one, and goes back to FOGRA39', async () => {
    const p = h.page;
    expect(await p.getByTestId('output-profile-name').textContent()).toContain('FOGRA39');
    await p.getByTestId('output-profile-file').setInputFiles({ name: 'sRGB.icc', mimeType: 'application/vnd.iccprofile', buffer: iccProfileHeader('RGB ') });
    await expect.poll(() => p.getByTestId('output-profile-error').textContent()).toContain('不是 CMYK');
    await p.getByTestId('output-profile-file').setInputFiles({ name: 'ISOnewspaper26v4.icc', mimeType: 'application/vnd.iccprofile', buffer: iccProfileHeader('CMYK') });
    await expect.poll(() => p.getByTestId('output-profile-name').textContent()).toBe('ISOnewspaper26v4.icc');
    expect(await core.call('export.outputProfile', {})).toEqual({ name: 'ISOnewspaper26v4.icc', condition: 'Custom' });
    await p.getByTestId('output-profile-default').click();
    await expect.poll(() => p.getByTestId('output-profile-name').textContent()).toContain('FOGRA39');
  });

  it('cancels a second export: the job says cancelled and nothing of it is left in the folder', async () => {
    const p = h.page;
    // More outputs make a longer job, so 取消 is pressed while it runs.
    await p.getByTestId('target-proof').click();
    await p.getByTestId('target-archive').click();
    await p.getByTestId('export-start').click();
    await giveReason(p, '印厂试机样张，第二次');
    await p.getByTestId('export-cancel').click();
    await expect.poll(() => jobState(), { timeout: 30_000 }).toBe('cancelled');
    await p.getByTestId('export-cancelled').waitFor();
    expect(await p.getByTestId('export-cancel').count()).toBe(0);
    expect(await p.getByTestId('export-file').count()).toBe(0);
    // Only the first export's outputs remain: no " (2)" copies were left behind.
    expect(readdirSync(folder).sort()).toEqual([PRINT, EPAPER].sort());
    await p.screenshot({ path: join(OUT, 'export-cancelled.png') });
  }, 60_000);

  it('a problem names its page and 到版面查看 opens that page in 版面', async () => {
    const p = h.page;
    // A story placed on page 3 (综合 copy, not signed off) gives page 3 a problem of its own.
    const issue = (await core.call('issues.list', {}))[0]!;
    const story = await core.call('stories.create', {
      content: { kind: 'article', kicker: '', headline: '评论版测试稿', subhead: '', byline: '', dateline: '', section: '', body: [{ type: 'paragraph', text: '一段正文。' }] },
    });
    await core.call('layout.placeStory', { pageId: issue.pages[2]!.id, storyId: story.id, column: 0, row: 0, columns: 4, headlineRows: 8, bodyRows: 20 });
    await p.getByTestId('run-preflight').click();
    const page3 = p.locator('[data-testid=preflight-page][data-page="3"]');
    await page3.waitFor();
    expect(await page3.textContent()).toContain('第3版 评论');
    expect(await page3.locator('[data-testid=preflight-problem][data-code=not-signed-off]').count()).toBe(1);
    await page3.getByTestId('preflight-goto').click();
    await p.getByTestId('layout-view').waitFor();
    await expect.poll(() => p.evaluate(() => window.location.hash)).toBe('#/layout');
    await expect.poll(() => p.getByTestId('layout-sheet').getAttribute('data-page-number')).toBe('3');
    await p.screenshot({ path: join(OUT, 'export-goto-layout.png') });
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
