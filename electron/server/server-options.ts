import { isIP } from 'node:net';

/** How `banxin server` was asked to listen, after the checks that refuse an unsafe setup. */
export interface ServerOptions {
  /** The SQLite file; with `pg`, where the server keeps its local files (exports) beside it. */
  dbPath: string;
  /** `--pg URL` (or BANXIN_PG): the store on PostgreSQL, shared with other servers. */
  pg: { url: string; passwordFile: string | undefined } | null;
  host: string;
  port: number;
  tls: { certFile: string; keyFile: string } | null;
  /** Plain HTTP was asked for explicitly: every page and socket says so, and desks show it in red. */
  insecureHttp: boolean;
}

export type ParsedServerArgs = { ok: true; options: ServerOptions } | { ok: false; zh: string; en: string };

/** Addresses no other machine can reach: plain HTTP there carries nothing over a network. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

const DEFAULT_TLS_PORT = 8443;
const DEFAULT_HTTP_PORT = 8080;

/**
 * `--db PATH [--pg URL [--pg-password-file F]] [--host ADDR] [--port N] [--tls-cert F --tls-key F] [--insecure-http]`. Plain HTTP
 * off the loopback is refused unless `--insecure-http` says it on purpose: a newsroom's stories
 * and passwords would cross the network readable by anyone on it.
 */
export function parseServerArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedServerArgs {
  const rest = [...args];
  const take = (name: string): string | undefined => {
    const i = rest.indexOf(name);
    if (i < 0) return undefined;
    const v = rest[i + 1];
    rest.splice(i, 2);
    return v;
  };
  const flag = (name: string): boolean => {
    const i = rest.indexOf(name);
    if (i >= 0) rest.splice(i, 1);
    return i >= 0;
  };
  const pgUrl = take('--pg') ?? (env['BANXIN_PG'] || undefined);
  const passwordFile = take('--pg-password-file');
  const dbPath = take('--db');
  const host = take('--host') ?? '127.0.0.1';
  const portText = take('--port');
  const certFile = take('--tls-cert');
  const keyFile = take('--tls-key');
  const insecureHttp = flag('--insecure-http');
  if (rest.length) return { ok: false, zh: `未知参数：${rest.join(' ')}`, en: `Unknown arguments: ${rest.join(' ')}` };
  if (!dbPath) {
    return pgUrl
      ? { ok: false, zh: '使用 --pg 时，请用 --db 指定本机存放导出文件的位置（该文件本身不使用）。', en: 'With --pg, give --db for where this server keeps its local files (exports); the file itself is not used.' }
      : { ok: false, zh: '请用 --db 指定数据库文件（一台服务器，一个文件），或用 --pg 连接 PostgreSQL。', en: 'Give the database file with --db (one server, one file), or --pg for PostgreSQL.' };
  }
  if ((certFile === undefined) !== (keyFile === undefined)) {
    return { ok: false, zh: '--tls-cert 与 --tls-key 须同时给出。', en: '--tls-cert and --tls-key go together.' };
  }
  const tls = certFile && keyFile ? { certFile, keyFile } : null;
  const port = portText === undefined ? (tls ? DEFAULT_TLS_PORT : DEFAULT_HTTP_PORT) : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, zh: `端口无效：${portText}`, en: `Invalid port: ${portText}` };
  if (!host || /[\s/]/.test(host)) return { ok: false, zh: `地址无效：${host}`, en: `Invalid address: ${host}` };
  if (tls && insecureHttp) return { ok: false, zh: '已给出证书，不能同时使用 --insecure-http。', en: 'A certificate was given: --insecure-http does not apply.' };
  if (!tls && !isLoopback(host) && !insecureHttp) {
    return {
      ok: false,
      zh: `拒绝在非本机地址 ${host} 上使用未加密的 HTTP：请用 --tls-cert 与 --tls-key 提供证书；确需明文时请明确加上 --insecure-http（所有终端将以红色提示）。`,
      en: `Refusing plain HTTP on the non-loopback address ${host}: give --tls-cert and --tls-key; if you truly want plain HTTP, say --insecure-http (every desk will show it in red).`,
    };
  }
  const pg = pgUrl ? { url: pgUrl, passwordFile } : null;
  return { ok: true, options: { dbPath, pg, host, port, tls, insecureHttp } };
}
