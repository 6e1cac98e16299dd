import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveDbPath, userDataDir } from '../core/paths';
import { prepareDataFolder } from '../store/private-files';
import { cleanTempFiles, backupDirFor, createBackup, findBackup, listBackups, pruneBackups, restoreDatabaseFile, verifyDatabaseFile } from '../store/backup';
import { acquireDatabaseLock } from '../store/lock';
import { openDatabase, schemaVersion } from '../store/open-database';
import { takeFlag, takeOption, type CliIo } from './io';
import { CliStoreError, cliPostgres } from './open-core';
import { backupPostgres, PostgresBackupError, restorePostgres } from '../store/postgres-backup';
import type { PgConnectionConfig } from '../store/engine/pg-protocol';

function dbPathFrom(args: string[]): string {
  const db = takeOption(args, '--db');
  return resolveDbPath(db ? ['--db', db] : []);
}

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`);

/**
 * `backup [--db PATH]`: a verified online backup now (the database must not be open in Banxin,
 * which makes its own). `backup list [--db PATH] [--verify] [--json]`: the published backups.
 */
export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const postgres = postgresFrom(args, io);
  if (postgres === 'refused') return 2;
  if (postgres) return backupPostgresCommand(postgres, args, io);
  const json = takeFlag(args, '--json');
  const verify = takeFlag(args, '--verify');
  const dbPath = dbPathFrom(args);
  if (args[0] === 'list') {
    const rows = listBackups(dbPath).map((b) => ({ ...b, ...(verify ? { verified: verifyDatabaseFile(b.path).ok } : {}) }));
    if (json) io.stdout(JSON.stringify(rows, null, 2) + '\n');
    else if (rows.length === 0) io.stdout(`没有备份 / no backups in ${backupDirFor(dbPath)}\n`);
    else for (const b of rows) io.stdout(`${b.id}  ${b.createdAt}  ${b.reason.padEnd(13)} ${size(b.bytes).padStart(10)}${'verified' in b ? (b.verified ? '  ok' : '  DAMAGED') : ''}\n`);
    return 0;
  }
  if (args.length > 0) {
    io.stderr(`未知参数 / unknown arguments: ${args.join(' ')}\n`);
    return 2;
  }
  if (!existsSync(dbPath)) {
    io.stderr(`数据库不存在 / no database at ${dbPath}\n`);
    return 1;
  }
  prepareDataFolder(dbPath, userDataDir());
  const lock = acquireDatabaseLock(dbPath, 'banxin backup');
  try {
    const db = openDatabase(dbPath, { exclusive: true });
    try {
      cleanTempFiles(backupDirFor(dbPath));
      const b = await createBackup(db, dbPath, { reason: 'manual' });
      const pruned = pruneBackups(dbPath);
      io.stdout(json ? JSON.stringify({ backup: b, pruned }, null, 2) + '\n' : `已备份 / backed up: ${b.path} (${size(b.bytes)}); 清理 / pruned ${pruned.length}\n`);
      return 0;
    } finally {
      db.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * `restore <id|file> [--db PATH]`: verify the backup, move the current database aside (never
 * deleted), put the backup in place and open it (migrating if it is older). Refused while the
 * database is open elsewhere.
 */
export async function restoreCommand(args: string[], io: CliIo): Promise<number> {
  const postgres = postgresFrom(args, io);
  if (postgres === 'refused') return 2;
  if (postgres) return restorePostgresCommand(postgres, args, io);
  const dbPath = dbPathFrom(args);
  const ref = args[0];
  if (!ref || args.length > 1) {
    io.stderr('用法 / usage: restore <backup-id|file> [--db PATH]\n');
    return 2;
  }
  const source = findBackup(dbPath, ref)?.path ?? (existsSync(ref) ? resolve(ref) : undefined);
  if (!source) {
    io.stderr(`找不到备份 / no such backup: ${ref} (see: backup list)\n`);
    return 1;
  }
  if (resolve(source) === resolve(dbPath)) {
    io.stderr('不能用数据库自身恢复 / the backup is the database itself\n');
    return 2;
  }
  prepareDataFolder(dbPath, userDataDir());
  const lock = acquireDatabaseLock(dbPath, 'banxin restore');
  try {
    const r = restoreDatabaseFile(dbPath, source);
    const db = openDatabase(dbPath);
    const version = schemaVersion(db);
    db.close();
    io.stdout(`已恢复 / restored ${source} → ${dbPath} (schema ${version})\n`);
    if (r.asidePath) io.stdout(`原数据库已保留为 / previous database kept as ${r.asidePath}\n`);
    return 0;
  } finally {
    lock.release();
  }
}

/** `--pg URL` / BANXIN_PG: the command works on the newsroom's PostgreSQL instead of a SQLite file. */
function postgresFrom(args: string[], io: CliIo): PgConnectionConfig | undefined | 'refused' {
  try {
    return cliPostgres(args);
  } catch (err) {
    if (!(err instanceof CliStoreError)) throw err;
    io.stderr(`${err.zh}\n${err.en}\n`);
    return 'refused';
  }
}

/**
 * `backup --pg URL [--out DIR] [--json]`: a pg_dump (custom format) verified by restoring it into
 * a scratch database. Point-in-time recovery is the server's own WAL archiving (see README).
 */
function backupPostgresCommand(config: PgConnectionConfig, args: string[], io: CliIo): number {
  const json = takeFlag(args, '--json');
  const out = resolve(takeOption(args, '--out') ?? join(userDataDir(), 'postgres-backups'));
  if (args.length > 0) {
    io.stderr(`未知参数 / unknown arguments: ${args.join(' ')}\n`);
    return 2;
  }
  try {
    const b = backupPostgres(config, out);
    io.stdout(json ? JSON.stringify(b, null, 2) + '\n' : `已备份并校验 / backed up and verified: ${b.path} (${size(b.bytes)}, schema ${b.verified.schemaVersion}, ${b.verified.rows['stories']} stories)\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof PostgresBackupError)) throw err;
    io.stderr(`${err.zh}\n${err.en}\n`);
    return 1;
  }
}

/** `restore FILE.dump --pg URL`: into an empty database only; one transaction, so a failure leaves it empty. */
function restorePostgresCommand(config: PgConnectionConfig, args: string[], io: CliIo): number {
  const file = args[0];
  if (!file || args.length > 1) {
    io.stderr('用法 / usage: restore FILE.dump --pg postgres://user@host/empty_database\n');
    return 2;
  }
  try {
    const r = restorePostgres(config, resolve(file));
    io.stdout(`已恢复 / restored ${resolve(file)} (schema ${r.schemaVersion})\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof PostgresBackupError)) throw err;
    io.stderr(`${err.zh}\n${err.en}\n`);
    return 1;
  }
}
