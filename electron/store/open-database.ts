import Database from 'better-sqlite3';
import { MIGRATIONS, LATEST_SCHEMA_VERSION, type Migration } from './migrations';
import type { Db } from './engine/sql-db';
import { SqliteDb } from './engine/sqlite-db';

export type { Db } from './engine/sql-db';

export interface Pragmas {
  journalMode: string;
  synchronous: string;
  foreignKeys: boolean;
}

const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

/** Thrown when the database file cannot be used; carries a message for people. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'TOO_NEW' | 'PRAGMA_MISMATCH' | 'LOCKED' | 'NOT_A_DATABASE' | 'UNREADABLE',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/** How {@link openDatabase} opens a file. */
export interface OpenOptions {
  migrations?: readonly Migration[];
  /** `locking_mode=EXCLUSIVE`: any other connection (process, tool) gets SQLITE_BUSY. */
  exclusive?: boolean;
  /** Called once before pending migrations run on a database that already holds data (the pre-migration backup). */
  onBeforeMigration?: BeforeMigration;
}

export type BeforeMigration = (db: Db, fromVersion: number, toVersion: number) => void;

/**
 * Open (or create) a Banxin database: WAL, synchronous=FULL and foreign keys on every open —
 * better-sqlite3 reopens WAL files with NORMAL, so this is set each time and read back — then
 * bring the schema up to date.
 */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDb {
  const raw = new Database(path, { timeout: 2000 });
  const db = new SqliteDb(raw);
  try {
    // Before the first read: SQLite then holds the file for this connection alone.
    if (options.exclusive) raw.pragma('locking_mode = EXCLUSIVE');
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    const pragmas = readPragmas(db);
    if (pragmas.journalMode !== 'wal' && path !== ':memory:') {
      throw new DatabaseOpenError('PRAGMA_MISMATCH', `journal_mode is ${pragmas.journalMode}, expected wal`);
    }
    if (pragmas.synchronous !== 'FULL' || !pragmas.foreignKeys) {
      throw new DatabaseOpenError('PRAGMA_MISMATCH', `synchronous=${pragmas.synchronous} foreign_keys=${pragmas.foreignKeys}`);
    }
    migrate(db, options.migrations ?? MIGRATIONS, options.onBeforeMigration);
    return db;
  } catch (err) {
    raw.close();
    if (err instanceof Error && 'code' in err && err.code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError('NOT_A_DATABASE', `${path} is not a SQLite database or is damaged`);
    }
    if (err instanceof Error && 'code' in err && err.code === 'SQLITE_BUSY') {
      throw new DatabaseOpenError('LOCKED', `${path} is locked by another process`);
    }
    throw err;
  }
}

export function readPragmas(db: SqliteDb): Pragmas {
  const { raw } = db;
  const journalMode = String(raw.pragma('journal_mode', { simple: true }));
  const sync = Number(raw.pragma('synchronous', { simple: true }));
  const foreignKeys = Number(raw.pragma('foreign_keys', { simple: true })) === 1;
  return { journalMode, synchronous: SYNCHRONOUS_NAMES[sync] ?? String(sync), foreignKeys };
}

export function schemaVersion(db: SqliteDb): number {
  return Number(db.raw.pragma('user_version', { simple: true }));
}

/**
 * Apply every pending migration, each in its own IMMEDIATE transaction together with the
 * user_version bump, so a crash leaves the database at exactly the old or the new version.
 * A database newer than this build (applied ⊄ available) is refused rather than guessed at.
 */
export function migrate(db: SqliteDb, migrations: readonly Migration[] = MIGRATIONS, onBeforeMigration?: BeforeMigration): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new DatabaseOpenError(
      'TOO_NEW',
      `database schema version ${current} is newer than this Banxin (${latest}); update Banxin before opening it`,
    );
  }
  if (onBeforeMigration && current > 0 && current < latest) onBeforeMigration(db, current, latest);
  for (const m of migrations) {
    if (m.version <= current) continue;
    const { raw } = db;
    const apply = raw.transaction(() => {
      db.exec(m.sql);
      m.data?.(db);
      if (m.rebuildsTables) {
        const broken = raw.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version} (${m.name}) would leave ${broken.length} rows pointing nowhere`);
      }
      raw.pragma(`user_version = ${m.version}`);
    });
    if (!m.rebuildsTables) {
      apply.immediate();
      continue;
    }
    // Rebuilding a table others point at (SQLite's twelve-step ALTER): with foreign keys on, the
    // DROP would cascade or fail. They can only be switched outside a transaction; the check
    // above stands in for them before the commit.
    const wasOn = Number(raw.pragma('foreign_keys', { simple: true })) === 1;
    raw.pragma('foreign_keys = OFF');
    try {
      apply.immediate();
    } finally {
      if (wasOn) raw.pragma('foreign_keys = ON');
    }
  }
}

export { LATEST_SCHEMA_VERSION };
