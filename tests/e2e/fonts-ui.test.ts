import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import type { TextItem } from '../../shared/model/display-list';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
// A real TrueType file standing in for the paper's licensed 方正 face.
const THIN = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/100Thin/NotoSansSC_100Thin.ttf');

describe('字体与样式: choose a style’s font and add the paper’s own font file, through the UI', () => {
  let h: RunningApp;
  let core: Client;
  let pageId = 0;
  // The front page's headline faces before any choice: the news 主题 in heavy 宋, the commentary's in bold 黑.
  let houseFonts: string[] = [];

  const headlineFonts = async (): Promise<string[]> => {
    const list = await core.call('layout.page', { pageId });
    const ids = new Set(list.frames.filter((f) => f.role === 'headline').map((f) => f.id));
    return [...new Set(list.items.filter((i): i is TextItem => i.kind === 'text' && ids.has(i.frameId ?? -1) && i.size >= 20).map((i) => i.fontId))].sort();
  };

  beforeAll(async () => {
    h = await startApp();
    h.page.setDefaultTimeout(20_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    const demo = await buildDemoIssue(core, { name: 'seed.txt', bytes: readFileSync(SEED) });
    pageId = demo.issue.pages[0]!.id;
    await h.page.reload();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('sets 主题 in 思源黑体 Bold: the front page’s headlines re-compose in it', async () => {
    const p = h.page;
    houseFonts = await headlineFonts();
    expect(houseFonts).toEqual(['noto-sans-sc-700', 'noto-serif-sc-900']);
    await p.getByTestId('fonts-open').click();
    const row = p.locator('[data-testid=fonts-style][data-key=zhuti]');
    await row.waitFor();
    await row.getByTestId('fonts-select-zhuti').click();
    await p.locator('.ant-select-item-option').filter({ hasText: 'Noto Sans SC Bold' }).first().click();
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByTestId('fonts-note').textContent()).toContain('已设置“主题”的字体');
    await expect.poll(headlineFonts).toEqual(['noto-sans-sc-700']);
  });

  it('adds a font file sent as bytes and offers it for every style; 恢复默认 undoes the choice', async () => {
    const p = h.page;
    await p.getByTestId('fonts-add').setInputFiles(THIN);
    await expect.poll(() => p.getByTestId('fonts-note').textContent(), { timeout: 60_000 }).toContain('已添加：Noto Sans SC Thin');
    await p.getByTestId('fonts-select-body').click();
    await p.keyboard.type('Thin');
    await p.locator('.ant-select-item-option').filter({ hasText: 'Noto Sans SC Thin Regular · 本报添加' }).first().waitFor();
    await p.keyboard.press('Escape');
    await p.screenshot({ path: `${OUT}/fonts-dialog.png` });
    await p.getByTestId('fonts-default-zhuti').click();
    await expect.poll(headlineFonts).toEqual(houseFonts);
    const { fonts } = await core.call('fonts.list', {});
    expect(fonts.filter((f) => f.source === 'user').map((f) => f.family)).toEqual(['Noto Sans SC Thin']);
  });

  it('refuses a file that is not a font with the reason', async () => {
    const p = h.page;
    await p.getByTestId('fonts-add').setInputFiles({ name: '方正书宋.ttf', mimeType: 'font/ttf', buffer: Buffer.from('这不是字体') });
    await expect.poll(() => p.getByTestId('fonts-error').textContent()).toContain('不是可用的字体文件');
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
