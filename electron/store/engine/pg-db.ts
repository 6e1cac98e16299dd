import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { workerScript } from '../../core/worker-script';
import { toPostgres } from './pg-dialect';
import type { PgConnectionConfig, PgReply, PgRequest } from './pg-protocol';
import type { Db, RunResult, Statement } from './sql-db';

/** A failed statement or connection, with PostgreSQL's SQLSTATE (or CONNECTION) as `code`. */
export class PgError extends Error {
  constructor(message: string, readonly code: string, readonly detail?: string) {
    super(message);
    this.name = 'PgError';
  }
}

// Every write transaction takes this transaction-scoped advisory lock first: writers on every
// server process run one at a time, as BEGIN IMMEDIATE makes them on one SQLite file, so a
// service's read-check-write (a base revision, an edit lease) sees no other writer in between.
const WRITE_LOCK_KEY = 0x62616e78; // "banx"

/** Longest the core's thread waits for one reply; the server-side statement timeout is shorter. */
const REPLY_WAIT_MS = 60_000;

/**
 * The PostgreSQL engine behind the same synchronous interface as SQLite: a worker thread owns the
 * connection and this thread blocks (Atomics.wait) until each reply arrives. A server process
 * thus runs one statement at a time, as it does on SQLite; more throughput comes from more server
 * processes on one database, which is what PostgreSQL is for here.
 */
export class PgDb implements Db {
  readonly engine = 'postgres' as const;
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #flag: Int32Array;
  readonly #statements = new Map<string, Statement>();
  readonly #events: MessagePort;
  readonly #listeners = new Set<{ channel: string; fn: (payload: string) => void }>();
  #open = true;
  /** Transaction nesting depth and the connection generation the outermost one began on. */
  #depth = 0;
  #txGeneration: number | null = null;

