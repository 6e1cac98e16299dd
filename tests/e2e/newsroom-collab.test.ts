import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/api/client';
import { actingAs } from '../support/newsroom';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { startNewsroomServer, type NewsroomServer } from '../../electron/server/newsroom-server';
import { WsDesk } from '../support/ws-desk';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';
import { circle, mark } from './proof-helpers';

/**
 * Issue 14, working together, as people see it: two people in two browser contexts against one
 * newsroom server. 李梦楚 (editor) opens a story to edit; 赵校对 (proofreader) sees it locked by her,
 * her typing arrive live, and marks a correction, which appears on her desk; 陈总编 signs it off;
 * a reporter's direct WebSocket call to sign is refused.
 */
let dir: string;
let core: Core;
let server: NewsroomServer;
let browser: Browser;
let storyId = 0;
const users: Record<string, number> = {};
const PASSWORD = 'collab-pass-2026';
const BODY = '县委召开全会，部署明年经济工作。';

const inProcess = (userId: number): Client => actingAs(core, userId);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-collab-e2e-'));
  core = createCore({ dbPath: join(dir, 'banxin.db'), scheduledBackups: false });
  const admin = inProcess(1);
  await admin.call('session.current', {});
  for (const [name, displayName, role] of [
    ['lmc', '李梦楚', 'editor'], ['zhao', '赵校对', 'proofreader'], ['chen', '陈总编', 'duty-editor'], ['sun', '孙编辑', 'editor'], ['xiao', '记者小王', 'reporter'],
  ] as const) {
    users[name] = (await admin.call('users.create', { name, displayName, role, password: PASSWORD })).id;
  }
  const s = await admin.call('stories.create', { content: { kind: 'article', kicker: '', headline: '全会召开', subhead: '', byline: '', dateline: '', section: '', body: [{ type: 'paragraph', text: BODY }] } });
  storyId = s.id;
  await admin.call('stories.setStatus', { id: storyId, status: 'proof-1' });
  server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: null, insecureHttp: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A person at their own desk: a browser context of their own, signed in, at `hash`. */
async function desk(name: string, hash: string, context?: import('playwright-core').BrowserContext): Promise<Page> {
  const ctx = context ?? (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } }));
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.getByTestId('sign-in-name').fill(name);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('status-bar').waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  return page;
}

/** Who holds a live lease, as the core says. */
const holders = async (): Promise<string[]> => (await inProcess(1).call('locks.list', {})).map((l) => l.displayName);
const bodyOf = (p: Page): Promise<string> => p.getByTestId('body-editor').innerText();

