import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ROOT, startCli, type CliProcess } from '../support/cli-process';
import { hasOpenssl, selfSignedCert } from '../support/self-signed-cert';

/**
 * Issue #14 item 1: `banxin server` as its own process, over TLS with a certificate made here,
 * spoken to as a desk would: /healthz, the app, the contract over WSS at /api, a clean SIGTERM.
 * Everything listens on 127.0.0.1; the refusal of plain HTTP off the loopback is checked from
 * the refusal itself, which comes before any socket is opened.
 */
const dir = mkdtempSync(join(tmpdir(), 'banxin-server-'));
const staticDir = join(dir, 'static');
let certFile: string;
let keyFile: string;
let ca: Buffer;
const READY = /^newsroom: (https?):\/\/127\.0\.0\.1:(\d+)\/$/;

beforeAll(() => {
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>版心</title></head><body></body></html>');
  if (!hasOpenssl) return;
  ({ certFile, keyFile, cert: ca } = selfSignedCert(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function server(args: string[], db = join(dir, `db-${Math.random().toString(36).slice(2)}`, 'banxin.db')): Promise<CliProcess> {
  return startCli(['server', '--db', db, '--host', '127.0.0.1', '--port', '0', ...args], READY, { BANXIN_RENDERER_DIR: staticDir });
}

function get(secure: boolean, port: number, path: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = secure ? httpsRequest : httpRequest;
    const req = request({ host: '127.0.0.1', port, path, method, ...(secure ? { ca } : {}) }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function openSocket(port: number, headers: Record<string, string>, path = '/api'): Promise<{ ws?: WebSocket; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`wss://127.0.0.1:${port}${path}`, { ca, headers });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', () => resolve({}));
  });
}

async function stop(cli: CliProcess): Promise<number | string> {
  cli.child.kill('SIGTERM');
  return cli.exited;
}

describe.skipIf(!hasOpenssl)('newsroom server over TLS', () => {
  let cli: CliProcess;
  let port: number;
  const origin = (): string => `https://127.0.0.1:${port}`;
  beforeAll(async () => {
    cli = await server(['--tls-cert', certFile, '--tls-key', keyFile]);
    port = Number(cli.ready[2]);
  });
  afterAll(async () => {
    if (cli.child.exitCode === null) await stop(cli);
  });

  it('prints one line, `newsroom: https://127.0.0.1:PORT/`, naming the free port it took', () => {
    expect(cli.ready[1]).toBe('https');
    expect(port).toBeGreaterThan(0);
    expect(cli.stdout()).toBe(`newsroom: https://127.0.0.1:${port}/\n`);
  });

  it('answers /healthz and serves the app to anyone, with HSTS and the strict CSP naming its own wss origin', async () => {
    const health = await get(true, port, '/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true, secure: true, insecureHttp: false });
    const page = await get(true, port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="csp-nonce"');
    expect(page.body).not.toContain('banxin-insecure-http');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(String(page.headers['content-security-policy'])).toContain(`connect-src 'self' wss://127.0.0.1:${port}`);
    expect(page.headers['x-banxin-insecure-http']).toBeUndefined();
    expect((await get(true, port, '/../banxin.db')).status).toBe(404);
    expect((await get(true, port, '/exports/x.pdf')).status).toBe(404);
    expect((await get(true, port, '/', 'POST')).status).toBe(405);
  });

  it('carries the contract over WSS at /api for a same-origin page', async () => {
    const { ws } = await openSocket(port, { Origin: origin() });
    expect(ws).toBeDefined();
    const reply = new Promise<{ id: number; envelope: { ok: boolean; result?: { transport: string } } }>((resolve) => ws!.once('message', (d) => resolve(JSON.parse(d.toString()))));
    ws!.send(JSON.stringify({ id: 1, method: 'system.info', params: {} }));
    const r = await reply;
    expect(r.id).toBe(1);
    expect(r.envelope.ok).toBe(true);
    expect(r.envelope.result!.transport).toBe('websocket');
    ws!.close();
  });

  it('refuses a socket from another origin, without an Origin, over http://, or off /api', async () => {
    expect((await openSocket(port, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await openSocket(port, {})).status).toBe(403);
    expect((await openSocket(port, { Origin: `http://127.0.0.1:${port}` })).status).toBe(403);
    expect((await openSocket(port, { Origin: origin() }, '/other')).status).toBe(404);
  });

  it('does not speak plain HTTP on its TLS port, and stays up after someone tries', async () => {
    await expect(get(false, port, '/healthz')).rejects.toThrow();
    expect((await get(true, port, '/healthz')).status).toBe(200);
  });

  it('on SIGTERM answers every call it had received, closes the sockets with 1001, and exits 0', async () => {
    const { ws } = await openSocket(port, { Origin: origin() });
    const answered = new Map<number, boolean>();
    ws!.on('message', (d) => {
      const f = JSON.parse(d.toString()) as { id?: number; envelope?: { ok: boolean } };
      if (typeof f.id === 'number') answered.set(f.id, f.envelope!.ok);
    });
    const closed = new Promise<number>((resolve) => ws!.once('close', (code) => resolve(code)));
    // Slow calls (an import preview of a long paste) mixed with quick ones, all on the wire before the signal.
    const text = '县融媒体中心讯　今年以来，全县上下认真贯彻落实各项部署。\n'.repeat(4000);
    const sent: Promise<void>[] = [];
    for (let id = 1; id <= 24; id++) {
      const frame = id % 3 === 0 ? { id, method: 'import.preview', params: { source: { paste: { text } } } } : { id, method: 'system.info', params: {} };
      sent.push(new Promise((resolve, reject) => ws!.send(JSON.stringify(frame), (err) => (err ? reject(err) : resolve()))));
    }
    await Promise.all(sent);
    const exit = stop(cli);
    expect(await closed).toBe(1001);
    expect([...answered.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (const [id, ok] of answered) if (id % 3 !== 0) expect(ok, `system.info #${id}`).toBe(true);
    expect(await exit).toBe(0);
    expect(cli.stderr()).toContain('newsroom: stopped');
    await expect(get(true, port, '/healthz')).rejects.toThrow();
  });
});

describe('newsroom server over plain HTTP', () => {
  it('refuses plain HTTP on an address other machines can reach, before listening, unless --insecure-http', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'server', '--db', join(dir, 'never', 'banxin.db'), '--host', '0.0.0.0', '--port', '0'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BANXIN_RENDERER_DIR: staticDir }, timeout: 120_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('拒绝在非本机地址 0.0.0.0 上使用未加密的 HTTP');
    expect(r.stderr).toContain('Refusing plain HTTP on the non-loopback address 0.0.0.0');
  });

  it('serves plain HTTP on the loopback; with --insecure-http every response and page says so', async () => {
    const plain = await server([]);
    const insecure = await server(['--insecure-http']);
    try {
      const p = Number(plain.ready[2]);
      expect(plain.ready[1]).toBe('http');
      const h = await get(false, p, '/healthz');
      expect(JSON.parse(h.body)).toMatchObject({ ok: true, secure: false, insecureHttp: false });
      expect(h.headers['x-banxin-insecure-http']).toBeUndefined();
      const q = Number(insecure.ready[2]);
      const hi = await get(false, q, '/healthz');
      expect(JSON.parse(hi.body)).toMatchObject({ ok: true, secure: false, insecureHttp: true });
      expect(hi.headers['x-banxin-insecure-http']).toBe('1');
      const page = await get(false, q, '/');
      expect(page.headers['x-banxin-insecure-http']).toBe('1');
      expect(page.body).toContain('<meta name="banxin-insecure-http" content="1">');
    } finally {
      expect(await stop(plain)).toBe(0);
      expect(await stop(insecure)).toBe(0);
    }
  });
});
