import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DESK_CHANNELS } from '../../../shared/api/desk-bridge';
import { createDeskChooser } from '../../../electron/desk/desk-chooser';
import { registerDeskIpc } from '../../../electron/desk/desk-ipc';
import { PROFILE_FILE, type DeskProfile } from '../../../electron/desk/desk-profile';

/** The chooser's IPC channels with ipcMain injected: the real chooser behind them, a real profile folder. */
let dir: string;
let handlers: Map<string, (event: unknown, request: unknown) => unknown>;
let chosen: DeskProfile[];
let unregister: () => void;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-desk-ipc-'));
  handlers = new Map();
  chosen = [];
  const chooser = createDeskChooser({ folder: dir, notice: { kind: 'first-start' }, onChosen: (p) => chosen.push(p) });
  unregister = registerDeskIpc({ handle: (ch, fn) => void handlers.set(ch, fn as never), removeHandler: (ch) => void handlers.delete(ch) }, chooser);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CHOOSER = { url: 'app://banxin/chooser.html', parent: null };
const call = (channel: string, request: unknown, frame: unknown = CHOOSER) => Promise.resolve().then(() => handlers.get(channel)!({ senderFrame: frame }, request));

describe('desk chooser IPC', () => {
  it('answers the chooser page: state, a refused http address, and 单机使用 saved and handed to the shell', async () => {
    expect(await call(DESK_CHANNELS.state, {})).toEqual({ notice: { kind: 'first-start' }, current: null });
    expect(await call(DESK_CHANNELS.probe, { address: 'http://banxin.lan:8080' })).toMatchObject({ ok: false, reason: 'not-https' });
    expect(await call(DESK_CHANNELS.useLocal, {})).toEqual({ ok: true });
    expect(chosen).toEqual([{ version: 1, mode: 'local' }]);
    expect(JSON.parse(readFileSync(join(dir, PROFILE_FILE), 'utf8'))).toEqual({ version: 1, mode: 'local' });
    expect(await call(DESK_CHANNELS.state, {})).toEqual({ notice: { kind: 'first-start' }, current: { mode: 'local' } });
  });

  it('refuses every other sender: the newsroom server’s pages, the app’s main page, sub-frames, no frame', async () => {
    const frames = [
      { url: 'https://127.0.0.1:8443/chooser.html', parent: null },
      { url: 'app://banxin/index.html', parent: null },
      { url: 'app://banxin/chooser.html', parent: {} },
      { url: 'file:///chooser.html', parent: null },
      null,
    ];
    for (const frame of frames) {
      for (const channel of Object.values(DESK_CHANNELS)) {
        await expect(call(channel, {}, frame), `${channel} from ${JSON.stringify(frame)}`).rejects.toThrow(/untrusted sender/);
      }
    }
    expect(chosen).toEqual([]);
  });

  it('refuses malformed messages, extra fields (a file path above all) and a fingerprint not in the pinned form', async () => {
    const bad: Array<[string, unknown]> = [
      [DESK_CHANNELS.useLocal, { dbPath: '/tmp/other.db' }],
      [DESK_CHANNELS.state, null],
      [DESK_CHANNELS.probe, { address: 42 }],
      [DESK_CHANNELS.probe, { address: '' }],
      [DESK_CHANNELS.probe, { address: 'banxin.lan', path: '/etc/passwd' }],
      [DESK_CHANNELS.trust, { address: 'banxin.lan' }],
      [DESK_CHANNELS.trust, { address: 'banxin.lan', fingerprint: 'ab:cd' }],
      [DESK_CHANNELS.trust, { address: 'x'.repeat(301), fingerprint: Array(32).fill('AB').join(':') }],
    ];
    for (const [channel, request] of bad) {
      await expect(call(channel, request), `${channel} ${JSON.stringify(request)}`).rejects.toThrow(/invalid request/);
    }
    expect(chosen).toEqual([]);
  });

  it('removes its channels when unregistered', () => {
    unregister();
    expect(handlers.size).toBe(0);
  });
});
