/**
 * The one interface the repositories speak: SQL text with `?` placeholders, run synchronously on
 * whichever engine holds the newsroom's data (embedded SQLite, or PostgreSQL for newsroom scale).
 *
 * Synchronous on purpose: the core's services read, check and write inside one transaction that
 * nothing else in the process can interleave with (better-sqlite3's model). The PostgreSQL engine
 * keeps that model by blocking on a worker thread that owns the connection (see pg-db.ts), and
 * serialises writers across server processes with a transaction-scoped advisory lock, which is
 * what SQLite's BEGIN IMMEDIATE gives one file.
 */
export type Engine = 'sqlite' | 'postgres';

export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
}

/** A prepared statement; parameters bind to the `?` placeholders in order. */
export interface Statement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): RunResult;
}

export interface Db {
  readonly engine: Engine;
  /** Compiled once per connection and SQL text. */
  prepare(sql: string): Statement;
  /** One or more statements without parameters (schema changes). */
  exec(sql: string): void;
  /**
   * Run `fn` as one write transaction: it waits for the write lock up front, commits whole or not
   * at all, and nests (an inner call joins the outer transaction).
   */
  write<T>(fn: () => T): T;
  /** A consistent read of several statements (one snapshot). */
  read<T>(fn: () => T): T;
  readonly open: boolean;
  close(): void;
}
