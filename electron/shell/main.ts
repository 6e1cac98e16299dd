import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge';
import type { DeskNotice } from '../../shared/api/desk-bridge';
import type { Core } from '../core/create-core';
import { DB_ENV } from '../core/paths';
import { checkPinnedServer } from '../desk/certificate-pin';
import { createDeskChooser, noticeForFailedCheck } from '../desk/desk-chooser';
import { CHOOSER_PATH, registerDeskIpc } from '../desk/desk-ipc';
import { loadProfile, type DeskProfile } from '../desk/desk-profile';
import { CHOOSE_FLAG, planStart } from '../desk/desk-start';
import { openNewsroomWindow } from '../desk/desk-window';
import { parseServerAddress } from '../desk/server-address';
import { prepareDataFolder, restrictNewFiles } from '../store/private-files';
import { registerAppProtocol } from './app-protocol';
import { hardenContents, hardenSession } from './harden';
import { registerIpcBridge } from './ipc-bridge';
import { applicationMenu } from './menu';
import { openCoreInteractively } from './open-core';
import { APP_SCHEME, secureWebPreferences } from './security';

// Everything this process writes (database, backups, exports, the desk profile) is for this account only.
restrictNewFiles();

// Must run before `ready`: our scheme behaves like https (secure context, fetch, CSP).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const argValue = (name: string): string | null => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : null;
};
/** `--db PATH` or BANXIN_DB: a single desk on that file, chosen by whoever started us (no chooser, no switching). */
const explicitDb = argValue('--db') ?? process.env[DB_ENV] ?? null;

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
/** The newsroom server this desk shows, once its certificate checked out: navigation may go there. */
const serverOrigins = new Set<string>();

function appWindow(page: string, preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: page === 'index.html' ? 1440 : 760,
    height: page === 'index.html' ? 920 : 640,
    minWidth: page === 'index.html' ? 1024 : 560,
    minHeight: page === 'index.html' ? 700 : 480,
    title: '版心 Banxin',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, preload)),
  });
  hardenContents(win.webContents, serverOrigins);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_SCHEME}://banxin/${page}`);
  return win;
}

function setMenu(): void {
  const navigate = (section: string): void => mainWindow?.webContents.send(IPC_EVENT_CHANNEL, 'ui.navigate', { section });
  // 切换编辑部服务器: relaunch into the chooser (quitting backs up and closes a local database first).
  const switchServer = explicitDb
    ? null
    : (): void => {
        app.relaunch({ args: [...process.argv.slice(1).filter((a) => a !== CHOOSE_FLAG), CHOOSE_FLAG] });
        app.quit();
      };
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(navigate, process.platform === 'darwin', switchServer)));
}

function startLocal(dbPath: string): void {
  prepareDataFolder(dbPath, app.getPath('userData'));
  core = openCoreInteractively(dbPath);
  if (!core) return app.quit();
  const opened = core;
  registerIpcBridge(ipcMain, opened, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
  mainWindow = appWindow('index.html', 'preload.cjs');
}

function startServer(serverUrl: string, fingerprint: string): void {
  const address = parseServerAddress(serverUrl);
  if (address.ok) serverOrigins.add(address.origin);
  mainWindow = openNewsroomWindow({ BrowserWindow, session }, serverUrl, fingerprint) as BrowserWindow;
}

function showChooser(notice: DeskNotice): void {
  let unregister = (): void => undefined;
  const chooserWindow = appWindow(CHOOSER_PATH.slice(1), 'desk-preload.cjs');
  const chooser = createDeskChooser({
    folder: app.getPath('userData'),
    notice,
    onChosen: (profile: DeskProfile) => {
      unregister();
      // The next window opens before the chooser closes, so the app never has no window (which would quit it).
      if (profile.mode === 'local') startLocal(join(app.getPath('userData'), 'banxin.db'));
      else startServer(profile.serverUrl, profile.fingerprint);
      chooserWindow.close();
    },
  });
  unregister = registerDeskIpc(ipcMain, chooser);
}

export function startShell(): void {
  if (!app.requestSingleInstanceLock()) {
    // Another Banxin owns this user-data folder and database: hand over to it and leave.
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, serverOrigins));
  app.on('window-all-closed', () => app.quit());
  // Quit waits for the last backup of the session's work, then closes the database.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !core) return;
    event.preventDefault();
    quitting = true;
    void core.quit().finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    registerAppProtocol(() => core);
    setMenu();
    const userData = app.getPath('userData');
    const plan = planStart({
      dbArg: argValue('--db'),
      dbEnv: process.env[DB_ENV] ?? null,
      defaultDbPath: join(userData, 'banxin.db'),
      choose: process.argv.includes(CHOOSE_FLAG),
      profile: () => loadProfile(userData),
    });
    if (plan.kind === 'local') return startLocal(plan.dbPath);
    if (plan.kind === 'chooser') return showChooser(plan.notice);
    // A remembered server: its certificate must be the pinned one before any of its pages is shown.
    try {
      await checkPinnedServer(plan.serverUrl, plan.fingerprint);
      startServer(plan.serverUrl, plan.fingerprint);
    } catch (err) {
      showChooser(noticeForFailedCheck(plan.serverUrl, err));
    }
  });
}

startShell();
