import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/api/client';
import { actingAs } from '../support/newsroom';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { startNewsroomServer, type NewsroomServer } from '../../electron/server/newsroom-server';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

/**
 * Issue 14, page leases as people see them: two designers in two browser contexts against one
 * newsroom server. 李梦楚 opens page 1 in the layout desk and holds it; 孙美编 opening the same page
 * sees it locked by her (正在排版), cannot drag a frame, and watches her changes arrive; the
 * thumbnails say who lays out which page; 陈总编 (duty editor) breaks the lock.
 */
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const PASSWORD = 'page-lease-2026';
let dir: string;
let core: Core;
let server: NewsroomServer;
let browser: Browser;
let page1 = 0;
let storyId = 0;

const inProcess = (userId: number): Client => actingAs(core, userId);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-page-lease-e2e-'));
  core = createCore({ dbPath: join(dir, 'banxin.db'), scheduledBackups: false });
  const admin = inProcess(1);
  await admin.call('session.current', {});
  for (const [name, displayName, role] of [['lmc', '李梦楚', 'designer'], ['sun', '孙美编', 'designer'], ['chen', '陈总编', 'duty-editor']] as const) {
    await admin.call('users.create', { name, displayName, role, password: PASSWORD });
  }
  const body = [{ type: 'paragraph' as const, text: '县委召开全会，部署明年经济工作。'.repeat(30) }];
  storyId = (await admin.call('stories.create', { content: { kind: 'article', kicker: '', headline: '全会召开', subhead: '', byline: '', dateline: '', section: '', body } })).id;
  const issue = await admin.call('issues.create', { date: '2026-12-06' });
  page1 = issue.pages[0]!.id;
  await admin.call('layout.placeStory', { pageId: page1, storyId, column: 0, row: 16, columns: 3, bodyRows: 30 });
  server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: null, insecureHttp: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A person at their own desk (a browser context of their own), signed in, in the layout desk on page 1. */
async function layoutDesk(name: string): Promise<Page> {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1500, height: 950 } });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  await page.getByTestId('sign-in-name').fill(name);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('status-bar').waitFor();
  await page.evaluate(() => (window.location.hash = '#/layout'));
  await page.locator('[data-testid=layout-sheet][data-page-number="1"]').waitFor();
  return page;
}

/** Who holds page leases now, as the core says. */
const pageHolders = async (): Promise<string[]> => (await inProcess(1).call('locks.list', { kind: 'page' })).map((l) => l.displayName);
const bodyFrame = (p: Page) => p.locator(`[data-testid=layout-frame][data-role=body][data-story-id="${storyId}"]`).first();
const idle = (p: Page) => p.locator('[data-testid=layout-busy][data-busy=false]').waitFor();

describe('two designers on one page through the newsroom server', () => {
  let a: Page;
  let b: Page;

  it('A opens page 1 in the layout desk and holds it; B sees it locked by A (正在排版), read only', async () => {
    a = await layoutDesk('lmc');
    await expect.poll(() => pageHolders()).toEqual(['李梦楚']);
    expect(await a.getByTestId('layout-sheet').getAttribute('data-read-only')).toBe('false');
    expect(await a.getByTestId('page-locked').count()).toBe(0);

    b = await layoutDesk('sun');
    const bar = b.getByTestId('page-locked');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('李梦楚 正在排版（');
    expect(await bar.textContent()).toContain('这一版由 李梦楚 排版');
    expect(await b.getByTestId('layout-sheet').getAttribute('data-read-only')).toBe('true');
    // The thumbnails say who is laying out which page; B (not a breaker) is offered no break.
    await expect.poll(() => b.locator('[data-testid=page-thumb][data-page-number="1"] [data-testid=lock-badge]').getAttribute('data-holder')).toBe('李梦楚');
    expect(await b.locator('[data-testid=page-thumb][data-page-number="2"] [data-testid=lock-badge]').count()).toBe(0);
    expect(await b.getByTestId('break-lock').count()).toBe(0);
    expect(await b.getByTestId('add-rule').isDisabled()).toBe(true);
    expect(await pageHolders()).toEqual(['李梦楚']);
  });

  it('B cannot drag a frame of A’s page: no preview moves, nothing is sent, nothing changes', async () => {
    const frame = bodyFrame(b);
    const before = await frame.evaluate((el) => (el as HTMLElement).style.top);
    const box = (await frame.boundingBox())!;
    await b.mouse.move(box.x + box.width / 2, box.y + 40);
    await b.mouse.down();
    await b.mouse.move(box.x + box.width / 2 + 60, box.y + 160, { steps: 6 });
    // Mid-drag, an editable canvas would show the snapped preview already.
    expect(await frame.evaluate((el) => (el as HTMLElement).style.top)).toBe(before);
    await b.mouse.up();
    await idle(b);
    expect(await b.getByTestId('layout-error').count()).toBe(0); // no refused call either: the desk sent none
    expect(await frame.getAttribute('data-selected')).toBe('true'); // looking at a frame is still allowed
    expect(await b.getByTestId('frame-resize').count()).toBe(0);
    await b.keyboard.press('ArrowDown');
    await b.keyboard.press('Delete');
    await idle(b);
    expect(await b.getByTestId('layout-error').count()).toBe(0);
    expect(await frame.evaluate((el) => (el as HTMLElement).style.top)).toBe(before);
    await b.screenshot({ path: join(OUT, 'page-lease-locked.png') });
  });

  it('A moves the frame; the change reaches B’s read-only page live', async () => {
    const before = await bodyFrame(b).evaluate((el) => (el as HTMLElement).style.top);
    await bodyFrame(a).click();
    await a.keyboard.press('ArrowDown');
    await idle(a);
    await expect.poll(() => bodyFrame(b).evaluate((el) => (el as HTMLElement).style.top), { timeout: 10_000 }).not.toBe(before);
    expect(await b.getByTestId('layout-sheet').getAttribute('data-read-only')).toBe('true');
  });

  it('the duty editor breaks A’s lock: A is told and turns read only, the duty editor holds the page', async () => {
    const duty = await layoutDesk('chen');
    await duty.getByTestId('page-locked').waitFor();
    await duty.getByTestId('break-lock').click();
    await duty.locator('.ant-modal-confirm-btns button').last().click();
    const told = a.getByTestId('lock-broken');
    await told.waitFor({ timeout: 10_000 });
    expect(await told.textContent()).toContain('陈总编 解除了你的排版锁');
    await expect.poll(() => a.getByTestId('layout-sheet').getAttribute('data-read-only')).toBe('true');
    await expect.poll(() => pageHolders()).toEqual(['陈总编']);
    await expect.poll(() => duty.getByTestId('layout-sheet').getAttribute('data-read-only')).toBe('false');
    await expect.poll(async () => (await b.getByTestId('page-locked').textContent()) ?? '').toContain('陈总编 正在排版');
    // A asks for the page again: it is the duty editor's now, and A's desk says so.
    await a.getByTestId('retake-lock').click();
    await expect.poll(async () => (await a.getByTestId('page-locked').textContent()) ?? '').toContain('陈总编 正在排版');
    await a.screenshot({ path: join(OUT, 'page-lease-after-break.png') });
    const log = await inProcess(1).call('audit.list', { action: 'lock.' });
    expect(log[0]).toMatchObject({ action: 'lock.break', entity: 'page', entityId: page1 });
    await duty.context().close();
  });
});
