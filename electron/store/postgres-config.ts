import { readFileSync } from 'node:fs';
import type { PgConnectionConfig } from './engine/pg-protocol';

/** Where a newsroom's PostgreSQL is and how to sign in to it, or why the settings cannot be used. */
export type PostgresSettings =
  | { ok: true; config: PgConnectionConfig; display: string }
  | { ok: false; zh: string; en: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const TLS_MODES = new Set(['require', 'verify-ca', 'verify-full']);

/**
 * The PostgreSQL connection from `--pg URL` (or BANXIN_PG) and the password from BANXIN_PG_PASSWORD
 * or the file named by `--pg-password-file` / BANXIN_PG_PASSWORD_FILE. A password written into the
 * URL is refused: command lines and service files are readable by others and end up in logs.
 * Off this machine the connection must use TLS (`?sslmode=verify-full&sslrootcert=CA.pem`, or
 * `require`), as desks must to reach the server. `display` is the URL safe to print.
 */
export function postgresSettings(url: string, env: NodeJS.ProcessEnv, passwordFile?: string): PostgresSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, zh: `PostgreSQL 地址无效：${url}`, en: `not a PostgreSQL URL: ${url} (postgres://user@host:5432/database)` };
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    return { ok: false, zh: 'PostgreSQL 地址应以 postgres:// 开头', en: 'a PostgreSQL URL starts with postgres://' };
  }
  if (parsed.password) {
    return {
      ok: false,
      zh: '不要把数据库密码写在地址里（命令行与日志别人看得到）；请用 BANXIN_PG_PASSWORD 环境变量或 --pg-password-file 文件。',
      en: 'do not put the database password in the URL (command lines and logs are readable); use BANXIN_PG_PASSWORD or --pg-password-file.',
    };
  }
  const sslmode = parsed.searchParams.get('sslmode') ?? '';
  if (!LOOPBACK.has(parsed.hostname) && parsed.hostname !== '' && !TLS_MODES.has(sslmode)) {
    return {
      ok: false,
      zh: `连接其他机器上的数据库（${parsed.hostname}）必须加密：在地址后加 ?sslmode=verify-full&sslrootcert=CA证书路径。`,
      en: `a database on another machine (${parsed.hostname}) must be reached over TLS: add ?sslmode=verify-full&sslrootcert=/path/to/ca.pem`,
    };
  }
  const file = passwordFile ?? env['BANXIN_PG_PASSWORD_FILE'];
  let password = env['BANXIN_PG_PASSWORD'];
  if (file) {
    try {
      password = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      return { ok: false, zh: `无法读取数据库密码文件：${why}`, en: `cannot read the database password file: ${why}` };
    }
  }
  return {
    ok: true,
    config: { connectionString: url, ...(password !== undefined ? { password } : {}), statementTimeoutMs: 30_000 },
    display: `${parsed.protocol}//${parsed.username ? `${parsed.username}@` : ''}${parsed.host}${parsed.pathname}`,
  };
}
