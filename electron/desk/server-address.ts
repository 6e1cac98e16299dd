import { isIP } from 'node:net';

/** The port `banxin server` listens on with a certificate when none is given (server-options.ts). */
const DEFAULT_TLS_PORT = 8443;

export type ParsedAddress =
  | { ok: true; url: string; host: string; port: number; origin: string }
  | { ok: false; reason: 'invalid-address' | 'not-https'; message: string };

/**
 * What a person types as the newsroom server — `banxin.lan:8443`, `https://10.0.0.5:8443/` —
 * as the one URL the desk remembers: https, host and port, path `/`. Plain http is refused: the
 * desk pins the server's certificate, and without TLS there is none to pin.
 */
export function parseServerAddress(text: string): ParsedAddress {
  const raw = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'invalid-address', message: `不是有效的服务器地址 / not a valid server address: ${raw}` };
  }
  if (u.protocol === 'http:') return { ok: false, reason: 'not-https', message: '编辑部服务器须使用 HTTPS（证书才能核对） / the newsroom server must use HTTPS (so its certificate can be checked)' };
  if (u.protocol !== 'https:' || !u.hostname || u.username || u.password || u.search || u.hash || (u.pathname !== '/' && u.pathname !== '')) {
    return { ok: false, reason: 'invalid-address', message: `只填服务器的地址与端口 / give only the server's address and port: ${raw}` };
  }
  // The URL parser drops https's own port 443, so whether one was typed is read from the text.
  const authority = withScheme.replace(/^[^:]+:\/\//, '').split('/')[0] ?? '';
  const port = u.port ? Number(u.port) : /:0*443$/.test(authority) ? 443 : DEFAULT_TLS_PORT;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const hostPart = isIP(host) === 6 ? `[${host}]` : host;
  const origin = `https://${hostPart}:${port}`;
  return { ok: true, url: `${origin}/`, host, port, origin };
}
