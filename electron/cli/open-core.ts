import { createClient, type Client } from '../../shared/api/client';
import { createCore, type Core } from '../core/create-core';
import { resolveDbPath, userDataDir } from '../core/paths';
import { prepareDataFolder } from '../store/private-files';
import { takeOption } from './io';
import { postgresSettings } from '../store/postgres-config';
import type { PgConnectionConfig } from '../store/engine/pg-protocol';

/** Thrown when `--pg` / BANXIN_PG cannot be used; the CLI prints both lines and exits 2. */
export class CliStoreError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh}\n${en}`);
  }
}

/**
 * The store a CLI run opens: `--pg URL` (or BANXIN_PG) puts it on PostgreSQL, with the password
 * from BANXIN_PG_PASSWORD or `--pg-password-file`; otherwise the SQLite file of `--db` or the default.
 */
export function cliPostgres(args: string[], env: NodeJS.ProcessEnv = process.env): PgConnectionConfig | undefined {
  const url = takeOption(args, '--pg') ?? (env['BANXIN_PG'] || undefined);
  const passwordFile = takeOption(args, '--pg-password-file');
  if (!url) return undefined;
  const settings = postgresSettings(url, env, passwordFile);
  if (!settings.ok) throw new CliStoreError(settings.zh, settings.en);
  return settings.config;
}

/** Open the core in-process for one CLI run, acting as the given (or first administrator) user. */
export async function openCliCore(args: string[]): Promise<{ core: Core; client: Client; dbPath: string; userId: number | null }> {
  const postgres = cliPostgres(args);
  const db = takeOption(args, '--db');
  const dbPath = resolveDbPath(db ? ['--db', db] : []);
  prepareDataFolder(dbPath, userDataDir());
  const core = createCore({ dbPath, ...(postgres ? { postgres } : {}), log: (m, e) => process.stderr.write(`${m}: ${e instanceof Error ? e.stack : String(e)}\n`) });
  const session = core.openSession('in-process');
  const client = createClient((method, params) => session.call(method, params));
  const asUser = takeOption(args, '--user') ?? 'admin';
  const users = await client.call('users.list', {});
  const user = users.find((u) => u.name === asUser);
  if (user) await client.call('session.setUser', { userId: user.id });
  return { core, client, dbPath, userId: user?.id ?? null };
}