  constructor(config: PgConnectionConfig) {
    const script = workerScript(import.meta.url, 'pg-worker');
    if (!script) throw new Error('the PostgreSQL connection worker (pg-worker) is missing from this build');
    const { port1, port2 } = new MessageChannel();
    const events = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    const workerData = { port: port2, events: events.port2, signal, config };
    const transferList = [port2, events.port2];
    this.#worker = 'code' in script
      ? new Worker(script.code, { eval: true, workerData, transferList })
      : new Worker(script.url, { execArgv: script.execArgv, workerData, transferList });
    this.#events = events.port1;
    // Notifications come whenever this thread is free; they must not keep a finished process alive.
    this.#events.on('message', (m: { channel: string; payload: string }) => {
      for (const l of this.#listeners) if (l.channel === m.channel) l.fn(m.payload);
    });
    this.#events.unref();
    this.#worker.unref();
    this.#port = port1;
    this.#flag = new Int32Array(signal);
    // Fail now, with the database's own words, if it cannot be reached.
    this.#request({ op: 'connect' });
  }

  #request(req: PgRequest): Extract<PgReply, { ok: true }> {
    if (!this.#open) throw new PgError('the database connection is closed', 'CONNECTION');
    Atomics.store(this.#flag, 0, 0);
    this.#port.postMessage(req);
    // The worker posts its reply before it sets the flag, so once the flag is set the reply is there.
    let message = receiveMessageOnPort(this.#port);
    while (!message) {
      const woke = Atomics.wait(this.#flag, 0, 0, REPLY_WAIT_MS);
      message = receiveMessageOnPort(this.#port);
      if (!message && woke === 'timed-out') {
        // A reply that comes later would answer the wrong request: this connection is finished.
        this.#open = false;
        void this.#worker.terminate();
        throw new PgError(`no reply from the database connection in ${REPLY_WAIT_MS / 1000} s`, 'CONNECTION');
      }
    }
    const reply = message.message as PgReply;
    if (!reply.ok) throw new PgError(reply.error.message, reply.error.code, reply.error.detail);
    return reply;
  }

  query(sql: string, params: unknown[]): { rows: Array<Record<string, unknown>>; rowCount: number } {
    const r = this.#request({ op: 'query', sql, params: params.map(toParam), generation: this.#txGeneration });
    return { rows: r.rows.map(toRow), rowCount: r.rowCount };
  }

  prepare(sql: string): Statement {
    let s = this.#statements.get(sql);
    if (!s) {
      const text = toPostgres(sql);
      s = {
        get: (...params: unknown[]) => this.query(text, params).rows[0],
        all: (...params: unknown[]) => this.query(text, params).rows,
        run: (...params: unknown[]): RunResult => ({ changes: this.query(text, params).rowCount }),
      };
      this.#statements.set(sql, s);
    }
    return s;
  }

  exec(sql: string): void {
    this.#request({ op: 'exec', sql, generation: this.#txGeneration });
  }

  write<T>(fn: () => T): T {
    return this.#transaction(fn, `BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
  }

  read<T>(fn: () => T): T {
    return this.#transaction(fn, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  #transaction<T>(fn: () => T, begin: string): T {
    if (this.#depth > 0) return this.#savepoint(fn);
    let generation: number;
    try {
      ({ generation } = this.#request({ op: 'exec', sql: begin, generation: null }));
    } catch (err) {
      // BEGIN ran but the lock wait failed (a statement timeout): end that transaction, or every
      // later statement on this connection would fail as "in a failed transaction".
      try {
        this.#request({ op: 'exec', sql: 'ROLLBACK', generation: null });
      } catch {
        // The connection is gone: nothing is open on it.
      }
      throw err;
    }
    this.#txGeneration = generation;
    this.#depth = 1;
    try {
      const result = fn();
      this.#request({ op: 'exec', sql: 'COMMIT', generation });
      return result;
    } catch (err) {
      try {
        this.#request({ op: 'exec', sql: 'ROLLBACK', generation });
      } catch {
        // The connection is gone: the server rolled the transaction back when it went.
      }
      throw err;
    } finally {
      this.#depth = 0;
      this.#txGeneration = null;
    }
  }

  /** A nested transaction is a savepoint: its failure undoes its own work and the outer one goes on. */
  #savepoint<T>(fn: () => T): T {
    const name = `s${this.#depth}`;
    this.exec(`SAVEPOINT ${name}`);
    this.#depth++;
    try {
      const result = fn();
      this.exec(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      this.exec(`ROLLBACK TO SAVEPOINT ${name}`);
      throw err;
    } finally {
      this.#depth--;
    }
  }

  /**
   * Hear NOTIFY on `channel` from every connection to this database (other server processes
   * included). Delivered when this thread is free; the subscription survives reconnects.
   */
  listen(channel: string, fn: (payload: string) => void): () => void {
    const entry = { channel, fn };
    this.#listeners.add(entry);
    this.#request({ op: 'listen', channel });
    return () => this.#listeners.delete(entry);
  }

  /** NOTIFY `channel`: delivered to every listener once the current transaction (if any) commits. */
  notify(channel: string, payload: string): void {
    this.prepare('SELECT pg_notify(?, ?) AS sent').get(channel, payload);
  }

  get inTransaction(): boolean {
    return this.#depth > 0;
  }

  get open(): boolean {
    return this.#open;
  }

  close(): void {
    if (!this.#open) return;
    try {
      this.#request({ op: 'close' });
    } finally {
      this.#open = false;
      this.#listeners.clear();
      this.#port.close();
      this.#events.close();
      void this.#worker.terminate();
    }
  }
}

// SQLite binds booleans as 0/1 in the store's columns; PostgreSQL would refuse a boolean for an integer.
const toParam = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

// bytea arrives from the worker as a plain Uint8Array (structured clone); the store hands out Buffers, as SQLite does.
function toRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const k in row) {
    const v = row[k];
    if (v instanceof Uint8Array && !Buffer.isBuffer(v)) row[k] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  }
  return row;
}
