import type { BrowserWindow, BrowserWindowConstructorOptions, Request, Session, WebContents } from 'electron';
import { hardenContents, hardenSession } from '../shell/harden';
import { secureWebPreferences } from '../shell/security';
import { certificateFingerprint } from './certificate-pin';
import { parseServerAddress } from './server-address';

/** Chromium's answers to a certificate verify proc: accept, or fail the connection. */
export const CERT_ACCEPT = 0;
export const CERT_REJECT = -2;

/** The network session all newsroom windows share (cookies, cache), apart from the app:// one. */
export const NEWSROOM_PARTITION = 'persist:banxin-newsroom';

type VerifyRequest = Pick<Request, 'hostname'> & { certificate: Pick<Request['certificate'], 'data'> };
export type VerifyProc = (request: VerifyRequest, callback: (result: number) => void) => void;

/**
 * The only certificate this session accepts: the pinned one, for the pinned server's host. Any
 * other certificate — a CA-signed one included, another host's, a malformed one — fails, so a
 * machine in the middle cannot stand in for the server even with a certificate the system trusts.
 */
export function pinnedVerifyProc(serverUrl: string, fingerprint: string): VerifyProc {
  const address = parseServerAddress(serverUrl);
  const host = address.ok ? address.host.toLowerCase() : null;
  const pinned = fingerprint.toUpperCase();
  return (request, callback) => {
    let presented: string | null = null;
    try {
      presented = certificateFingerprint(request.certificate.data);
    } catch {
      presented = null;
    }
    const hostname = request.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    callback(host !== null && hostname === host && presented === pinned ? CERT_ACCEPT : CERT_REJECT);
  };
}

/** The part of Electron's API the newsroom window uses: passed in, so it runs under test without Electron. */
export interface DeskElectron {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'loadURL' | 'once' | 'show' | 'webContents'>;
  session: { fromPartition(partition: string): Pick<Session, 'setCertificateVerifyProc' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> };
}

/**
 * The desk's window onto the newsroom server: the server's own pages (its renderer signs in and
 * talks WSS to /api, reconnecting as in a browser), in a session that trusts only the pinned
 * certificate. No preload: the page gets no bridge into this process; the menu switches servers.
 */
export function openNewsroomWindow(electron: DeskElectron, serverUrl: string, fingerprint: string): Pick<BrowserWindow, 'loadURL' | 'once' | 'show' | 'webContents'> {
  const address = parseServerAddress(serverUrl);
  const ses = electron.session.fromPartition(NEWSROOM_PARTITION);
  ses.setCertificateVerifyProc(pinnedVerifyProc(serverUrl, fingerprint));
  hardenSession(ses as Session);
  const win = new electron.BrowserWindow({
    width: 1440,
    height: 920,
    minWidth: 1024,
    minHeight: 700,
    title: '版心 Banxin',
    show: false,
    webPreferences: { ...secureWebPreferences(null), session: ses as Session },
  });
  // Navigation stays on the app and this server (the app-wide guard in main.ts says the same).
  if (address.ok) hardenContents(win.webContents as WebContents, new Set([address.origin]));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(serverUrl);
  return win;
}
