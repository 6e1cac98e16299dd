import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { apiError } from '../../shared/api/errors';
import type { EventFrame, ResponseFrame } from '../../shared/api/envelope';
import type { Core } from '../core/create-core';
import { createReadStream } from 'node:fs';
import { contentSecurityPolicy, EXPORTED_CONTENT_POLICY, injectNonce, securityHeaders } from './csp';
import { TOKEN_COOKIE, cookieToken, isAllowedHost, isAllowedOrigin, tokenMatches } from './request-policy';
import { attachment, EXPORT_ROUTE, exportFile, FONT_ROUTE, fontFile, readStatic, resolveStatic } from './static-files';

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
  close(): Promise<void>;
}

export const API_PATH = '/api';
const MAX_FRAME = 96 * 1024 * 1024;

/**
 * Browser mode: the built renderer and the same contract over WebSocket, on 127.0.0.1 only.
 * Every HTTP request and every WebSocket needs the per-run token (query on first load, then an
 * HttpOnly SameSite=Strict cookie), a Host naming this port, and — where sent — our Origin.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  let port = opts.port ?? 0;

  const refuse = (res: ServerResponse, status: number, message: string): void => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders("default-src 'none'") });
    res.end(message);
  };

  const authorised = (req: IncomingMessage, url: URL, requireOrigin: boolean): string | null => {
    if (!isAllowedHost(req.headers.host, port)) return 'forbidden host';
    if (!isAllowedOrigin(req.headers.origin, port, requireOrigin)) return 'forbidden origin';
    if (!tokenMatches(url.searchParams.get('token') ?? cookieToken(req.headers.cookie), token)) return 'missing or wrong token';
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

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const why = authorised(req, url, false);
      if (why) return refuse(res, 403, `403 ${why}`);
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '405 method not allowed');
      const exported = EXPORT_ROUTE.exec(url.pathname)?.[1];
      if (exported !== undefined) return await serveExport(res, req.method === 'HEAD', exported);
      const fontId = FONT_ROUTE.exec(url.pathname)?.[1];
      const found = fontId ? fontFile(opts.core, fontId) : await resolveStatic(opts.staticDir, url.pathname);
      if (!found) return refuse(res, 404, '404 not found');
      const nonce = randomBytes(16).toString('base64');
      const headers: Record<string, string> = {
        'Content-Type': found.type,
        ...securityHeaders(contentSecurityPolicy({ nonce, connect: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] })),
      };
      if (url.searchParams.has('token')) {
        headers['Set-Cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      }
      let body = await readStatic(found.file);
      if (found.type.startsWith('text/html')) body = Buffer.from(injectNonce(body.toString('utf8'), nonce));
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => refuse(res, 500, '500 internal error'));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const why = url.pathname === API_PATH ? authorised(req, url, true) : 'not found';
    if (why) {
      socket.end(`HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\n403 ${why}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(opts.core, ws));
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
    async close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One WebSocket = one core session. Frames are validated; nothing thrown reaches the socket. */
function serveSocket(core: Core, ws: WebSocket): void {
  const session = core.openSession('websocket');
  const unsubscribe = core.onEvent((event, payload) => {
    const frame: EventFrame = { event, payload };
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  });
  ws.on('close', unsubscribe);
  ws.on('message', (data) => {
    void (async () => {
      let frame: unknown;
      try {
        frame = JSON.parse(data.toString());
      } catch {
        frame = null;
      }
      const f = frame as { id?: unknown; method?: unknown; params?: unknown } | null;
      const id = typeof f?.id === 'number' && Number.isSafeInteger(f.id) ? f.id : -1;
      const envelope =
        f && typeof f === 'object' && id >= 0 && typeof f.method === 'string'
          ? await session.call(f.method, f.params)
          : { ok: false as const, error: apiError('VALIDATION', [{ path: '', message: 'malformed frame' }]) };
      const response: ResponseFrame = { id, envelope };
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response));
    })();
  });
}
