import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import type { PageDisplayList } from '../../shared/model/display-list';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));

/** Lines (distinct baselines) per body frame of `storyId`, left to right in its bottom row. */
function lastRow(page: PageDisplayList, storyId: number): number[] {
  const body = page.frames.filter((f) => f.role === 'body' && f.storyId === storyId);
  const lines = (id: number): number => new Set(page.items.flatMap((i) => (i.kind === 'text' && i.frameId === id ? [i.y] : []))).size;
  const bottom = Math.max(...body.filter((f) => lines(f.id) > 0).map((f) => f.y));
  return body.filter((f) => f.y === bottom).sort((a, b) => a.x - b.x).map((f) => lines(f.id));
}
const level = (r: number[]): boolean => r.every((n, i) => i === 0 || (r[i - 1]! - n >= 0 && r[i - 1]! - n <= 1));

describe('平衡栏尾 from the body frame panel', () => {
  let h: RunningApp;
  let core: Client;
  const idle = async (): Promise<void> => {
    await h.page.locator('[data-testid=layout-busy][data-busy=false]').waitFor();
  };

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1500, height: 1000 } });
    h.page.setDefaultTimeout(15_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    await core.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } }, section: '要闻' });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('balances a story’s last columns by default; the switch fills them in order; Ctrl+Z balances again', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/layout`);
    await p.getByTestId('layout-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('new-issue').click();
    await p.getByTestId('issue-date').fill('2025-01-04');
    await p.getByTestId('issue-paper').fill('永康日报');
    await p.getByTestId('issue-create-ok').click();
    await expect.poll(() => p.getByTestId('issue-select').textContent()).toContain('2025-01-04');
    await p.getByTestId('front-page').click();
    await expect.poll(() => p.locator('[data-testid=layout-frame][data-role=headline]').count()).toBe(3);
    await idle();
    const pageId = Number(await p.getByTestId('layout-sheet').getAttribute('data-page-id'));
    const page = (): Promise<PageDisplayList> => core.call('layout.page', { pageId });

    // Every multi-column story ends level; pick the one with the most columns (the 头条).
    const first = await page();
    const stories = [...new Set(first.frames.filter((f) => f.role === 'body').map((f) => f.storyId!))];
    const lead = stories.sort((a, b) => lastRow(first, b).length - lastRow(first, a).length)[0]!;
    for (const s of stories) expect(level(lastRow(first, s)), JSON.stringify(lastRow(first, s))).toBe(true);
    const balanced = lastRow(first, lead);
    expect(balanced.length).toBeGreaterThan(2);
    await p.screenshot({ path: `${OUT}layout-balance-on.png` });

    const body = first.frames.filter((f) => f.role === 'body' && f.storyId === lead);
    const leadFrames = body.map((f) => f.id);
    await p.locator(`[data-testid=layout-frame][data-frame-id="${leadFrames[0]}"]`).click({ position: { x: 4, y: 4 } });
    await p.getByTestId('body-panel').waitFor();
    expect(await p.getByTestId('body-balance').getAttribute('aria-checked')).toBe('true');
    // Off on every column of the story (the option is per frame): lines fill one column after another.
    for (const id of leadFrames) {
      await p.locator(`[data-testid=layout-frame][data-frame-id="${id}"]`).click({ position: { x: 4, y: 4 } });
      await expect.poll(() => p.getByTestId('body-panel').getAttribute('data-frame-id')).toBe(String(id));
      await p.getByTestId('body-balance').click();
      await idle();
    }
    await expect.poll(async () => level(lastRow(await page(), lead))).toBe(false);
    const off = lastRow(await page(), lead);
    expect(off.reduce((a, b) => a + b)).toBe(balanced.reduce((a, b) => a + b));
    await p.screenshot({ path: `${OUT}layout-balance-off.png` });
    // Undo the last switch: that column balances with the row again only if all are on, so undo all.
    for (let i = 0; i < leadFrames.length; i++) {
      await p.keyboard.press('Control+z');
      await idle();
    }
    await expect.poll(async () => JSON.stringify(lastRow(await page(), lead))).toBe(JSON.stringify(balanced));
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
