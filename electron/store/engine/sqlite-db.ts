import Database from 'better-sqlite3';
import type { Db, Statement } from './sql-db';

/** The embedded engine: a better-sqlite3 connection to one file, with statements cached by SQL text. */
export class SqliteDb implements Db {
  readonly engine = 'sqlite' as const;
  readonly #statements = new Map<string, Database.Statement>();

  /** `raw` is for what only SQLite has: pragmas, the online backup, VACUUM INTO. */
  constructor(readonly raw: Database.Database) {}

  /** A plain connection to a file: no pragmas set and no migrations (tools and tests of bare files). */
  static file(path: string, options?: Database.Options): SqliteDb {
    return new SqliteDb(new Database(path, options));
  }

  pragma(source: string, options?: Database.PragmaOptions): unknown {
    return this.raw.pragma(source, options);
  }

  /** SQLite's online backup: a consistent copy of the live file. */
  backup(path: string): Promise<unknown> {
    return this.raw.backup(path);
  }

  get inTransaction(): boolean {
    return this.raw.inTransaction;
  }

  prepare(sql: string): Statement {
    let s = this.#statements.get(sql);
    if (!s) this.#statements.set(sql, (s = this.raw.prepare(sql)));
    return s;
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  /** BEGIN IMMEDIATE: the write lock is taken before the first read, so no SQLITE_BUSY half-way. */
  write<T>(fn: () => T): T {
    return this.raw.transaction(fn).immediate();
  }

  read<T>(fn: () => T): T {
    return this.raw.transaction(fn).deferred();
  }

  get open(): boolean {
    return this.raw.open;
  }

  close(): void {
    this.#statements.clear();
    this.raw.close();
  }
}

/** The Db as the SQLite engine, for what only a SQLite store reports (pragmas, user_version); throws on another engine. */
export function asSqlite(db: Db): SqliteDb {
  sqliteOf(db, 'This report');
  return db as SqliteDb;
}

/** The SQLite connection under a Db, for SQLite-only operations (pragmas, file backups); throws on another engine. */
export function sqliteOf(db: Db, what: string): Database.Database {
  if (db instanceof SqliteDb) return db.raw;
  throw new Error(`${what} works on the SQLite engine only; this store runs on ${db.engine}`);
}
