import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FRAME_BYTES } from '../../shared/api/upload-limits';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { tempCore, type TempCore } from '../support/temp-core';
import { closedWithin, frame, rawUpgrade } from '../support/raw-ws';
import { startCli } from '../support/cli-process';

/**
 * Issue #13 finding 2: a WebSocket protocol error (a frame over the size limit, what the import
 * picker sent for a 75 MB .docx) emitted an 'error' nobody listened to, and the host process died.
 * Here every kind of bad frame is thrown at a real host, and after each one a well-behaved client
 * on another socket must still get its answer. A small run in `npm test`, a long one in `npm run stress`.
 */
let t: TempCore;
let host: WebHost;
let staticDir: string;
let good: WebSocket;
let nextId = 1;

const authHeaders = (): Record<string, string> => ({ Origin: `http://127.0.0.1:${host.port}`, Cookie: `banxin_token=${host.token}` });

function call(socket: WebSocket, method: string, params: unknown): Promise<{ ok: boolean; result?: unknown }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onClose = (): void => reject(new Error('the good socket was closed'));
    const onMessage = (d: WebSocket.RawData): void => {
      const f = JSON.parse(d.toString()) as { id?: number; envelope?: { ok: boolean; result?: unknown } };
      if (f.id !== id) return;
      socket.off('message', onMessage);
      socket.off('close', onClose);
      resolve(f.envelope!);
    };
    socket.on('message', onMessage);
    socket.once('close', onClose);
    socket.send(JSON.stringify({ id, method, params }));
  });
}

function openGood(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const s = new WebSocket(`ws://127.0.0.1:${host.port}/api`, { headers: authHeaders() });
    s.once('open', () => resolve(s));
    s.once('error', reject);
  });
}

