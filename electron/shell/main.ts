import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge';
import { rendererDist } from '../core/app-root';
import { CoreOpenError, createCore, type Core } from '../core/create-core';
import { restoreDatabaseFile } from '../store/backup';
import { checkDatabaseLocation } from '../store/network-location';
import { prepareDataFolder, restrictNewFiles } from '../store/private-files';
import { DB_ENV } from '../core/paths';
import { contentSecurityPolicy, EXPORTED_CONTENT_POLICY, injectNonce } from '../host/csp';
import { attachment, EXPORT_ROUTE, exportFile, FONT_ROUTE, fontFile, readStatic, resolveStatic } from '../host/static-files';
import { hardenContents, hardenSession } from './harden';
import { registerIpcBridge } from './ipc-bridge';
import { openFailurePrompt } from './open-failure';
import { applicationMenu } from './menu';
import { APP_SCHEME, secureWebPreferences } from './security';

// Everything this process writes (database, backups, exports) is for this account only.
restrictNewFiles();

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
    const exported = EXPORT_ROUTE.exec(url.pathname)?.[1];
    if (exported !== undefined) {
      // Exported PDFs download (Chromium's save dialog); the e-paper opens as static pages, no script.
      const file = await exportFile(core.exportsRoot, exported);
      if (!file) return new Response('not found', { status: 404 });
      const bytes = await readStatic(file.file);
      const headers: Record<string, string> = { 'Content-Type': file.type, 'Content-Security-Policy': EXPORTED_CONTENT_POLICY, 'X-Content-Type-Options': 'nosniff' };
      if (file.download) headers['Content-Disposition'] = attachment(file.download);
      return new Response(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { headers });
    }
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

/**
 * Open the core, asking the user where a person must decide: a database on a network or sync
 * folder (two computers writing one SQLite file corrupts it), another Banxin holding it, or a
 * damaged file (kept aside) with a verified backup to restore. A file that merely cannot be read
 * is never offered a restore (see open-failure.ts). Never crashes; null means quit.
 */
function openCoreInteractively(dbPath: string): Core | null {
  const where = checkDatabaseLocation(dbPath);
  if (where.kind !== 'local') {
    const choice = dialog.showMessageBoxSync({ type: 'warning', title: '版心', message: where.messageZh, buttons: ['仍然打开', '退出'], defaultId: 1, cancelId: 1 });
    if (choice !== 0) return null;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return createCore({ dbPath, log: (m, e) => console.error(m, e) });
    } catch (err) {
      const prompt = openFailurePrompt(dbPath, err instanceof CoreOpenError ? err.outcome : null, err);
      if (prompt.kind === 'offer-restore') {
        const choice = dialog.showMessageBoxSync({ type: 'error', title: '版心', message: prompt.message, buttons: prompt.buttons, defaultId: prompt.defaultId, cancelId: prompt.cancelId });
        if (choice !== 0) return null;
        restoreDatabaseFile(dbPath, prompt.backup.path);
        continue;
      }
      dialog.showErrorBox(prompt.title, prompt.body);
      return null;
    }
  }
  return null;
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
  // Quit waits for the last backup of the session's work, then closes the database.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !core) return;
    event.preventDefault();
    quitting = true;
    void core.quit().finally(() => app.quit());
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    const dbPath = databasePath();
    prepareDataFolder(dbPath, app.getPath('userData'));
    core = openCoreInteractively(dbPath);
    if (!core) {
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
