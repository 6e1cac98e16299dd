import type { Session, WebContents } from 'electron';
import { isAllowedNavigation } from './security';

/**
 * Refuse navigation away from the app (and the pinned newsroom server, when the desk is connected
 * to one), new windows, webviews and every permission request.
 */
export function hardenContents(contents: WebContents, serverOrigins: ReadonlySet<string> = new Set()): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, serverOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, serverOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
