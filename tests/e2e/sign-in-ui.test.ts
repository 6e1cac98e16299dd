import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { rendererDist } from '../../electron/core/app-root';
import { createCore, type Core } from '../../electron/core/create-core';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

/**
 * The renderer against a core whose sockets require sign-in, as the newsroom server's do: the same
 * core, its sessions opened with requireSignIn and a desk address (the web host here is only the
 * pipe that serves the built renderer and carries the contract).
 */
function signInCore(core: Core): Core {
  return Object.assign(Object.create(core) as Core, {
    openSession: (transport: Parameters<Core['openSession']>[0]) => core.openSession(transport, { requireSignIn: true, address: '127.0.0.1' }),
  });
}

let dir: string;
let core: Core;
let host: WebHost;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-signin-e2e-'));
  core = createCore({ dbPath: join(dir, 'newsroom.db'), scheduledBackups: false });
  const admin = core.openSession('in-process');
  const c = createClient((m, p) => admin.call(m, p));
  await c.call('session.setUser', { userId: 1 });
  await c.call('users.create', { name: 'lmc', displayName: '李梦楚', role: 'reporter', password: 'reporter-pass-1' });
  await c.call('users.create', { name: 'boss', displayName: '陈总', role: 'admin', password: 'admin-pass-123' });
  host = await startWebHost({ core: signInCore(core), staticDir: rendererDist() });
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(host.url);
});
afterAll(async () => {
  await context?.close();
  await host?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

const signIn = async (name: string, password: string): Promise<void> => {
  await page.getByTestId('sign-in-name').fill(name);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
};

describe('signing in to a newsroom-server connection in the browser', () => {
  it('shows only the sign-in screen before sign-in, and a wrong password says so', async () => {
    await page.getByTestId('sign-in-screen').waitFor();
    expect(await page.getByTestId('nav-library').count()).toBe(0);
    await signIn('lmc', 'wrong-password');
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').textContent()).toContain('用户名或密码不正确');
  });

  it('signs in; the status bar says as whom, and a reporter sees no 导出, 字体 or 备份', async () => {
    await signIn('lmc', 'reporter-pass-1');
    await expect.poll(() => page.getByTestId('user-switcher').textContent(), { timeout: 10_000 }).toContain('已登录：李梦楚 · 记者');
    expect(await page.getByTestId('nav-export').count()).toBe(0);
    expect(await page.getByTestId('fonts-open').count()).toBe(0);
    expect(await page.getByTestId('backup-open').count()).toBe(0);
    expect(await page.getByTestId('import-button').count()).toBe(1); // reporters file copy
  });

  it('survives a reload without the password (the session resumes)', async () => {
    await page.reload();
    await expect.poll(() => page.getByTestId('user-switcher').textContent(), { timeout: 10_000 }).toContain('已登录：李梦楚');
    expect(await page.getByTestId('sign-in-screen').count()).toBe(0);
  });

  it('returns to the sign-in screen when an administrator revokes the session', async () => {
    const admin = core.openSession('in-process');
    const c = createClient((m, p) => admin.call(m, p));
    await c.call('session.setUser', { userId: 1 });
    const [mine] = (await c.call('sessions.list', {})).filter((s) => s.userName === 'lmc');
    await c.call('sessions.revoke', { sessionId: mine!.id });
    const box = page.getByTestId('library-search').locator('input');
    await box.fill('任意');
    await box.press('Enter');
    await page.getByTestId('sign-in-screen').waitFor();
  });

  it('an administrator signs in, sees every section, opens the audit log and filters it by desk and action', async () => {
    await signIn('boss', 'admin-pass-123');
    await page.getByTestId('nav-export').waitFor();
    expect(await page.getByTestId('backup-open').count()).toBe(1);
    await page.getByTestId('user-switcher').click();
    await page.getByText('审计日志…').click();
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-action').fill('user.signIn');
    await page.getByTestId('audit-address').fill('127.0.0.1');
    await page.getByTestId('audit-search').click();
    const rows = page.locator('[data-testid=audit-table] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2); // 李梦楚 once (the wrong password is user.signInFailed), 陈总 once
    const text = (await rows.allTextContents()).join('\n');
    expect(text).toContain('陈总');
    expect(text).toContain('李梦楚');
    expect(text).toContain('127.0.0.1');
  });

  it('signs out from the user menu', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('user-switcher').click();
    await page.getByText('退出登录').click();
    await page.getByTestId('sign-in-screen').waitFor();
  });
});
