import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../electron/cli/demo-command';
import { exportCommand } from '../../electron/cli/export-command';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

let dir: string;
let browser: Browser;
const quiet = { stdout: () => undefined, stderr: () => undefined, readFile: async () => '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-e2e-epaper-'));
  const db = join(dir, 'banxin.db');
  expect(await demoCommand(['--db', db], quiet)).toBe(0);
  expect(await exportCommand(['--db', db, '--issue', 'latest', '--epaper', join(dir, 'epaper')], quiet)).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('e-paper opened from disk', () => {
  it('goes from the index to page 1, and clicking the 侧记 hot zone opens its article page', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) external.push(r.url());
    });
    await page.goto(pathToFileURL(join(dir, 'epaper', 'index.html')).href);
    await page.click('a[href="page-1.html"]');
    await expect.poll(() => page.url()).toMatch(/page-1\.html$/);
    // The page image loaded from disk (a real PNG with pixels).
    expect(await page.$eval('.sheet img', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(1000);
    await page.screenshot({ path: join(tmpdir(), 'banxin-epaper-page1.png') });
    // The 侧记 is the lead story: its hot zones are its headline and body frames.
    const zone = page.locator('a.zone[title="绘蓝图 明任务 聚共识 擂战鼓"]').nth(3);
    const box = (await zone.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.url()).toMatch(/article-\d+\.html$/);
    expect(await page.textContent('h1')).toBe('绘蓝图 明任务 聚共识 擂战鼓');
    expect(await page.textContent('.subhead')).toContain('侧记');
    expect(external).toEqual([]);
    await page.close();
  }, 60_000);
});
