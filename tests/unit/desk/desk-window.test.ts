import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { certificateFingerprint } from '../../../electron/desk/certificate-pin';
import { CERT_ACCEPT, CERT_REJECT, NEWSROOM_PARTITION, openNewsroomWindow, pinnedVerifyProc, type DeskElectron, type VerifyProc } from '../../../electron/desk/desk-window';
import { hasOpenssl, selfSignedCert } from '../../support/self-signed-cert';

/**
 * The newsroom window's wiring, without Electron: the part of Electron's API it uses is passed
 * in, here a recorder. The verify proc itself is fed real certificates made by openssl, in the
 * shape Electron hands them over (PEM in `certificate.data`).
 */
let dir: string;
let pinnedPem: string;
let otherPem: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-desk-window-'));
  if (!hasOpenssl) return;
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  pinnedPem = selfSignedCert(join(dir, 'a')).cert.toString();
  otherPem = selfSignedCert(join(dir, 'b')).cert.toString();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verdict = (proc: VerifyProc, hostname: string, data: string): number => {
  let result: number | undefined;
  proc({ hostname, certificate: { data } }, (r) => (result = r));
  return result!;
};

function recorder() {
  const rec = {
    partitions: [] as string[],
    verifyProc: undefined as VerifyProc | undefined,
    permissionRequest: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | (() => boolean),
    windows: [] as Array<{ options: Record<string, unknown>; loaded?: string; handlers: Record<string, (...a: unknown[]) => void>; openHandler?: () => unknown }>,
  };
  const session = {
    setCertificateVerifyProc: (p: VerifyProc) => void (rec.verifyProc = p),
    setPermissionRequestHandler: (fn: typeof rec.permissionRequest) => void (rec.permissionRequest = fn),
    setPermissionCheckHandler: (fn: typeof rec.permissionCheck) => void (rec.permissionCheck = fn),
  };
  class BrowserWindow {
    webContents: Record<string, unknown>;
    private entry: (typeof rec.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.entry = { options, handlers: {} };
      const entry = this.entry;
      this.webContents = {
        on: (ev: string, fn: (...a: unknown[]) => void) => void (entry.handlers[ev] = fn),
        setWindowOpenHandler: (fn: () => unknown) => void (entry.openHandler = fn),
      };
      rec.windows.push(entry);
    }
    once(): this {
      return this;
    }
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.entry.loaded = url;
      return Promise.resolve();
    }
  }
  const electron = { BrowserWindow, session: { fromPartition: (p: string) => (rec.partitions.push(p), session) } } as unknown as DeskElectron;
  return { rec, electron, session };
}

describe.skipIf(!hasOpenssl)('the newsroom window (Electron API injected)', () => {
  it('accepts exactly the pinned certificate for the pinned host, and nothing else', () => {
    const proc = pinnedVerifyProc('https://127.0.0.1:8443/', certificateFingerprint(pinnedPem));
    expect(verdict(proc, '127.0.0.1', pinnedPem)).toBe(CERT_ACCEPT);
    // Another certificate for the same host: what a machine in the middle would present.
    expect(verdict(proc, '127.0.0.1', otherPem)).toBe(CERT_REJECT);
    // The pinned certificate, but for another host the page might be sent to.
    expect(verdict(proc, 'evil.example', pinnedPem)).toBe(CERT_REJECT);
    expect(verdict(proc, '127.0.0.1', 'not a certificate')).toBe(CERT_REJECT);
    expect(verdict(proc, '127.0.0.1', '')).toBe(CERT_REJECT);
  });

  it('opens the server in its own session, pinned, hardened, isolated and sandboxed, with no preload', () => {
    const { rec, electron } = recorder();
    const url = 'https://127.0.0.1:9443/';
    openNewsroomWindow(electron, url, certificateFingerprint(pinnedPem));
    expect(rec.partitions).toEqual([NEWSROOM_PARTITION]);
    expect(verdict(rec.verifyProc!, '127.0.0.1', pinnedPem)).toBe(CERT_ACCEPT);
    expect(verdict(rec.verifyProc!, '127.0.0.1', otherPem)).toBe(CERT_REJECT);
    const cb = vi.fn();
    rec.permissionRequest!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(rec.permissionCheck!()).toBe(false);
    expect(rec.windows).toHaveLength(1);
    const w = rec.windows[0]!;
    const prefs = w.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false });
    expect(prefs.preload).toBeUndefined();
    expect(prefs.session).toBeDefined();
    expect(w.loaded).toBe(url);
  });

  it('lets the window move within the server and the app, never elsewhere, and opens no new windows', () => {
    const { rec, electron } = recorder();
    openNewsroomWindow(electron, 'https://127.0.0.1:9443/', certificateFingerprint(pinnedPem));
    const w = rec.windows[0]!;
    const tries: Array<[string, boolean]> = [
      ['https://127.0.0.1:9443/#/library', true],
      ['app://banxin/index.html', true],
      ['https://127.0.0.1:9444/', false],
      ['http://127.0.0.1:9443/', false],
      ['https://evil.example/', false],
      ['file:///etc/passwd', false],
    ];
    for (const [url, allowed] of tries) {
      const event = { preventDefault: vi.fn() };
      w.handlers['will-navigate']!(event, url);
      expect(event.preventDefault.mock.calls.length === 0, url).toBe(allowed);
    }
    expect(w.openHandler!()).toEqual({ action: 'deny' });
  });
});
