import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskNotice } from '../../shared/api/desk-bridge';
import { createClient } from '../../shared/api/client';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { certificateFingerprint } from '../../electron/desk/certificate-pin';
import { createDeskChooser, type DeskChooser } from '../../electron/desk/desk-chooser';
import { PROFILE_FILE, type DeskProfile } from '../../electron/desk/desk-profile';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { startNewsroomServer, type NewsroomServer } from '../../electron/server/newsroom-server';
import { hasOpenssl, selfSignedCert } from '../support/self-signed-cert';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

/**
 * The desk chooser page (chooser.html) in Chromium, served by the web host like the app. In the
 * desk app its preload bridges four calls to the main process; here the page gets the same four
 * calls bound to the real chooser (real TLS to a real newsroom server, a real profile folder),
 * and the test plays the shell's part afterwards: open the server's pages, as the pinned window
 * would. (The pinned session itself is tested in tests/unit/desk/desk-window.test.ts.)
 */
let dir: string;
let core: Core;
let host: WebHost;
let server: NewsroomServer;
let context: BrowserContext;
let serverFp: string;
let otherFp: string;
let chooser: DeskChooser;
let chosen: DeskProfile[] = [];
const profileDir = (): string => join(dir, 'desk');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-desk-e2e-'));
  core = createCore({ dbPath: join(dir, 'banxin.db'), scheduledBackups: false });
  const admin = core.openSession('in-process');
  await createClient((m, p) => admin.call(m, p)).call('session.setUser', { userId: 1 });
  await createClient((m, p) => admin.call(m, p)).call('users.create', { name: 'limengchu', displayName: '李梦楚', role: 'editor', password: 'desk-pass-123' });
  host = await startWebHost({ core, staticDir: rendererDist() });
  if (hasOpenssl) {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const { cert, key } = selfSignedCert(join(dir, 'a'));
    serverFp = certificateFingerprint(cert);
    otherFp = certificateFingerprint(selfSignedCert(join(dir, 'b')).cert);
    server = await startNewsroomServer({ core, staticDir: rendererDist(), host: '127.0.0.1', port: 0, tls: { cert, key }, insecureHttp: false });
  }
  // Chromium stands in for the desk's window; its pinned session is Electron's, tested without Electron elsewhere.
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ignoreHTTPSErrors: true, locale: 'zh-CN' });
  await context.exposeBinding('__deskCall', (_source, name: string, ...args: string[]) => {
    if (name === 'state') return chooser.state();
    if (name === 'probe') return chooser.probe(args[0]!);
    if (name === 'trust') return chooser.trust(args[0]!, args[1]!);
    if (name === 'useLocal') return chooser.useLocal();
    throw new Error(`no such call ${name}`);
  });
  // What desk-preload.ts exposes, over the binding instead of IPC.
  await context.addInitScript(() => {
    const call = (window as unknown as { __deskCall: (...a: string[]) => Promise<unknown> }).__deskCall;
    (window as unknown as { banxinDesk: unknown }).banxinDesk = {
      state: () => call('state'),
      probe: (address: string) => call('probe', address),
      trust: (address: string, fingerprint: string) => call('trust', address, fingerprint),
      useLocal: () => call('useLocal'),
    };
  });
}, 180_000);
afterAll(async () => {
  await context?.close();
  await server?.close();
  await host?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openChooser(notice: DeskNotice, viewport = { width: 900, height: 900 }): Promise<{ page: Page; problems: string[] }> {
  chosen = [];
  chooser = createDeskChooser({ folder: profileDir(), notice, onChosen: (p) => chosen.push(p) });
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(host.url); // the web host's token becomes a cookie
  await page.goto(new URL('/chooser.html', host.url).href);
  await page.getByTestId('desk-chooser').waitFor();
  return { page, problems };
}

const profileOnDisk = (): unknown => JSON.parse(readFileSync(join(profileDir(), PROFILE_FILE), 'utf8'));

describe.skipIf(!hasOpenssl)('desk chooser', () => {
  it('连接编辑部服务器: enter the address, compare the fingerprint, trust, and reach the sign-in screen', async () => {
    // Narrow, so the fingerprint must wrap: it may break only between groups, never inside a byte.
    const { page, problems } = await openChooser({ kind: 'first-start' }, { width: 420, height: 900 });
    await page.getByTestId('desk-server-address').fill(`127.0.0.1:${server.port}`);
    await page.getByTestId('desk-probe').click();
    const shown = page.getByTestId('desk-fingerprint');
    await shown.waitFor();
    expect(await shown.getAttribute('data-fingerprint')).toBe(serverFp);
    expect((await shown.textContent())!.replace(/\s+/g, ' ')).toBe(serverFp.split(':').reduce((acc, b, i) => acc + (i === 0 ? '' : i % 4 === 0 ? ' ' : ':') + b, ''));
    const lines = await shown.evaluate((el) => {
      const groups = [...el.querySelectorAll('.bx-fingerprint-group')];
      return { groups: groups.map((g) => g.getClientRects().length), tops: new Set(groups.map((g) => Math.round(g.getBoundingClientRect().top))).size };
    });
    expect(lines.groups).toEqual(Array(8).fill(1));
    expect(lines.tops).toBeGreaterThan(1); // it did wrap, and only between groups
    await page.getByTestId('desk-trust').click();
    await expect.poll(() => page.getByTestId('desk-chooser').getAttribute('data-leaving')).toBe('yes');
    expect(chosen).toEqual([expect.objectContaining({ mode: 'server', serverUrl: server.url, fingerprint: serverFp })]);
    expect(profileOnDisk()).toMatchObject({ mode: 'server', serverUrl: server.url, fingerprint: serverFp });
    expect(problems).toEqual([]);

    // The shell now opens the server's own pages: sign in, and the status bar names the server and the person.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    await page.getByTestId('sign-in-screen').waitFor();
    await page.getByTestId('sign-in-name').fill('limengchu');
    await page.getByTestId('sign-in-password').fill('desk-pass-123');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(async () => (await page.getByTestId('server-status').textContent())?.trim()).toBe(`服务器：127.0.0.1:${server.port} · 李梦楚`);
    await page.close();
  });

  it('单机使用: one click, remembered as the local file', async () => {
    const { page, problems } = await openChooser({ kind: 'switching' });
    await page.getByTestId('desk-use-local').click();
    await expect.poll(() => chosen).toEqual([{ version: 1, mode: 'local' }]);
    expect(profileOnDisk()).toEqual({ version: 1, mode: 'local' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a changed certificate: a red warning naming both fingerprints; re-trust only after saying it was checked', async () => {
    const { page } = await openChooser({ kind: 'mismatch', serverUrl: server.url, pinned: otherFp, presented: serverFp });
    const warning = page.getByTestId('desk-mismatch');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('证书已改变');
    expect(await page.getByTestId('desk-mismatch-pinned').getAttribute('data-fingerprint')).toBe(otherFp);
    expect(await page.getByTestId('desk-mismatch-presented').getAttribute('data-fingerprint')).toBe(serverFp);
    const colour = await page.getByTestId('desk-mismatch-presented').evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(207, 19, 34)');
    expect(await page.getByTestId('desk-retrust').isDisabled()).toBe(true);
    await page.getByTestId('desk-retrust-confirm').click();
    await page.getByTestId('desk-retrust').click();
    await expect.poll(() => chosen).toEqual([expect.objectContaining({ mode: 'server', serverUrl: server.url, fingerprint: serverFp })]);
    await page.close();
  });

  it('speaks English when asked', async () => {
    const { page } = await openChooser({ kind: 'first-start' });
    await page.getByTestId('desk-lang').click();
    await expect.poll(() => page.getByTestId('desk-chooser').textContent()).toContain('Connect to the newsroom server');
    await page.getByTestId('desk-lang').click();
    await page.close();
  });
});
