import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { startNewsroomServer, type NewsroomServer } from '../../electron/server/newsroom-server';
import { hasOpenssl, selfSignedCert } from '../support/self-signed-cert';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

/**
 * A browser on the LAN as a newsroom client (here on 127.0.0.1): the built app loads from the
 * newsroom server with no token, reaches the contract over the socket its CSP allows, and a
 * server started with --insecure-http is shown in red in the status bar.
 */
let dir: string;
let core: Core;
let context: BrowserContext;
const servers: NewsroomServer[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-newsroom-e2e-'));
  core = createCore({ dbPath: join(dir, 'banxin.db') });
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

describe('a browser as a newsroom client', () => {
  it.skipIf(!hasOpenssl)('over HTTPS/WSS: the app loads without a token and talks to the core; no red badge', async () => {
    const { cert, key } = selfSignedCert(dir);
    const server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: { cert, key }, insecureHttp: false });
    servers.push(server);
    const { page, problems } = await open(server.url);
    await expect.poll(() => page.getByTestId('db-path').textContent()).toContain(join(dir, 'banxin.db'));
    expect(await page.getByTestId('insecure-http').count()).toBe(0);
    expect(await page.getByTestId('connection-lost').count()).toBe(0);
    expect(problems.filter((p) => /Content Security Policy|WebSocket/i.test(p))).toEqual([]);
    await page.close();
  });

  it('over plain HTTP with --insecure-http: the status bar says 未加密连接 in red', async () => {
    const server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: null, insecureHttp: true });
    servers.push(server);
    const { page } = await open(server.url);
    const badge = page.getByTestId('insecure-http');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('未加密连接');
    expect(await badge.getAttribute('class')).toContain('error');
    await expect.poll(() => page.getByTestId('db-path').textContent()).toContain(join(dir, 'banxin.db'));
    await page.close();
  });
});
