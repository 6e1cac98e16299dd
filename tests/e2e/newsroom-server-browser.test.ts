import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { startNewsroomServer, type NewsroomServer } from '../../electron/server/newsroom-server';
import { hasOpenssl, selfSignedCert } from '../support/self-signed-cert';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

/**
 * A browser on the LAN as a newsroom client (here on 127.0.0.1): the built app loads from the
 * newsroom server with no token, reaches the contract over the socket its CSP allows, and a
 * server started with --insecure-http is shown in red on the sign-in screen and in the status bar.
 */
let dir: string;
let core: Core;
let context: BrowserContext;
const servers: NewsroomServer[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-newsroom-e2e-'));
  core = createCore({ dbPath: join(dir, 'banxin.db'), scheduledBackups: false });
  const admin = core.openSession('in-process');
  await createClient((m, p) => admin.call(m, p)).call('session.setUser', { userId: 1 });
  await createClient((m, p) => admin.call(m, p)).call('users.create', { name: 'desk', displayName: '编辑甲', role: 'editor', password: 'desk-pass-123' });
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ignoreHTTPSErrors: true, locale: 'zh-CN' });
});
afterAll(async () => {
  await context?.close();
  for (const s of servers) await s.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: import('playwright-core').Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url);
  return { page, problems };
}

async function signIn(page: import('playwright-core').Page): Promise<void> {
  await page.getByTestId('sign-in-name').fill('desk');
  await page.getByTestId('sign-in-password').fill('desk-pass-123');
  await page.getByTestId('sign-in-submit').click();
}

describe('a browser as a newsroom client', () => {
  it.skipIf(!hasOpenssl)('over HTTPS/WSS: the app loads without a token and talks to the core; no red badge', async () => {
    const { cert, key } = selfSignedCert(dir);
    const server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: { cert, key }, insecureHttp: false });
    servers.push(server);
    const { page, problems } = await open(server.url);
    await page.getByTestId('sign-in-screen').waitFor();
    expect(await page.getByTestId('sign-in-insecure').count()).toBe(0);
    // The paper's fonts wait for the sign-in: the page's cookie pass is bound to a signed-in socket.
    const fontStatus = (): Promise<number> => page.evaluate(() => fetch('fonts/noto-serif-sc-400').then((r) => r.status));
    expect(await fontStatus()).toBe(403);
    await signIn(page);
    await expect.poll(() => page.getByTestId('db-path').textContent()).toContain(join(dir, 'banxin.db'));
    expect(await fontStatus()).toBe(200);
    expect(await page.getByTestId('insecure-http').count()).toBe(0);
    expect(await page.getByTestId('connection-lost').count()).toBe(0);
    expect(problems.filter((p) => /Content Security Policy|WebSocket/i.test(p))).toEqual([]);
    await page.close();
  });

  it('over plain HTTP with --insecure-http: the status bar says 未加密连接 in red', async () => {
    const server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: null, insecureHttp: true });
    servers.push(server);
    const { page } = await open(server.url);
    // Before the password is typed: the sign-in screen warns that it would cross the network in clear.
    await page.getByTestId('sign-in-insecure').waitFor();
    expect(await page.getByTestId('sign-in-insecure').textContent()).toContain('明文 HTTP');
    await signIn(page);
    const badge = page.getByTestId('insecure-http');
    await page.getByTestId('db-path').waitFor();
    expect(await badge.textContent()).toBe('未加密连接');
    expect(await badge.getAttribute('class')).toContain('error');
    await expect.poll(() => page.getByTestId('db-path').textContent()).toContain(join(dir, 'banxin.db'));
    await page.close();
  });
});
