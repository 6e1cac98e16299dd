import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../electron/store/backup';
import { createClient, type Client } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';

const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));

const content = (text: string) => ({
  kind: 'article' as const, kicker: '', headline: '备份恢复测试', subhead: '', byline: '', dateline: '', section: '',
  body: [{ type: 'paragraph' as const, text }],
});

/** A fresh client on the core: after a restore the core holds a new connection, so sessions are opened anew. */
async function coreClient(h: RunningApp): Promise<Client> {
  const session = h.core.openSession('in-process');
  const client = createClient((method, params) => session.call(method, params));
  await client.call('session.setUser', { userId: 1 });
  return client;
}

const DRAFT_TAIL = '另一窗口未保存的草稿';
const DRAFT = `备份之后改过的文字。${DRAFT_TAIL}`;

// A window marker that only survives while the page is not reloaded.
const mark = (p: Page) => p.evaluate(() => Object.assign(window, { bxMarker: true }));
const marked = (p: Page) => p.evaluate(() => 'bxMarker' in window);

describe('备份: back up and restore from the status bar', () => {
  let h: RunningApp;
  let storyId = 0;

  beforeAll(async () => {
    h = await startApp();
    h.page.setDefaultTimeout(20_000);
    const core = await coreClient(h);
    storyId = (await core.call('stories.create', { content: content('恢复前的原文。') })).id;
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('makes a backup, and restoring it brings the earlier text back and reloads every window', async () => {
    const p = h.page;
    await p.getByTestId('status-bar').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');

    await p.getByTestId('backup-open').click();
    await p.getByTestId('backup-dialog').waitFor();
    await p.getByTestId('backup-now').click();
    const manual = p.locator('[data-testid=backup-row][data-reason=manual]');
    await expect.poll(() => manual.count()).toBe(1);
    expect(await manual.textContent()).toContain('手动');
    expect(await manual.textContent()).toContain('已校验');
    expect(await manual.textContent()).toMatch(/\d+(\.\d+)? (B|KB|MB)/);
    await p.screenshot({ path: join(OUT, 'backup-dialog.png') });

    // The story changes after the backup (as another window would change it).
    const core = await coreClient(h);
    const before = await core.call('stories.get', { id: storyId });
    await core.call('stories.save', { id: storyId, baseRevision: before.revision, content: content('备份之后改过的文字。') });
    expect((await core.call('stories.get', { id: storyId })).content.body[0]?.text).toBe('备份之后改过的文字。');

    // A second window on the same core, editing the story: it must reload too, on the core's
    // database.replaced event, and keep its unsaved draft (finding 6). The draft stays unsaved
    // because someone saves the story behind its back, so its autosave meets a CONFLICT.
    const other = await h.context.newPage();
    await other.goto(`${h.url}#/editor/${storyId}`);
    await other.getByTestId('editor-view').waitFor();
    await expect.poll(() => other.getByTestId('user-switcher').textContent()).toContain('管理员');
    const seen = await core.call('stories.get', { id: storyId });
    await core.call('stories.save', { id: storyId, baseRevision: seen.revision, content: { ...seen.content, headline: '别人又改了标题' } });
    await other.bringToFront();
    await other.locator('[data-testid=body-editor] p').first().click();
    await other.keyboard.press('End');
    await other.keyboard.type(DRAFT_TAIL);
    await other.locator('[data-testid=save-state][data-state=failed]').waitFor({ timeout: 20_000 });
    await mark(other);
    // A background tab gets no animation frames (antd's dialogs animate in): act in the front one.
    await p.bringToFront();
    await mark(p);

    await manual.getByTestId('backup-restore').click();
    const body = p.getByTestId('backup-confirm-body');
    await body.waitFor();
    expect(await body.textContent()).toContain('不会被删除');
    expect(await body.textContent()).toContain('所有窗口都会重新加载');
    await p.screenshot({ path: join(OUT, 'backup-confirm.png') });
    await p.getByTestId('backup-confirm-ok').click();

    // Both windows reload (the marker is gone) and come back up on the restored database.
    await expect.poll(() => marked(p).catch(() => true), { timeout: 20_000 }).toBe(false);
    await expect.poll(() => marked(other).catch(() => true), { timeout: 20_000 }).toBe(false);
    await p.getByTestId('status-bar').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');

    // The restored story is the backed-up one; the other window's draft came back into its editor
    // and was saved on top of it (the backed-up text stays in the revisions).
    await expect.poll(() => other.locator('[data-testid=body-editor] p').first().textContent(), { timeout: 20_000 }).toBe(DRAFT);
    await other.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 20_000 });
    const after = await coreClient(h);
    const restored = await after.call('stories.get', { id: storyId });
    expect(restored.content.body[0]?.text).toBe(DRAFT);
    expect(restored.revision).toBe(2);
    expect((await after.call('stories.revisions', { id: storyId })).map((r) => r.number)).toEqual([2, 1]);

    // The state that was replaced is itself a listed backup, so the restore can be undone.
    await p.getByTestId('backup-open').click();
    await p.getByTestId('backup-dialog').waitFor();
    await expect.poll(() => p.locator('[data-testid=backup-row][data-reason=pre-restore]').count()).toBe(1);
    expect(await p.locator('[data-testid=backup-row][data-reason=pre-restore]').textContent()).toContain('恢复前');
    // The replaced database file, kept aside, is listed by name.
    const asideRow = p.locator('[data-testid=aside-row][data-kind=before-restore]');
    await expect.poll(() => asideRow.count()).toBe(1);
    expect(await asideRow.textContent()).toContain('banxin.db.before-restore-');
    expect(await asideRow.textContent()).toContain('恢复前的原文件');
    await p.screenshot({ path: join(OUT, 'backup-aside.png') });
    await other.close();
  });

  it('shows the core error when the chosen backup is gone, and keeps the window as it is', async () => {
    const p = h.page;
    await p.getByTestId('backup-dialog').waitFor();
    await p.getByTestId('backup-now').click();
    const manual = p.locator('[data-testid=backup-row][data-reason=manual]');
    await expect.poll(() => manual.count()).toBe(2);
    // Someone removes the newest backup file after the list was shown.
    const id = await manual.first().getAttribute('data-id');
    rmSync(join(backupDirFor(h.dbPath), id ?? ''));
    await mark(p);
    await manual.first().getByTestId('backup-restore').click();
    await p.getByTestId('backup-confirm-ok').click();
    await expect.poll(() => p.getByTestId('backup-error').textContent()).toContain('找不到要操作的对象');
    expect(await marked(p)).toBe(true);
    const core = await coreClient(h);
    expect((await core.call('stories.get', { id: storyId })).content.body[0]?.text).toBe(DRAFT);
    expect(h.problems).toEqual([]);
  });
});
