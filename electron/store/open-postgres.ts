import { MIGRATIONS, type Migration } from './migrations';
import { PgDb } from './engine/pg-db';
import type { PgConnectionConfig } from './engine/pg-protocol';
import { DatabaseOpenError } from './open-database';

// Held while a server migrates, so two servers starting together do not both apply a migration.
const MIGRATION_LOCK_KEY = 0x62616e6d; // "banm"

/**
 * Open the newsroom's PostgreSQL database: check it can hold Chinese text as the store needs
 * (UTF-8, a character type that knows Han letters, for the trigram index), then bring the schema
 * up to date from the same numbered list SQLite uses.
 */
export function openPostgres(config: PgConnectionConfig, migrations: readonly Migration[] = MIGRATIONS): PgDb {
  const db = new PgDb(config);
  try {
    checkEncoding(db);
    migratePostgres(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function checkEncoding(db: PgDb): void {
  const r = db.prepare("SELECT pg_encoding_to_char(encoding) AS encoding, datctype AS ctype FROM pg_database WHERE datname = current_database()").get() as
    { encoding: string; ctype: string };
  if (r.encoding !== 'UTF8') {
    throw new DatabaseOpenError('UNREADABLE', `the PostgreSQL database uses ${r.encoding}; Banxin needs a UTF8 database (CREATE DATABASE … ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' TEMPLATE template0)`);
  }
  if (!/utf-?8/i.test(r.ctype)) {
    throw new DatabaseOpenError('UNREADABLE', `the PostgreSQL database's LC_CTYPE is ${r.ctype}; search needs a UTF-8 character type such as C.UTF-8 (CREATE DATABASE … LC_CTYPE 'C.UTF-8' TEMPLATE template0)`);
  }
}

/** The schema version recorded in the database (0 for an empty one). */
export function postgresSchemaVersion(db: PgDb): number {
  const exists = db.prepare("SELECT to_regclass('banxin_schema') IS NOT NULL AS present").get() as { present: boolean };
  if (!exists.present) return 0;
  return Number((db.prepare('SELECT version FROM banxin_schema').get() as { version: number } | undefined)?.version ?? 0);
}

/**
 * Apply pending migrations, each in one transaction with its version bump (PostgreSQL's DDL is
 * transactional, so a failure leaves the old version whole). Versions before the PostgreSQL
 * baseline are skipped on an empty database: the baseline is the schema they add up to.
 */
export function migratePostgres(db: PgDb, migrations: readonly Migration[] = MIGRATIONS): void {
  const baseline = migrations.findIndex((m) => m.pg !== undefined);
  if (baseline < 0) throw new Error('no migration has a PostgreSQL step');
  const missing = migrations.slice(baseline).find((m) => m.pg === undefined);
  if (missing) throw new Error(`migration ${missing.version} (${missing.name}) has no PostgreSQL step`);
  const latest = migrations[migrations.length - 1]!.version;
  db.write(() => {
    db.prepare(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`).get();
    db.exec('CREATE TABLE IF NOT EXISTS banxin_schema (version INTEGER NOT NULL)');
  });
  for (const m of migrations.slice(baseline)) {
    db.write(() => {
      db.prepare(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`).get();
      const current = postgresSchemaVersion(db);
      if (current > latest) {
        throw new DatabaseOpenError('TOO_NEW', `database schema version ${current} is newer than this Banxin (${latest}); update Banxin before opening it`);
      }
      if (m.version <= current) return;
      db.exec(m.pg!);
      m.data?.(db);
      db.exec('DELETE FROM banxin_schema');
      db.prepare('INSERT INTO banxin_schema(version) VALUES (?)').run(m.version);
    });
  }
}

/**
 * What `system.info` and `banxin doctor` report for SQLite, in PostgreSQL's terms: the server
 * version, write-ahead logging (always), `synchronous_commit` as the durability setting, and
 * foreign keys (always enforced).
 */
export function postgresReport(db: PgDb): { version: string; journalMode: string; synchronous: string; foreignKeys: boolean } {
  const r = db.prepare("SELECT current_setting('server_version') AS version, current_setting('synchronous_commit') AS sync").get() as { version: string; sync: string };
  return { version: `PostgreSQL ${r.version}`, journalMode: 'wal', synchronous: r.sync === 'off' ? 'OFF' : 'FULL', foreignKeys: true };
}
