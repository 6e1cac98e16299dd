import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The Electron binary cannot run here, so `electron` is replaced by a recording stub and the
// real shell code (main.ts, harden.ts, ipc-bridge.ts) runs against it.
const rec = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; contents: Record<string, unknown>; handlers: Record<string, (...a: unknown[]) => unknown>; openHandler?: () => unknown; loaded?: string }>,
  ipcHandlers: new Map<string, (...a: unknown[]) => unknown>(),
  appHandlers: new Map<string, (...a: unknown[]) => unknown>(),
  permissionRequest: undefined as undefined | ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void),
  permissionCheck: undefined as undefined | (() => boolean),
  schemes: [] as unknown[],
  menu: undefined as unknown,
  lockTaken: true,
  quit: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const entry = { options, contents: {} as Record<string, unknown>, handlers: {} as Record<string, (...a: unknown[]) => unknown>, openHandler: undefined as undefined | (() => unknown), loaded: undefined as string | undefined };
      entry.contents = {
        id: rec.windows.length + 1,
        on: (ev: string, fn: (...a: unknown[]) => unknown) => void (entry.handlers[ev] = fn),
        setWindowOpenHandler: (fn: () => unknown) => void (entry.openHandler = fn),
        send: () => undefined,
        isDestroyed: () => false,
      };
      this.webContents = entry.contents;
      rec.windows.push(entry);
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      rec.windows[rec.windows.length - 1]!.loaded = url;
      return Promise.resolve();
    }
    static getAllWindows(): unknown[] {
      return rec.windows.map((w) => ({ webContents: w.contents }));
    }
  }
  const app = {
    requestSingleInstanceLock: () => rec.lockTaken,
    whenReady: () => Promise.resolve(),
    on: (ev: string, fn: (...a: unknown[]) => unknown) => void rec.appHandlers.set(ev, fn),
    getPath: () => tmpdir(),
    quit: () => void rec.quit++,
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: () => undefined },
    ipcMain: { handle: (ch: string, fn: (...a: unknown[]) => unknown) => void rec.ipcHandlers.set(ch, fn), removeHandler: () => undefined },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (rec.menu = m) },
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => void rec.schemes.push(...s), handle: () => undefined },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof rec.permissionRequest) => void (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof rec.permissionCheck) => void (rec.permissionCheck = fn),
      },
    },
  };
});

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-shell-'));
  process.env.BANXIN_DB = join(dir, 'shell.db');
  await import('../../../electron/shell/main');
  await vi.waitFor(() => expect(rec.windows.length).toBe(1), { timeout: 60_000, interval: 50 });
  // Importing the whole shell (the core, the export pipeline) takes more than the default 10 s on a busy 2-core machine.
}, 90_000);
afterAll(async () => {
  // Quitting waits for the core's last backup, then quits for real.
  const event = { preventDefault: vi.fn() };
  rec.appHandlers.get('before-quit')?.(event);
  expect(event.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(rec.quit).toBeGreaterThan(0), { timeout: 60_000, interval: 50 });
  delete process.env.BANXIN_DB;
  rmSync(dir, { recursive: true, force: true });
});

const invoke = (frame: unknown, method: string, params: unknown) =>
  rec.ipcHandlers.get('banxin:invoke')!({ senderFrame: frame, sender: { id: 7, once: () => undefined } }, method, params) as Promise<{ ok: boolean; error?: { code: string } }>;

describe('Electron shell (stubbed electron)', () => {
  it('creates the window isolated, sandboxed, without Node, with web security, from app://', () => {
    const prefs = rec.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, disableBlinkFeatures: 'Auxclick' });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(rec.windows[0]!.loaded).toBe('app://banxin/index.html');
    expect(rec.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) })]);
  });

  it('denies navigation away from the app and every new window', () => {
    const w = rec.windows[0]!;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() };
      w.handlers['will-navigate']!(event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const ok = { preventDefault: vi.fn() };
    w.handlers['will-navigate']!(ok, 'app://banxin/index.html#/library');
    expect(ok.preventDefault).not.toHaveBeenCalled();
    expect(w.openHandler!()).toEqual({ action: 'deny' });
    const wv = { preventDefault: vi.fn() };
    w.handlers['will-attach-webview']!(wv);
    expect(wv.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const cb = vi.fn();
    rec.permissionRequest!({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(rec.permissionCheck!()).toBe(false);
  });

  it('rejects IPC from an unexpected sender and serves the app frame', async () => {
    for (const frame of [null, { url: 'https://evil.example/', parent: null }, { url: 'app://banxin/index.html', parent: {} }, { url: 'file:///x.html', parent: null }]) {
      const r = await invoke(frame, 'system.info', {});
      expect(r.ok).toBe(false);
      expect(r.error!.code).toBe('FORBIDDEN');
    }
    const ok = await invoke({ url: 'app://banxin/index.html', parent: null }, 'system.info', {});
    expect(ok.ok).toBe(true);
    const bad = await invoke({ url: 'app://banxin/index.html', parent: null }, 'stories.get', { id: -1 });
    expect(bad.error!.code).toBe('VALIDATION');
  });

  it('installs a Chinese application menu', () => {
    const labels = (rec.menu as Array<{ label: string }>).map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']));
    // BANXIN_DB named the file: a single desk on it, with no chooser to switch to.
    const file = (rec.menu as Array<{ label: string; submenu: Array<{ label?: string }> }>).find((m) => m.label === '文件')!;
    expect(file.submenu.map((i) => i.label)).not.toContain('切换编辑部服务器…');
  });

  it('offers 切换编辑部服务器 in the 文件 menu when the desk was not started on a named file', async () => {
    const { applicationMenu } = await import('../../../electron/shell/menu');
    let switched = 0;
    const file = applicationMenu(() => undefined, false, () => void switched++).find((m) => m.label === '文件')!;
    const item = (file.submenu as Array<{ label?: string; click?: () => void }>).find((i) => i.label === '切换编辑部服务器…')!;
    item.click!();
    expect(switched).toBe(1);
  });
});
