import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/create-core';
import { createReadStream } from 'node:fs';
import { EXPORTED_CONTENT_POLICY, securityHeaders } from './csp';
import { refuse, sendAppFile } from './http-responses';
import { TOKEN_COOKIE, cookieToken, isAllowedHost, isAllowedOrigin, tokenMatches } from './request-policy';
import { MAX_FRAME_BYTES } from '../../shared/api/upload-limits';
import { OpenCodes } from './open-codes';
import { drainSockets, InFlight, serveSocket } from './socket-session';
import { attachment, EXPORT_ROUTE, exportFile, FONT_ROUTE, fontFile, resolveStatic } from './static-files';

export interface WebHostOptions {
  core: Core;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 or undefined: a random free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** A URL for opening the browser that carries a one-time code, not the token (see OpenCodes). */
  openUrl(): string;
  close(): Promise<void>;
}

export const API_PATH = '/api';


/**
 * Browser mode: the built renderer and the same contract over WebSocket, on 127.0.0.1 only.
 * Every HTTP request and every WebSocket needs the per-run token (query on first load, then an
 * HttpOnly SameSite=Strict cookie), a Host naming this port, and — where sent — our Origin.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  let port = opts.port ?? 0;

  const authorised = (req: IncomingMessage, url: URL, requireOrigin: boolean): string | null => {
    if (!isAllowedHost(req.headers.host, port)) return 'forbidden host';
    if (!isAllowedOrigin(req.headers.origin, port, requireOrigin)) return 'forbidden origin';
    if (!tokenMatches(url.searchParams.get('token') || cookieToken(req.headers.cookie), token)) return 'missing or wrong token';
    return null;
  };

  // Exported files (PDFs, the e-paper) go back to the user as downloads or static pages — streamed,
  // since an archive can be large, under a policy that lets no script run.
  const serveExport = async (res: ServerResponse, head: boolean, rest: string): Promise<void> => {
    const found = await exportFile(opts.core.exportsRoot, rest);
    if (!found) return refuse(res, 404, '404 not found');
    res.writeHead(200, { 'Content-Type': found.type, ...securityHeaders(EXPORTED_CONTENT_POLICY), ...(found.download ? { 'Content-Disposition': attachment(found.download) } : {}) });
    if (head) return void res.end();
    await new Promise<void>((resolve, reject) => createReadStream(found.file).on('error', reject).on('end', resolve).pipe(res));
  };

  const codes = new OpenCodes();
  const tokenCookie = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.searchParams.has('code')) {
        // The browser opened by us: trade the one-time code for the cookie and drop it from the address bar.
        if (!isAllowedHost(req.headers.host, port) || !codes.redeem(url.searchParams.get('code'))) return refuse(res, 403, '403 unknown or used code');
        res.writeHead(303, { Location: '/', 'Set-Cookie': tokenCookie, ...securityHeaders("default-src 'none'") });
        return void res.end();
      }
      const why = authorised(req, url, false);
      if (why) return refuse(res, 403, `403 ${why}`);
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '405 method not allowed');
      const exported = EXPORT_ROUTE.exec(url.pathname)?.[1];
      if (exported !== undefined) return await serveExport(res, req.method === 'HEAD', exported);
      const fontId = FONT_ROUTE.exec(url.pathname)?.[1];
      const found = fontId ? fontFile(opts.core, fontId) : await resolveStatic(opts.staticDir, url.pathname);
      if (!found) return refuse(res, 404, '404 not found');
      await sendAppFile(res, found, {
        head: req.method === 'HEAD',
        connect: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`],
        headers: url.searchParams.has('token') ? { 'Set-Cookie': tokenCookie } : {},
      });
    })().catch(() => refuse(res, 500, '500 internal error'));
  });

  const inFlight = new InFlight();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  wss.on('error', () => undefined); // a listener per socket handles its own errors; this one only keeps the server alive
  server.on('upgrade', (req, socket, head) => {
    // A peer that resets mid-handshake must not become an uncaught 'error'.
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const why = url.pathname === API_PATH ? authorised(req, url, true) : 'not found';
    if (why) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\n403 ${why}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(opts.core, ws, { inFlight }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    openUrl: () => `http://127.0.0.1:${port}/?code=${codes.mint()}`,
    /** Stop taking connections, answer every call already received (a save in flight finishes), then close. */
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await drainSockets(wss.clients, inFlight);
      wss.close();
      server.closeAllConnections();
      await stopped;
    },
  };
}