beforeAll(async () => {
  t = await tempCore();
  staticDir = mkdtempSync(join(tmpdir(), 'banxin-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  host = await startWebHost({ core: t.core, staticDir });
  good = await openGood();
});
afterAll(async () => {
  good.close();
  await host.close();
  t.dispose();
  rmSync(staticDir, { recursive: true, force: true });
});

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const json = (s: string): Buffer => Buffer.from(s, 'utf8');
const validCall = (id: number): string => JSON.stringify({ id, method: 'stories.list', params: {} });

/** Every class of bad input, each drawn with random sizes and positions. */
const CASES: Record<string, (r: () => number) => Buffer> = {
  'oversize single frame': () => frame(Buffer.alloc(0), { claimedLength: MAX_FRAME_BYTES + 1 + Math.floor(Math.random() * 1e6) }),
  'oversize across fragments': (r) => Buffer.concat([frame(json('{"id":1,'), { fin: false }), frame(Buffer.alloc(0), { opcode: 0, claimedLength: MAX_FRAME_BYTES - 3 + Math.floor(r() * 100) })]),
  'binary garbage': (r) => frame(Buffer.from(Array.from({ length: 1 + Math.floor(r() * 4000) }, () => Math.floor(r() * 256))), { opcode: 2 }),
  'binary JSON call': (r) => frame(json(validCall(1 + Math.floor(r() * 1e6))), { opcode: 2 }),
  'truncated JSON': (r) => {
    const s = validCall(7);
    return frame(json(s.slice(0, Math.floor(r() * (s.length - 1)))));
  },
  'deep array nesting': (r) => {
    const d = 1000 + Math.floor(r() * 200_000);
    return frame(json(`{"id":3,"method":"stories.list","params":${'['.repeat(d)}${']'.repeat(d)}}`));
  },
  'deep object nesting': (r) => {
    const d = 1000 + Math.floor(r() * 100_000);
    return frame(json(`{"id":4,"method":"stories.get","params":{"id":${'{"a":'.repeat(d)}1${'}'.repeat(d)}}}`));
  },
  'huge array param': (r) => {
    const n = 100_000 + Math.floor(r() * 1_000_000);
    return frame(json(`{"id":5,"method":"stories.list","params":{"ids":[${'0,'.repeat(n)}0]}}`));
  },
  'huge string param': (r) => frame(json(JSON.stringify({ id: 6, method: 'search.query', params: { q: '版'.repeat(100_000 + Math.floor(r() * 2_000_000)) } }))),
  'invalid UTF-8 text': (r) => frame(Buffer.from([0x7b, 0xff, 0xfe, Math.floor(r() * 256), 0x7d])),
  'reserved opcode': (r) => frame(json('{}'), { opcode: [3, 4, 5, 6, 7, 0xb, 0xc, 0xd, 0xe, 0xf][Math.floor(r() * 10)]! }),
  'reserved bits': (r) => frame(json(validCall(8)), { rsv: 1 + Math.floor(r() * 7) }),
  'unmasked client frame': () => frame(json(validCall(9)), { mask: false }),
  'control frame too long': (r) => frame(Buffer.alloc(126 + Math.floor(r() * 1000)), { opcode: 9 }),
  'fragmented control frame': () => frame(json('ping'), { opcode: 9, fin: false }),
  'continuation without a start': () => frame(json('{}'), { opcode: 0 }),
  'bad close code': (r) => frame(Buffer.from([Math.floor(r() * 4), Math.floor(r() * 256)]), { opcode: 8 }),
  'truncated header': (r) => frame(json(validCall(10))).subarray(0, 1 + Math.floor(r() * 5)),
  'random bytes': (r) => Buffer.from(Array.from({ length: 1 + Math.floor(r() * 512) }, () => Math.floor(r() * 256))),
  'not a frame id': () => frame(json('{"id":-1,"method":"system.info"}')),
};

async function attack(bytes: Buffer): Promise<void> {
  const socket = await rawUpgrade(host.port, '/api', authHeaders());
  await new Promise<void>((resolve) => socket.write(bytes, () => resolve()));
  // Some cases make the server close at once; others (a truncated frame) wait for more bytes.
  await closedWithin(socket, 100);
  socket.destroy();
}

describe('web host under hostile WebSocket frames', () => {
  it('a frame over the size limit closes that socket only; the host answers the next call (regression #13.2)', async () => {
    const socket = await rawUpgrade(host.port, '/api', authHeaders());
    socket.write(frame(Buffer.alloc(0), { claimedLength: MAX_FRAME_BYTES + 1 }));
    expect(await closedWithin(socket, 10_000)).toBe(true);
    const info = await call(good, 'system.info', {});
    expect(info.ok).toBe(true);
    const fresh = await openGood();
    expect((await call(fresh, 'system.info', {})).ok).toBe(true);
    fresh.close();
  });

  it('a real `banxin serve` process survives a frame over the limit and answers the next call (regression #13.2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banxin-serve-'));
    const cli = await startCli(['serve', '--no-open', '--port', '0', '--db', join(dir, 'banxin.db')], /(http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([0-9a-f]+)/, { BANXIN_RENDERER_DIR: staticDir });
    try {
      const port = Number(cli.ready[2]);
      const headers = { Origin: `http://127.0.0.1:${port}`, Cookie: `banxin_token=${cli.ready[3]}` };
      const socket = await rawUpgrade(port, '/api', headers);
      socket.write(frame(Buffer.alloc(0), { claimedLength: MAX_FRAME_BYTES + 1 }));
      expect(await closedWithin(socket, 10_000)).toBe(true);
      const s = await new Promise<WebSocket>((resolve, reject) => {
        const w = new WebSocket(`ws://127.0.0.1:${port}/api`, { headers });
        w.once('open', () => resolve(w));
        w.once('error', reject);
      });
      expect((await call(s, 'system.info', {})).ok).toBe(true);
      s.close();
      expect(cli.child.exitCode).toBeNull();
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a deeply nested frame is answered as a validation error, not thrown', async () => {
    const socket = await openGood();
    const d = 200_000;
    const reply = new Promise<{ id: number; envelope: { ok: boolean; error?: { code: string } } }>((resolve) => socket.once('message', (m) => resolve(JSON.parse(m.toString()))));
    socket.send(`{"id":77,"method":"stories.list","params":{"x":${'['.repeat(d)}${']'.repeat(d)}}}`);
    const r = await reply;
    expect(r.envelope.ok).toBe(false);
    expect(r.envelope.error!.code).toBe('VALIDATION');
    socket.close();
  });

  const rounds = process.env.BANXIN_STRESS === '1' ? 2_000 : 60;
  it(`stays up through ${rounds} random hostile frames and answers a call after each`, async () => {
    const names = Object.keys(CASES);
    const seed = Number(process.env.BANXIN_FUZZ_SEED ?? 20261204);
    const r = prng(seed);
    const seen = new Set<string>();
    for (let i = 0; i < rounds; i++) {
      const name = names[i < names.length ? i : Math.floor(r() * names.length)]!;
      seen.add(name);
      await attack(CASES[name]!(r));
      const info = await call(good, 'system.info', {});
      expect(info.ok, `after case ${i} (${name}, seed ${seed})`).toBe(true);
    }
    expect(seen.size).toBe(names.length);
    const stories = await call(good, 'stories.list', {});
    expect(stories.ok).toBe(true);
  }, 60_000 + rounds * 400);
});
