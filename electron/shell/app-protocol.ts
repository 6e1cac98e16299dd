import { protocol } from 'electron';
import { randomBytes } from 'node:crypto';
import { rendererDist } from '../core/app-root';
import type { Core } from '../core/create-core';
import { contentSecurityPolicy, EXPORTED_CONTENT_POLICY, injectNonce } from '../host/csp';
import { attachment, EXPORT_ROUTE, exportFile, FONT_ROUTE, fontFile, readStatic, resolveStatic } from '../host/static-files';
import { APP_SCHEME } from './security';

/**
 * Serve the built renderer from app://banxin/ with the strict CSP and a fresh style nonce. The
 * core's exports and fonts are there once a local database is open (`core()` is null while the
 * desk chooser is shown, and on a desk connected to a newsroom server).
 */
export function registerAppProtocol(core: () => Core | null): void {
  const root = rendererDist();
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const current = core();
    const exported = EXPORT_ROUTE.exec(url.pathname)?.[1];
    if (exported !== undefined) {
      // Exported PDFs download (Chromium's save dialog); the e-paper opens as static pages, no script.
      const file = current ? await exportFile(current.exportsRoot, exported) : null;
      if (!file) return new Response('not found', { status: 404 });
      const bytes = await readStatic(file.file);
      const headers: Record<string, string> = { 'Content-Type': file.type, 'Content-Security-Policy': EXPORTED_CONTENT_POLICY, 'X-Content-Type-Options': 'nosniff' };
      if (file.download) headers['Content-Disposition'] = attachment(file.download);
      return new Response(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { headers });
    }
    const fontId = FONT_ROUTE.exec(url.pathname)?.[1];
    const found = fontId ? (current ? fontFile(current, fontId) : null) : await resolveStatic(root, url.pathname);
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
