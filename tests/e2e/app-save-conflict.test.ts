import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError, createClient } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';

describe('a save that the core refuses keeps the draft', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows 保存失败 with the CONFLICT message when someone else saved first, and keeps the typed text', async () => {
    const session = h.core.openSession('in-process');
    const other = createClient((method, params) => session.call(method, params));
    await other.call('session.setUser', { userId: 1 });
    const content = {
      kind: 'article' as const, kicker: '', headline: '冲突测试', subhead: '', byline: '', dateline: '', section: '',
      body: [{ type: 'paragraph' as const, text: '原文一段。' }],
    };
    const created = await other.call('stories.create', { content });
    const id = created.id;

    const p = h.page;
    await p.goto(`${h.url}#/editor/${id}`);
    await p.getByTestId('editor-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');

    // Another window saves on top of revision 1 while this one still has it open.
    const saved = await other.call('stories.save', { id, baseRevision: created.revision, content: { ...content, headline: '别人改过' } });
    expect(saved.revision).toBe(created.revision + 1);

    await p.locator('[data-testid=body-editor] p').first().click();
    await p.keyboard.press('End');
    await p.keyboard.type('我的修改');
    await p.locator('[data-testid=save-state][data-state=failed]').waitFor({ timeout: 20_000 });
    expect(await p.getByTestId('save-state').textContent()).toBe('保存失败');
    expect(await p.getByTestId('save-error').textContent()).toContain('稿件已被他人修改');
    expect(await p.locator('[data-testid=body-editor] p').first().textContent()).toBe('原文一段。我的修改');
    expect(h.problems).toEqual([]);
    // And the core still holds the other window's revision, untouched.
    const now = await other.call('stories.get', { id });
    expect(now.content.headline).toBe('别人改过');
    expect(now.content.body[0]?.text).toBe('原文一段。');
    await expect(other.call('stories.save', { id, baseRevision: created.revision, content })).rejects.toBeInstanceOf(ApiCallError);
  });

  it('合并: their headline and my body edit both end up in one new revision, and the editor shows it', async () => {
    const p = h.page;
    await p.getByTestId('conflict-merge').click();
    await p.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 10_000 });
    expect(await p.getByTestId('save-error').count()).toBe(0);
    const id = Number(await p.getByTestId('editor-view').getAttribute('data-story-id'));
    const session = h.core.openSession('in-process');
    const other = createClient((method, params) => session.call(method, params));
    const now = await other.call('stories.get', { id });
    expect(now.content.headline).toBe('别人改过');
    expect(now.content.body[0]?.text).toBe('原文一段。我的修改');
    expect(now.revision).toBe(3);
    await expect.poll(() => p.locator('[data-testid=body-editor] p').first().textContent()).toBe('原文一段。我的修改');
  });

  it('the same place changed on both sides: 合并 names the field; 保留我的版本 saves mine on top and theirs stays in the revisions', async () => {
    const p = h.page;
    const id = Number(await p.getByTestId('editor-view').getAttribute('data-story-id'));
    const session = h.core.openSession('in-process');
    const other = createClient((method, params) => session.call(method, params));
    await other.call('session.setUser', { userId: 1 });
    const cur = await other.call('stories.get', { id });
    await other.call('stories.save', { id, baseRevision: cur.revision, content: { ...cur.content, body: [{ type: 'paragraph', text: '原文一段。我的修改完毕' }] } });
    await p.locator('[data-testid=body-editor] p').first().click();
    await p.keyboard.press('End');
    await p.keyboard.type('再改');
    await p.locator('[data-testid=save-state][data-state=failed]').waitFor({ timeout: 20_000 });
    await p.getByTestId('conflict-merge').click();
    await expect.poll(() => p.getByTestId('conflict-fields').textContent()).toContain('正文');
    expect(await p.getByTestId('conflict-merge').count()).toBe(0);
    await p.getByTestId('conflict-mine').click();
    await p.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 10_000 });
    const now = await other.call('stories.get', { id });
    expect(now.content.body[0]?.text).toBe('原文一段。我的修改再改');
    const revisions = await other.call('stories.revisions', { id });
    expect(revisions.map((r) => r.number)).toEqual([5, 4, 3, 2, 1]);
    const theirs = await other.call('stories.diff', { id, from: 3, to: 4 });
    expect(JSON.stringify(theirs)).toContain('完毕');
  });

  it('放弃我的修改 asks first, then loads what the other window saved', async () => {
    const p = h.page;
    const id = Number(await p.getByTestId('editor-view').getAttribute('data-story-id'));
    const session = h.core.openSession('in-process');
    const other = createClient((method, params) => session.call(method, params));
    await other.call('session.setUser', { userId: 1 });
    const cur = await other.call('stories.get', { id });
    await other.call('stories.save', { id, baseRevision: cur.revision, content: { ...cur.content, headline: '第三方标题' } });
    await p.locator('[data-testid=body-editor] p').first().click();
    await p.keyboard.press('End');
    await p.keyboard.type('作废');
    await p.locator('[data-testid=save-state][data-state=failed]').waitFor({ timeout: 20_000 });
    await p.getByTestId('conflict-theirs').click();
    await p.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => p.locator('[data-testid=body-editor] p').first().textContent()).toBe('原文一段。我的修改再改');
    await p.locator('[data-testid=save-state][data-state=saved]').waitFor();
    expect((await other.call('stories.get', { id })).content.headline).toBe('第三方标题');
    expect(h.problems).toEqual([]);
  });
});
