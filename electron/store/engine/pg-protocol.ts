/** What the PostgreSQL engine's caller and its connection thread say to each other (pg-db.ts ↔ pg-worker.ts). */

export interface PgConnectionConfig {
  connectionString: string;
  /** Read from a file or the environment by the caller; never logged. */
  password?: string;
  /** TLS to the database: off, required (certificate checked against the system or `ca`), or required with a given CA. */
  ssl?: { ca?: string; rejectUnauthorized: boolean };
  /** Server-side limit on one statement, so a stuck query ends with an error rather than a hung server. */
  statementTimeoutMs: number;
}

export type PgRequest =
  | { op: 'query'; sql: string; params: unknown[]; generation: number | null }
  /** Several statements in one simple-protocol round trip (schema changes, BEGIN … ). */
  | { op: 'exec'; sql: string; generation: number | null }
  /** Open a connection if there is none and report its generation (a transaction pins it). */
  | { op: 'connect' }
  /** Start listening on a channel on a connection of its own; notifications arrive on the events port. */
  | { op: 'listen'; channel: string }
  | { op: 'close' };

export type PgReply =
  | { ok: true; rows: Array<Record<string, unknown>>; rowCount: number; generation: number }
  | { ok: false; error: { message: string; code: string; detail?: string } };

/** Error code the worker uses when a transaction's connection was lost and replaced: nothing more may run in it. */
export const CONNECTION_REPLACED = 'BANXIN_CONNECTION_REPLACED';
