import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
let host: WebHost;
let staticDir: string;

beforeAll(async () => {
  t = await tempCore();
  staticDir = mkdtempSync(join(tmpdir(), 'banxin-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>版心</title></head><body></body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(t.dir, 'secret.txt'), 'secret');
  host = await startWebHost({ core: t.core, staticDir });
});
afterAll(async () => {
  await host.close();
  t.dispose();
  rmSync(staticDir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function ws(query: string, headers: Record<string, string>): Promise<{ opened: boolean; socket?: WebSocket; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${host.port}/api${query}`, { headers });
    socket.once('open', () => resolve({ opened: true, socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
    socket.once('error', () => resolve({ opened: false }));
  });
}

const origin = () => `http://127.0.0.1:${host.port}`;

describe('loopback web host', () => {
  it('listens on 127.0.0.1 only, on a random port, with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('serves the app with the token, sets an HttpOnly cookie, and a CSP without unsafe-inline or unsafe-eval', async () => {
    const r = await get(`/?token=${host.token}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<meta name="csp-nonce"');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await get('/assets/app.js', { cookie: `banxin_token=${host.token}` });
    expect(asset.status).toBe(200);
  });

  it.each([
    ['no token', '/', {}],
    ['a wrong token', '/?token=' + 'f'.repeat(48), {}],
    ['a wrong cookie', '/assets/app.js', { cookie: 'banxin_token=nope' }],
  ])('refuses HTTP with %s', async (_name, path, headers) => {
    expect((await get(path, headers)).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin even with the token', async () => {
    expect((await get(`/?token=${host.token}`, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await get(`/?token=${host.token}`, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const r = await get(`${p}${p.includes('?') ? '&' : '?'}token=${host.token}`);
      expect(r.status, p).toBe(404);
    }
  });

  it('serves the composer\'s font files by id only, never by path', async () => {
    const cookie = { cookie: `banxin_token=${host.token}` };
    const font = await get('/fonts/noto-serif-sc-400', cookie);
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/ttf');
    for (const p of ['/fonts/unknown-font', '/fonts/..%2f..%2fetc%2fpasswd', '/fonts/NOTO', '/fonts/']) expect((await get(p, cookie)).status, p).toBe(404);
    expect((await get('/fonts/noto-serif-sc-400')).status).toBe(403);
  });

  it('gives exported files back: PDFs as downloads with their Chinese names, the e-paper in place with no script, nothing outside exports/', async () => {
    const cookie = { cookie: `banxin_token=${host.token}` };
    const day = join(t.dir, 'exports', '2026-11-26');
    mkdirSync(join(day, '数字报'), { recursive: true });
    writeFileSync(join(day, '永康日报 小样.pdf'), '%PDF-1.3 test');
    writeFileSync(join(day, '数字报', 'index.html'), '<!doctype html><title>数字报</title>');
    const pdf = await get(`/exports/2026-11-26/${encodeURIComponent('永康日报 小样.pdf')}`, cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.body).toBe('%PDF-1.3 test');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="____ __.pdf"; filename*=UTF-8''${encodeURIComponent('永康日报 小样.pdf')}`);
    const html = await get(`/exports/2026-11-26/${encodeURIComponent('数字报')}/index.html`, cookie);
    expect(html.status).toBe(200);
    expect(html.headers['content-disposition']).toBeUndefined();
    expect(html.headers['content-security-policy']).toContain("script-src 'none'");
    expect(html.body).not.toContain('csp-nonce');
    for (const p of ['/exports/..%2fbanxin.db', '/exports/%2e%2e/secret.txt', '/exports/2026-11-26/', '/exports/2026-11-26/missing.pdf']) expect((await get(p, cookie)).status, p).toBe(404);
    expect((await get(`/exports/2026-11-26/${encodeURIComponent('永康日报 小样.pdf')}`)).status).toBe(403);
  });

  it('refuses WebSockets without the token, with a foreign Origin, without an Origin, or a foreign Host', async () => {
    expect((await ws('', { origin: origin() })).opened).toBe(false);
    expect((await ws(`?token=${host.token}`, { origin: 'http://evil.example' })).opened).toBe(false);
    expect((await ws(`?token=${host.token}`, {})).opened).toBe(false);
    expect((await ws(`?token=${host.token}`, { origin: origin(), host: `evil.example:${host.port}` })).opened).toBe(false);
  });

  it('carries the contract over an authorised WebSocket and answers malformed frames with typed errors', async () => {
    const c = await ws(`?token=${host.token}`, { origin: origin() });
    expect(c.opened).toBe(true);
    const socket = c.socket!;
    const replies: unknown[] = [];
    const got = new Promise<void>((resolve) => {
      socket.on('message', (d) => {
        replies.push(JSON.parse(d.toString()));
        if (replies.length === 3) resolve();
      });
    });
    socket.send(JSON.stringify({ id: 1, method: 'system.info', params: {} }));
    socket.send('not json');
    socket.send(JSON.stringify({ id: 2, method: 'stories.get', params: { id: 'x' } }));
    await got;
    socket.close();
    const byId = new Map(replies.map((r) => [(r as { id: number }).id, (r as { envelope: { ok: boolean; error?: { code: string }; result?: { pragmas: { synchronous: string }; transport: string } } }).envelope]));
    expect(byId.get(1)!.ok).toBe(true);
    expect(byId.get(1)!.result!.pragmas.synchronous).toBe('FULL');
    expect(byId.get(1)!.result!.transport).toBe('websocket');
    expect(byId.get(-1)!.error!.code).toBe('VALIDATION');
    expect(byId.get(2)!.error!.code).toBe('VALIDATION');
  });
});

describe('loopback web host shutdown', () => {
  it('answers every call it had received before closing the sockets with 1001', async () => {
    const own = await startWebHost({ core: t.core, staticDir });
    const socket = new WebSocket(`ws://127.0.0.1:${own.port}/api?token=${own.token}`, { headers: { Origin: `http://127.0.0.1:${own.port}` } });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const answered = new Map<number, boolean>();
    socket.on('message', (d) => {
      const f = JSON.parse(d.toString()) as { id?: number; envelope?: { ok: boolean } };
      if (typeof f.id === 'number') answered.set(f.id, f.envelope!.ok);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    // Slow calls (an import preview of a long paste) among quick ones, all on the wire before close().
    const text = '县融媒体中心讯　今年以来，全县上下认真贯彻落实各项部署。\n'.repeat(4000);
    const sent: Promise<void>[] = [];
    for (let id = 1; id <= 12; id++) {
      const frame = id % 3 === 0 ? { id, method: 'import.preview', params: { source: { paste: { text } } } } : { id, method: 'system.info', params: {} };
      sent.push(new Promise((resolve, reject) => socket.send(JSON.stringify(frame), (err) => (err ? reject(err) : resolve()))));
    }
    await Promise.all(sent);
    await own.close();
    expect(await closed).toBe(1001);
    expect([...answered.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const [id, ok] of answered) expect(ok, `call #${id}`).toBe(true);
  }, 60_000);
});
