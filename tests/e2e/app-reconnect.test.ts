import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererDist } from '../../electron/core/app-root';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { startApp, type RunningApp } from './harness';

// Browser mode: the loopback host goes away (the app was restarted, the machine slept) and comes
// back on the same port. The window says so while it retries, then carries on with the same user.
describe('browser mode: a dropped connection is shown, retried and recovered', () => {
  let h: RunningApp;
  let second: WebHost | undefined;
  beforeAll(async () => {
    h = await startApp();
    h.page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it('shows 连接中断 while the host is down and 已重新连接 when it is back, acting as the same user', async () => {
    const p = h.page;
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    expect(await p.getByTestId('connection-lost').count()).toBe(0);
    await h.host.close();
    await p.getByTestId('connection-lost').waitFor();
    expect(await p.getByTestId('connection-lost').textContent()).toContain('正在重连');
    second = await startWebHost({ core: h.core, staticDir: rendererDist(), port: h.host.port, token: h.host.token });
    await p.getByTestId('connection-back').waitFor({ timeout: 30_000 });
    expect(await p.getByTestId('connection-lost').count()).toBe(0);
    // The new socket is a new core session: the window chose its user again, and calls go through.
    await p.getByTestId('nav-proof').click();
    await p.getByTestId('proof-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
  });

  it('logged nothing but the refused reconnection attempts', () => {
    expect(h.problems.filter((m) => !/WebSocket connection to .* failed/.test(m))).toEqual([]);
  });
});
