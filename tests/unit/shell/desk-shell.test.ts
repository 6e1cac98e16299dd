import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESK_CHANNELS } from '../../../shared/api/desk-bridge';
import { certificateFingerprint } from '../../../electron/desk/certificate-pin';
import { loadProfile, saveProfile } from '../../../electron/desk/desk-profile';
import { hasOpenssl, selfSignedCert } from '../../support/self-signed-cert';

// main.ts as the desk app runs it, with no --db: `electron` is a recording stub (the binary cannot
// run here), the profile folder and the TLS server it connects to are real.
const rec = vi.hoisted(() => ({
  userData: '',
  windows: [] as Array<{ options: Record<string, unknown>; loaded?: string; closed: boolean }>,
  ipcHandlers: new Map<string, (...a: unknown[]) => unknown>(),
  partitions: [] as string[],
  verifyProc: undefined as undefined | ((req: { hostname: string; certificate: { data: string } }, cb: (r: number) => void) => void),
  quit: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined, send: () => undefined, isDestroyed: () => false };
    private entry: (typeof rec.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.entry = { options, closed: false };
      rec.windows.push(this.entry);
    }
    once(): void {}
    close(): void {
      this.entry.closed = true;
    }
    isDestroyed(): boolean {
      return this.entry.closed;
    }
    loadURL(url: string): Promise<void> {
      this.entry.loaded = url;
      return Promise.resolve();
    }
    static getAllWindows(): unknown[] {
      return [];
    }
  }
  const ses = {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setCertificateVerifyProc: (p: typeof rec.verifyProc) => void (rec.verifyProc = p),
  };
  return {
    app: {
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      on: () => undefined,
      getPath: () => rec.userData,
      quit: () => void rec.quit++,
      relaunch: () => undefined,
    },
    BrowserWindow,
    dialog: { showErrorBox: () => undefined, showMessageBoxSync: () => 1 },
    ipcMain: { handle: (ch: string, fn: (...a: unknown[]) => unknown) => void rec.ipcHandlers.set(ch, fn), removeHandler: (ch: string) => void rec.ipcHandlers.delete(ch) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: { defaultSession: ses, fromPartition: (p: string) => (rec.partitions.push(p), ses) },
  };
});

let dir: string;
let server: Server;
let url: string;
let fp: string;
let certPem: string;
let otherFp: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-desk-shell-'));
  delete process.env.BANXIN_DB;
  if (!hasOpenssl) return;
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  const { cert, key } = selfSignedCert(join(dir, 'a'));
  certPem = cert.toString();
  fp = certificateFingerprint(cert);
  otherFp = certificateFingerprint(selfSignedCert(join(dir, 'b')).cert);
  server = createServer({ cert, key }, (_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  rec.userData = mkdtempSync(join(dir, 'user-'));
  rec.windows.length = 0;
  rec.ipcHandlers.clear();
  rec.partitions.length = 0;
  rec.verifyProc = undefined;
  vi.resetModules();
});

const start = async (windows: number): Promise<void> => {
  await import('../../../electron/shell/main');
  await vi.waitFor(() => expect(rec.windows.length).toBe(windows), { timeout: 60_000, interval: 50 });
};
const CHOOSER_FRAME = { url: 'app://banxin/chooser.html', parent: null };
const desk = (channel: string, request: unknown) => rec.ipcHandlers.get(channel)!({ senderFrame: CHOOSER_FRAME }, request) as Promise<Record<string, unknown>>;

describe.skipIf(!hasOpenssl)('desk start-up (main.ts, stubbed electron)', () => {
  it('first start shows the chooser; trusting the server opens it in the pinned session and closes the chooser', async () => {
    await start(1);
    const chooser = rec.windows[0]!;
    expect(chooser.loaded).toBe('app://banxin/chooser.html');
    expect(String((chooser.options.webPreferences as Record<string, unknown>).preload)).toMatch(/desk-preload\.cjs$/);
    expect(await desk(DESK_CHANNELS.state, {})).toEqual({ notice: { kind: 'first-start' }, current: null });
    expect(await desk(DESK_CHANNELS.probe, { address: url })).toMatchObject({ ok: true, fingerprint: fp, pinned: 'new' });
    expect(await desk(DESK_CHANNELS.trust, { address: url, fingerprint: fp })).toEqual({ ok: true, serverUrl: url });
    expect(rec.windows).toHaveLength(2);
    expect(rec.windows[1]!.loaded).toBe(url);
    expect((rec.windows[1]!.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(chooser.closed).toBe(true);
    let verdict: number | undefined;
    rec.verifyProc!({ hostname: '127.0.0.1', certificate: { data: certPem } }, (r) => (verdict = r));
    expect(verdict).toBe(0);
    // The chooser's channels are gone with it.
    expect(rec.ipcHandlers.has(DESK_CHANNELS.trust)).toBe(false);
    expect(loadProfile(rec.userData)).toMatchObject({ kind: 'ok', profile: { mode: 'server', serverUrl: url, fingerprint: fp } });
  });

  it('a later start with the pinned certificate goes straight to the server', async () => {
    saveProfile(rec.userData, { version: 1, mode: 'server', serverUrl: url, fingerprint: fp, pinnedAt: new Date().toISOString() });
    await start(1);
    expect(rec.windows[0]!.loaded).toBe(url);
  });

  it('a pin the server no longer matches shows the chooser with the mismatch, and no server page', async () => {
    saveProfile(rec.userData, { version: 1, mode: 'server', serverUrl: url, fingerprint: otherFp, pinnedAt: new Date().toISOString() });
    await start(1);
    expect(rec.windows[0]!.loaded).toBe('app://banxin/chooser.html');
    expect(rec.partitions).toEqual([]);
    expect(await desk(DESK_CHANNELS.state, {})).toMatchObject({ notice: { kind: 'mismatch', serverUrl: url, pinned: otherFp, presented: fp } });
  });
});
