import type { WebPreferences } from 'electron';

/** The custom scheme the renderer is served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://banxin`;

/** Every Banxin window's web preferences: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string | null): WebPreferences {
  return {
    ...(preloadPath === null ? {} : { preload: preloadPath }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click (auxclick) would open links in new windows behind the navigation guard's back.
    disableBlinkFeatures: 'Auxclick',
  };
}

/**
 * Only our own app origin may be shown — and, on a desk connected to a newsroom server, that
 * server's origin (`https://host:port`); everything else is refused (navigation, new windows).
 */
export function isAllowedNavigation(url: string, serverOrigins: ReadonlySet<string> = new Set()): boolean {
  try {
    const u = new URL(url);
    const origin = `${u.protocol}//${u.host}`;
    return origin === APP_ORIGIN || (u.protocol === 'https:' && serverOrigins.has(origin));
  } catch {
    return false;
  }
}

/** IPC is accepted only from the main frame of one of our windows showing our origin. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent) return false; // sub-frames never talk to the core
  return isAllowedNavigation(frame.url);
}
