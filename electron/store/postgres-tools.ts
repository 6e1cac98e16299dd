import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { PgConnectionConfig } from './engine/pg-protocol';

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore): from BANXIN_PG_BIN, the PATH, or
 * Debian's /usr/lib/postgresql/<newest>/bin (the server package puts them there, not on the PATH).
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore'): string | undefined {
  const dirs = [process.env['BANXIN_PG_BIN'], ...(process.env['PATH'] ?? '').split(delimiter)].filter((d): d is string => Boolean(d));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  for (const d of dirs) if (existsSync(join(d, name))) return join(d, name);
  return undefined;
}

export interface ToolResult {
  ok: boolean;
  /** What the tool wrote on stderr (never contains the password: it goes in the environment). */
  message: string;
}

/**
 * Run pg_dump or pg_restore against `config`'s database: the URL as --dbname, the password in
 * PGPASSWORD for the child alone (never on a command line, where `ps` shows it).
 */
export function runPostgresTool(name: 'pg_dump' | 'pg_restore', config: PgConnectionConfig, args: string[], connectionString = config.connectionString): ToolResult {
  const tool = postgresTool(name);
  if (!tool) return { ok: false, message: `${name} not found: install PostgreSQL's client programs (apt-get install postgresql-client) or set BANXIN_PG_BIN` };
  const env = { ...process.env, ...(config.password !== undefined ? { PGPASSWORD: config.password } : {}) };
  const r = spawnSync(tool, [...args, `--dbname=${connectionString}`], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, message: (r.stderr || r.error?.message || '').trim() };
}
