import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PgDb } from './engine/pg-db';
import type { PgConnectionConfig } from './engine/pg-protocol';
import { STORE_TABLES } from './move/store-tables';
import { openPostgres, postgresSchemaVersion } from './open-postgres';
import { runPostgresTool } from './postgres-tools';
import { createDatabaseSql, databaseUrl } from './postgres-databases';

export interface PostgresBackup {
  path: string;
  bytes: number;
  createdAt: string;
  /** Restored into a scratch database and opened there: its schema version and the rows it holds. */
  verified: { schemaVersion: number; rows: Record<string, number> };
}

export class PostgresBackupError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
    this.name = 'PostgresBackupError';
  }
}

/**
 * `pg_dump --format=custom` of the newsroom's database into `dir` (written under a temporary name,
 * renamed when whole), then verified the only way that proves a dump: restored with pg_restore into
 * a scratch database on the same server (the account needs CREATEDB), opened as Banxin opens a
 * store, its rows counted, and dropped again. A dump that does not restore is removed and reported.
 */
export function backupPostgres(config: PgConnectionConfig, dir: string, now = new Date()): PostgresBackup {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const path = join(dir, `banxin-${stamp}.dump`);
  const tmp = `${path}.tmp-${process.pid}`;
  const dump = runPostgresTool('pg_dump', config, ['--format=custom', '--no-owner', '--no-privileges', `--file=${tmp}`]);
  if (!dump.ok) {
    rmSync(tmp, { force: true });
    throw new PostgresBackupError(`pg_dump 失败：${dump.message}`, `pg_dump failed: ${dump.message}`);
  }
  let verified: PostgresBackup['verified'];
  try {
    verified = verifyDump(config, tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, path);
  return { path, bytes: statSync(path).size, createdAt: now.toISOString(), verified };
}

/** Restore the dump into a scratch database, open it as a store, count its rows, drop it. */
export function verifyDump(config: PgConnectionConfig, file: string): PostgresBackup['verified'] {
  const scratch = `banxin_verify_${randomBytes(6).toString('hex')}`;
  const admin = new PgDb(config);
  try {
    try {
      admin.exec(createDatabaseSql(scratch));
    } catch (err) {
      throw new PostgresBackupError(
        `无法创建用于校验的临时数据库（账户需要 CREATEDB 权限）：${err instanceof Error ? err.message : String(err)}`,
        `cannot create the scratch database that verifies the dump (the account needs CREATEDB): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    try {
      const scratchUrl = databaseUrl(config.connectionString, scratch);
      const restored = runPostgresTool('pg_restore', config, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', file], scratchUrl);
      if (!restored.ok) throw new PostgresBackupError(`备份无法恢复：${restored.message}`, `the dump does not restore: ${restored.message}`);
      const db = openPostgres({ ...config, connectionString: scratchUrl });
      try {
        const rows: Record<string, number> = {};
        for (const t of STORE_TABLES) rows[t.name] = (db.prepare(`SELECT count(*) AS n FROM ${t.name}`).get() as { n: number }).n;
        return { schemaVersion: postgresSchemaVersion(db), rows };
      } finally {
        db.close();
      }
    } finally {
      admin.exec(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    }
  } finally {
    admin.close();
  }
}

/**
 * Restore a dump into an empty database (a new one the administrator created): pg_restore in one
 * transaction, so a failure leaves it empty; then open it as a store (a dump from an older Banxin
 * is brought up to date). Refuses a database that already holds a Banxin schema.
 */
export function restorePostgres(config: PgConnectionConfig, file: string): { schemaVersion: number } {
  if (!existsSync(file)) throw new PostgresBackupError(`找不到备份文件：${file}`, `no such backup file: ${file}`);
  const probe = new PgDb(config);
  try {
    const present = (probe.prepare("SELECT to_regclass('banxin_schema') IS NOT NULL AS present").get() as { present: boolean }).present;
    if (present) {
      throw new PostgresBackupError(
        '目标数据库中已有版心的数据，恢复不会覆盖它。请新建一个空数据库，恢复到那里，再让服务器使用它。',
        'the target database already holds a Banxin store; a restore never writes over one. Create an empty database, restore into it, then point the servers at it',
      );
    }
  } finally {
    probe.close();
  }
  const restored = runPostgresTool('pg_restore', config, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', file]);
  if (!restored.ok) throw new PostgresBackupError(`恢复失败，目标数据库未改变：${restored.message}`, `the restore failed and the target is unchanged: ${restored.message}`);
  const db = openPostgres(config);
  try {
    return { schemaVersion: postgresSchemaVersion(db) };
  } finally {
    db.close();
  }
}
