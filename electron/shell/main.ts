import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge';
import { rendererDist } from '../core/app-root';
import { createCore, type Core } from '../core/create-core';
import { DB_ENV } from '../core/paths';
import { contentSecurityPolicy, injectNonce } from '../host/csp';
import { FONT_ROUTE, fontFile, readStatic, resolveStatic } from '../host/static-files';
import { hardenContents, hardenSession } from './harden';
import { registerIpcBridge } from './ipc-bridge';
import { applicationMenu } from './menu';
import { APP_SCHEME, secureWebPreferences } from './security';

// Must run before `ready`: our scheme behaves like https (secure context, fetch, CSP).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function databasePath(): string {
  const i = process.argv.indexOf('--db');
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1]!;
  return process.env[DB_ENV] ?? join(app.getPath('userData'), 'banxin.db');
}

/** Serve the built renderer from app://banxin/ with the strict CSP and a fresh style nonce. */
function registerAppProtocol(core: Core): void {
  const root = rendererDist();
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const fontId = FONT_ROUTE.exec(url.pathname)?.[1];
    const found = fontId ? fontFile(core, fontId) : await resolveStatic(root, url.pathname);
    if (!found) return new Response('not found', { status: 404 });
    const nonce = randomBytes(16).toString('base64');
    const bytes = await readStatic(found.file);
    const body: ArrayBuffer | string = found.type.startsWith('text/html')
      ? injectNonce(bytes.toString('utf8'), nonce)
      : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return new Response(body, {
      headers: { 'Content-Type': found.type, 'Content-Security-Policy': contentSecurityPolicy({ nonce }), 'X-Content-Type-Options': 'nosniff' },
    });
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 920,
    minWidth: 1024,
    minHeight: 700,
    title: '版心 Banxin',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_SCHEME}://banxin/index.html`);
  return win;
}

export function startShell(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Banxin owns this user-data folder and database: hand over to it and leave.
    app.quit();
    return;
  }
  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    const dbPath = databasePath();
    try {
      mkdirSync(dirname(dbPath), { recursive: true });
      core = createCore({ dbPath, log: (m, e) => console.error(m, e) });
    } catch (err) {
      dialog.showErrorBox('版心无法打开数据库 / Banxin cannot open its database', `${dbPath}\n\n${err instanceof Error ? err.message : String(err)}`);
      app.quit();
      return;
    }
    registerAppProtocol(core);
    registerIpcBridge(ipcMain, core, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
    mainWindow = createWindow();
    const navigate = (section: string): void => mainWindow?.webContents.send(IPC_EVENT_CHANNEL, 'ui.navigate', { section });
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(navigate, process.platform === 'darwin')));
  });
}

startShell();
