import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

describe('app frame (browser mode)', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens on the library with the product name, the acting user and the database path', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    expect(await p.getByTestId('app-name').textContent()).toBe('版心');
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await expect.poll(() => p.getByTestId('db-path').textContent()).toContain(h.dbPath);
    expect(await p.getByTestId('save-state').textContent()).toBe('无打开的稿件');
  });

  it('moves between the sections, each showing its real view', async () => {
    const p = h.page;
    // A fresh database: no story to proofread, no issue yet; each view says so in its own words.
    for (const [section, words] of [['proof', '校对'], ['quality', '还没有签发出版的稿件'], ['layout', '新建期次'], ['export', '新建一期']] as const) {
      await p.getByTestId(`nav-${section}`).click();
      const view = p.getByTestId(`${section}-view`);
      await view.waitFor();
      await expect.poll(() => view.textContent()).toContain(words);
      expect(await p.getByTestId(`empty-${section}`).count()).toBe(0);
    }
    await p.getByTestId('nav-editor').click();
    await p.getByTestId('editor-empty').waitFor();
    await p.getByTestId('nav-library').click();
    await p.getByTestId('library-view').waitFor();
  });

  it('switches the UI language and back', async () => {
    const p = h.page;
    await p.getByTestId('lang-switch').click();
    await expect.poll(() => p.getByTestId('nav-library').textContent()).toBe('Library');
    await p.getByTestId('lang-switch').click();
    await expect.poll(() => p.getByTestId('nav-library').textContent()).toBe('稿库');
  });

  it('lets the administrator add a colleague and act as them', async () => {
    const p = h.page;
    await p.getByTestId('user-switcher').click();
    await p.getByText('添加用户…').click();
    await p.getByTestId('new-user-name').fill('limc');
    await p.getByTestId('new-user-display').fill('李梦楚');
    await p.getByRole('button', { name: /确\s*定/ }).click();
    await p.getByTestId('new-user-name').waitFor({ state: 'detached' });
    await p.getByTestId('user-switcher').click();
    await p.getByText('李梦楚（记者）').click();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('李梦楚 · 记者');
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
