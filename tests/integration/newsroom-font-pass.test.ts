import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { createCore } from '../../electron/core/create-core';
import type { CliProcess } from '../support/cli-process';
import { startLoopbackServer, stopServer } from '../support/loopback-server';
import { passwordOf } from '../support/newsroom';
import { WsDesk } from '../support/ws-desk';
import { storeOptions, testStore } from '../support/test-engine';

/**
 * The paper's fonts are licensed files: a newsroom server hands them only to a page whose socket
 * is signed in (a cookie set with the page, bound to its socket), not to anyone on the LAN.
 */
const dir = mkdtempSync(join(tmpdir(), 'banxin-font-pass-'));
const store = testStore(dir);
const FONT = '/fonts/noto-serif-sc-400';
let server: CliProcess;
let origin: string;
let port: number;

function get(path: string, cookie?: string): Promise<{ status: number; setCookie: string[]; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: cookie ? { Cookie: cookie } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [], bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const core = createCore({ ...storeOptions(store), scheduledBackups: false });
  const s = core.openSession('in-process');
  const admin = createClient((m, p) => s.call(m, p));
  await admin.call('session.setUser', { userId: 1 });
  await admin.call('users.create', { name: 'meibian', displayName: '美编刘', role: 'designer', password: passwordOf('meibian') });
  core.close();
  ({ server, origin, port } = await startLoopbackServer(dir, store));
}, 60_000);

afterAll(async () => {
  await stopServer(server);
  store.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('newsroom server: fonts only for a signed-in page', () => {
  it('refuses a font to a request with no pass, or a made-up one', async () => {
    expect((await get(FONT)).status).toBe(403);
    expect((await get(FONT, `banxin_assets=${'A'.repeat(43)}`)).status).toBe(403);
  });

  it('sets an HttpOnly, SameSite=Strict pass with the page, and keeps a pass the page already holds', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.setCookie).toHaveLength(1);
    expect(page.setCookie[0]).toMatch(/^banxin_assets=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const again = await get('/', page.setCookie[0]!.split(';')[0]);
    expect(again.setCookie).toHaveLength(0);
  });

  it('serves the font while the page’s socket is signed in, and stops when it signs out or closes', async () => {
    const cookie = (await get('/')).setCookie[0]!.split(';')[0]!;
    const desk = await WsDesk.open(origin, { Cookie: cookie });
    try {
      expect((await get(FONT, cookie)).status).toBe(403); // connected, not signed in
      await desk.ok('session.signIn', { name: 'meibian', password: passwordOf('meibian') });
      const font = await get(FONT, cookie);
      expect(font.status).toBe(200);
      expect(font.bytes).toBeGreaterThan(100_000);
      expect((await get(FONT)).status).toBe(403); // another machine without the pass
      await desk.ok('session.signOut');
      expect((await get(FONT, cookie)).status).toBe(403);
      await desk.ok('session.signIn', { name: 'meibian', password: passwordOf('meibian') });
      expect((await get(FONT, cookie)).status).toBe(200);
    } finally {
      await desk.close();
    }
    // The server unbinds the pass when the socket closes.
    for (let i = 0; i < 50 && (await get(FONT, cookie)).status === 200; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await get(FONT, cookie)).status).toBe(403);
  });
});