describe('two people on one story through the newsroom server', () => {
  let a: Page;
  let aProof: Page;
  let b: Page;

  it('A opens the story to edit; B sees it locked by A (正在编辑), read only, and A online', async () => {
    a = await desk('lmc', `#/editor/${storyId}`);
    await a.getByTestId('editor-view').waitFor();
    await expect.poll(() => holders()).toEqual(['李梦楚']);
    await expect.poll(() => a.getByTestId('body-editor').getAttribute('contenteditable')).toBe('true');

    b = await desk('zhao', `#/editor/${storyId}`);
    const locked = b.getByTestId('editor-locked');
    await locked.waitFor();
    expect(await locked.textContent()).toContain('李梦楚 正在编辑（1 分钟）');
    expect(await b.getByTestId('body-editor').getAttribute('contenteditable')).toBe('false');
    expect(await b.getByTestId('field-headline').getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => b.getByTestId('presence-badge').getAttribute('data-names')).toContain('李梦楚');
    // The 稿库 says it too.
    await b.evaluate(() => (window.location.hash = '#/library'));
    await expect.poll(() => b.getByTestId('lock-badge').first().textContent()).toContain('李梦楚 正在编辑');
  });

  it('A types; the text reaches B’s read-only editor live', async () => {
    await b.evaluate((id) => (window.location.hash = `#/editor/${id}`), storyId);
    await b.getByTestId('editor-locked').waitFor();
    await a.getByTestId('body-editor').click();
    await a.keyboard.press('End');
    await a.keyboard.type('会议强调稳中求进。');
    await expect.poll(() => bodyOf(b), { timeout: 10_000 }).toContain('会议强调稳中求进。');
    expect(await bodyOf(b)).toContain(BODY.slice(0, 6));
  });

  it('B marks a correction in the current round while A holds the story; it appears on A’s desk', async () => {
    aProof = await desk('lmc', '#/proof', a.context());
    await aProof.getByTestId('proof-view').waitFor();
    await aProof.getByTestId('proof-story-picker').click();
    await aProof.locator('.ant-select-item-option').filter({ hasText: '全会召开' }).click();
    await expect.poll(() => aProof.getByTestId('proof-headline').textContent()).toContain('全会召开');
    expect(await aProof.getByTestId('correction-item').count()).toBe(0);

    await b.getByTestId('nav-proof').click();
    await b.getByTestId('proof-view').waitFor();
    await expect.poll(() => b.getByTestId('proof-headline').textContent()).toContain('全会召开');
    await expect.poll(() => b.getByTestId('lock-badge').textContent()).toContain('李梦楚 正在编辑');
    await circle(b, '经济工作');
    await mark(b, 'replace', '经济社会工作');

    await expect.poll(() => aProof.getByTestId('correction-item').count(), { timeout: 10_000 }).toBe(1);
    expect(await aProof.getByTestId('correction-item').getAttribute('data-author')).toBe('赵校对');
    // A still holds the story: the lock stayed through all of it.
    expect(await holders()).toEqual(['李梦楚']);
  });

  it('the duty editor signs it off at her desk; a reporter’s direct WebSocket call to sign is refused', async () => {
    // The desk's work between: the correction decided, the rounds run, 初审 and 复审 by two editors.
    const admin = inProcess(1);
    await admin.call('session.current', {});
    await admin.call('corrections.decide', { storyId, decision: 'reject' });
    for (const status of ['proof-2', 'proof-3', 'awaiting-signoff'] as const) await admin.call('stories.setStatus', { id: storyId, status });
    const first = inProcess(users.lmc!);
    await first.call('session.current', {});
    await first.call('workflow.review', { storyId, stage: 'first' });
    const second = inProcess(users.sun!);
    await second.call('session.current', {});
    await second.call('workflow.review', { storyId, stage: 'second' });

    const duty = await desk('chen', '#/proof');
    await duty.getByTestId('proof-story-picker').click();
    await duty.locator('.ant-select-item-option').filter({ hasText: '全会召开' }).click();
    await duty.getByTestId('tab-reviews').click();
    await duty.getByTestId('do-review-final').click();
    await expect.poll(() => duty.getByTestId('proof-status').textContent()).toBe('已签发');

    const origin = server.url.replace(/\/$/, '');
    const reporter = await WsDesk.signedIn(origin, 'xiao', PASSWORD);
    const refused = await reporter.call('workflow.review', { storyId, stage: 'final' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    await reporter.close();
    await duty.context().close();
  });

  it('editing the 已签发 story asks first, naming the signatures it voids', async () => {
    // A's editor is still open: the sign-off reached it, and it now asks before any change.
    const bar = a.getByTestId('signed-off-bar');
    await bar.waitFor({ timeout: 10_000 });
    await expect.poll(() => bar.textContent()).toContain('初审 李梦楚、复审 孙编辑、终审（签发） 陈总编');
    expect(await a.getByTestId('body-editor').getAttribute('contenteditable')).toBe('false');
    await a.getByTestId('edit-signed').click();
    expect(await a.getByTestId('void-confirm-text').textContent()).toContain('终审（签发） 陈总编');
    await a.locator('.ant-modal-confirm-btns .ant-btn-dangerous').click();
    await expect.poll(() => a.getByTestId('body-editor').getAttribute('contenteditable')).toBe('true');
    await a.getByTestId('body-editor').click();
    await a.keyboard.press('End');
    await a.keyboard.type('补记。');
    await expect.poll(async () => (await inProcess(1).call('stories.get', { id: storyId })).status, { timeout: 10_000 }).toBe('editing');
  });
});
