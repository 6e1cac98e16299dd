import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import pg from 'pg';
import { CONNECTION_REPLACED, type PgConnectionConfig, type PgReply, type PgRequest } from './pg-protocol';

/**
 * The PostgreSQL engine's connection thread. The core's thread posts one request and blocks on
 * `signal` until the reply is posted back (pg-db.ts); this thread owns the socket and the pg
 * client. A lost connection is dropped and the next request opens a new one; a transaction that
 * began on the old one is refused from then on (its generation no longer matches), so nothing
 * meant to be inside it can run outside it.
 */
const { port, events, signal, config } = workerData as { port: MessagePort; events: MessagePort; signal: SharedArrayBuffer; config: PgConnectionConfig };
const flag = new Int32Array(signal);

// Counts and ids are int8 in PostgreSQL; the store's numbers are all far inside 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

let client: pg.Client | undefined;
let generation = 0;
const statementNames = new Map<string, string>();

async function connection(): Promise<pg.Client> {
  if (client) return client;
  const c = new pg.Client({
    connectionString: config.connectionString,
    ...(config.password !== undefined ? { password: config.password } : {}),
    ...(config.ssl ? { ssl: config.ssl } : {}),
    statement_timeout: config.statementTimeoutMs,
    application_name: 'banxin',
  });
  // An idle connection the server closed (restart, admin kill): forget it; the next request reconnects.
  c.on('error', () => {
    if (client === c) client = undefined;
  });
  await c.connect();
  // Every commit waits for its WAL flush, whatever the server's default (as SQLite's synchronous=FULL is set on each open).
  await c.query('SET synchronous_commit TO on');
  client = c;
  generation++;
  statementNames.clear();
  return c;
}

const isConnectionLoss = (err: unknown): boolean => {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return true; // socket errors and "Connection terminated" carry no SQLSTATE
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('E');
};

// LISTEN has a connection of its own, so that a query connection replaced after an error never
// drops the subscription; it reconnects by itself after a loss (e.g. a database restart).
const channels = new Set<string>();
let listener: pg.Client | undefined;
let listenerClosed = false;

async function startListener(): Promise<void> {
  if (listener || listenerClosed || channels.size === 0) return;
  const c = new pg.Client({
    connectionString: config.connectionString,
    ...(config.password !== undefined ? { password: config.password } : {}),
    ...(config.ssl ? { ssl: config.ssl } : {}),
    application_name: 'banxin-events',
  });
  const retry = (): void => {
    if (listener !== c) return;
    listener = undefined;
    c.end().catch(() => undefined);
    setTimeout(() => void startListener().catch(() => undefined), 1_000).unref();
  };
  c.on('error', retry);
  c.on('end', retry);
  c.on('notification', (n) => events.postMessage({ channel: n.channel, payload: n.payload ?? '' }));
  listener = c;
  try {
    await c.connect();
    for (const ch of channels) await c.query(`LISTEN ${ch}`);
  } catch {
    retry();
  }
}

async function handle(req: PgRequest): Promise<PgReply> {
  if (req.op === 'listen') {
    if (!/^[a-z_][a-z0-9_]*$/.test(req.channel)) return { ok: false, error: { message: `not a channel name: ${req.channel}`, code: '42602' } };
    channels.add(req.channel);
    if (listener) await listener.query(`LISTEN ${req.channel}`).catch(() => undefined);
    else await startListener();
    return { ok: true, rows: [], rowCount: 0, generation };
  }
  if (req.op === 'close') {
    listenerClosed = true;
    const l = listener;
    listener = undefined;
    await l?.end().catch(() => undefined);
    events.close();
    await client?.end().catch(() => undefined);
    client = undefined;
    return { ok: true, rows: [], rowCount: 0, generation };
  }
  if ('generation' in req && req.generation !== null && (req.generation !== generation || !client)) {
    return { ok: false, error: { message: 'the database connection was lost during this transaction', code: CONNECTION_REPLACED } };
  }
  let c: pg.Client;
  try {
    c = await connection();
  } catch (err) {
    return { ok: false, error: describe(err) };
  }
  try {
    if (req.op === 'connect') return { ok: true, rows: [], rowCount: 0, generation };
    if (req.op === 'exec') {
      await c.query(req.sql);
      return { ok: true, rows: [], rowCount: 0, generation };
    }
    let name = statementNames.get(req.sql);
    if (!name) statementNames.set(req.sql, (name = `b${statementNames.size}`));
    const r = await c.query({ name, text: req.sql, values: req.params });
    return { ok: true, rows: r.rows as Array<Record<string, unknown>>, rowCount: r.rowCount ?? 0, generation };
  } catch (err) {
    if (isConnectionLoss(err) && client === c) {
      client = undefined;
      c.end().catch(() => undefined);
    }
    return { ok: false, error: describe(err) };
  }
}

function describe(err: unknown): { message: string; code: string; detail?: string } {
  const e = err as { message?: unknown; code?: unknown; detail?: unknown };
  return {
    message: typeof e.message === 'string' ? e.message : String(err),
    code: typeof e.code === 'string' ? e.code : 'CONNECTION',
    ...(typeof e.detail === 'string' ? { detail: e.detail } : {}),
  };
}

port.on('message', (req: PgRequest) => {
  void handle(req).then((reply) => {
    port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    if (req.op === 'close') port.close();
  });
});
parentPort?.postMessage('ready');
