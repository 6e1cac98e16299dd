import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { WebSocketServer } from 'ws';
import { INSECURE_HTTP_HEADER, INSECURE_HTTP_META } from '../../shared/api/transport-markers';
import { MAX_FRAME_BYTES } from '../../shared/api/upload-limits';
import type { Core } from '../core/create-core';
import { securityHeaders } from '../host/csp';
import { refuse, sendAppFile } from '../host/http-responses';
import { drainSockets, InFlight, serveSocket } from '../host/socket-session';
import { FONT_ROUTE, fontFile, resolveStatic } from '../host/static-files';
import { AssetPasses } from './asset-pass';
import { isPlainHost, isSameOrigin } from './origin-policy';

export const API_PATH = '/api';
export const HEALTH_PATH = '/healthz';

export interface NewsroomServerOptions {
  core: Core;
  staticDir: string;
  host: string;
  port: number;
  tls: { cert: Buffer; key: Buffer } | null;
  insecureHttp: boolean;
  log?: (line: string) => void;
}

export interface NewsroomServer {
  url: string;
  port: number;
  /** Stop taking connections, answer every call already received, then close the sockets (1001). */
  close(): Promise<void>;
}


/**
 * The newsroom server: the built renderer to anyone (it is the app's public code) and the
 * contract at /api over WSS (or HTTP on the loopback / with --insecure-http). No token: every
 * socket is a session that must sign in, carrying the desk's address for the audit trail.
 */
export async function startNewsroomServer(opts: NewsroomServerOptions): Promise<NewsroomServer> {
  const secure = opts.tls !== null;
  const inFlight = new InFlight();
  const marker: Record<string, string> = opts.insecureHttp ? { [INSECURE_HTTP_HEADER]: '1' } : {};
  const transportHeaders: Record<string, string> = secure ? { 'Strict-Transport-Security': 'max-age=31536000' } : marker;
  let closing = false;
  const passes = new AssetPasses(secure);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://server');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '405 method not allowed', transportHeaders);
    if (url.pathname === HEALTH_PATH) {
      res.writeHead(closing ? 503 : 200, { 'Content-Type': 'application/json; charset=utf-8', ...securityHeaders("default-src 'none'"), ...transportHeaders });
      return void res.end(JSON.stringify({ ok: !closing, secure, insecureHttp: opts.insecureHttp, inFlight: inFlight.size }));
    }
    // The renderer to anyone (it is the app's public code); the fonts only to a page with a signed-in
    // socket (they are the paper's licensed files); exports are newsroom content and wait for a signed-in download.
    const fontId = FONT_ROUTE.exec(url.pathname)?.[1];
    if (fontId && !passes.allows(req.headers.cookie)) return refuse(res, 403, '403 sign in first', transportHeaders);
    const found = fontId ? fontFile(opts.core, fontId) : await resolveStatic(opts.staticDir, url.pathname);
    if (!found) return refuse(res, 404, '404 not found', transportHeaders);
    const host = req.headers.host;
    const cookie = found.type.startsWith('text/html') ? passes.cookieFor(req.headers.cookie) : null;
    await sendAppFile(res, found, {
      head: req.method === 'HEAD',
      connect: isPlainHost(host) ? [`${secure ? 'wss' : 'ws'}://${host}`] : [],
      headers: cookie ? { ...transportHeaders, 'Set-Cookie': cookie } : transportHeaders,
      meta: opts.insecureHttp ? { [INSECURE_HTTP_META]: '1' } : {},
    });
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch(() => refuse(res, 500, '500 internal error'));
  };
  const server: Server = opts.tls ? createHttpsServer({ cert: opts.tls.cert, key: opts.tls.key }, onRequest) : createHttpServer(onRequest);
  // A desk that drops mid-handshake (or speaks HTTP to the TLS port) is that connection's problem only.
  server.on('tlsClientError', () => undefined);
  server.on('clientError', (_err, socket) => socket.destroy());

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  wss.on('error', () => undefined);
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', 'http://server');
    const why = closing ? '503 shutting down' : url.pathname !== API_PATH ? '404 not found' : !isSameOrigin(req.headers.origin, req.headers.host, secure) ? '403 forbidden origin' : null;
    if (why) {
      socket.end(`HTTP/1.1 ${why}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${why}`);
      return;
    }
    const address = req.socket.remoteAddress;
    const pass = passes.passOf(req.headers.cookie);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const session = serveSocket(opts.core, ws, { inFlight, session: { requireSignIn: true, ...(address ? { address } : {}) } });
      if (pass) ws.once('close', passes.bind(pass, session));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${secure ? 'https' : 'http'}://${urlHost(opts.host)}:${port}/`,
    port,
    async close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await drainSockets(wss.clients, inFlight);
      server.closeAllConnections();
      await stopped;
      opts.log?.('newsroom: stopped, every received call answered');
    },
  };
}

/** The address to print: a wildcard bind is reached by this machine's name; IPv6 goes in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return hostname();
  if (host.includes(':') && !host.startsWith('[')) return `[${host}]`;
  return host;
}
