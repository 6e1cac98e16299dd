import { createHash } from 'node:crypto';
import type { Db } from '../engine/sql-db';
import { indexStory, searchableText } from '../search-index';
import { bodyText } from '../stories-repo';
import { SEEDED_TABLES, STORE_TABLES, type StoreTable } from './store-tables';

/** Why a move did not start or did not finish; `zh`/`en` say what to do. */
export class MoveError extends Error {
  constructor(
    readonly code: 'TARGET_NOT_EMPTY' | 'SOURCE_CHANGED' | 'VERIFY_FAILED',
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'MoveError';
  }
}

export interface TableReport {
  name: string;
  rows: number;
  /** SHA-256 over every row in key order, the same on both sides when the copy is exact. */
  digest: string;
}

export interface MoveReport {
  /** The move went on from where an interrupted one stopped. */
  resumed: boolean;
  tables: TableReport[];
}

export interface MoveOptions {
  /** Names the source in the target's bookkeeping (a path or a URL without password). */
  sourceLabel: string;
  batchRows?: number;
  /** Called after each committed batch (progress output; tests interrupt a move here). */
  afterBatch?: (table: string, rowsSoFar: number) => void;
}

// The move's own bookkeeping in the target, written in the same transaction as each batch, so an
// interrupted move resumes exactly after its last committed batch. Dropped once the copy verifies.
const STATE_TABLE = 'banxin_move';

interface Position {
  /** Index into STORE_TABLES, or STORE_TABLES.length for the search index, + 1 for done. */
  table: number;
  /** Key of the last row copied in that table (null: none yet). */
  after: unknown[] | null;
}

const SEARCH_STEP = STORE_TABLES.length;

/**
 * Copy a whole store from one engine to another (SQLite → PostgreSQL when a newsroom moves up,
 * or back), both already at the same schema version. Refuses a target that holds anything but a
 * fresh schema, unless it holds an interrupted move from this very source, which it resumes. The
 * search index is built anew in the target's own form. Ends by comparing every table's row count
 * and digest on both sides; a difference is an error and the bookkeeping stays for a look.
 */
export function moveStore(source: Db, target: Db, options: MoveOptions): MoveReport {
  const batchRows = options.batchRows ?? 500;
  const fingerprint = sourceFingerprint(source);
  const { position, resumed } = startOrResume(target, options.sourceLabel, fingerprint);
  let pos = position;
  while (pos.table < SEARCH_STEP) {
    const table = STORE_TABLES[pos.table]!;
    const rows = nextRows(source, table, pos.after, batchRows);
    const next: Position = rows.length < batchRows ? { table: pos.table + 1, after: null } : { table: pos.table, after: keyOf(table, rows.at(-1)!) };
    target.write(() => {
      if (pos.table === 0 && pos.after === null) for (const seeded of SEEDED_TABLES) target.exec(`DELETE FROM ${seeded}`);
      insertRows(target, table.name, rows);
      savePosition(target, next);
    });
    options.afterBatch?.(table.name, rows.length);
    pos = next;
  }
  if (pos.table === SEARCH_STEP) {
    rebuildSearch(target, batchRows, options.afterBatch);
    target.write(() => {
      followIdentities(target);
      savePosition(target, { table: SEARCH_STEP + 1, after: null });
    });
  }
  const tables = verify(source, target);
  target.write(() => target.exec(`DROP TABLE ${STATE_TABLE}`));
  return { resumed, tables };
}

/** Changes whenever anything is saved in the source: a resumed move must copy the same data it began with. */
function sourceFingerprint(db: Db): string {
  const n = (sql: string): number => Number((db.prepare(sql).get() as { n: number | null }).n ?? 0);
  return [
    n('SELECT count(*) AS n FROM revisions'), n('SELECT max(id) AS n FROM revisions'),
    n('SELECT max(id) AS n FROM audit_log'), n('SELECT count(*) AS n FROM frames'), n('SELECT count(*) AS n FROM corrections'),
  ].join(':');
}

function startOrResume(target: Db, source: string, fingerprint: string): { position: Position; resumed: boolean } {
  return target.write(() => {
    const state = stateRow(target);
    if (state) {
      if (state.fingerprint !== fingerprint || state.source !== source) {
        throw new MoveError(
          'SOURCE_CHANGED',
          `目标数据库中有一次未完成的迁移，但来源（${state.source}）已不是当时的数据。请换一个空的目标数据库重新开始。`,
          `the target holds an unfinished move from ${state.source}, and the source is no longer the data it began with: start again with an empty target database`,
        );
      }
      return { position: JSON.parse(state.position) as Position, resumed: true };
    }
    const occupied = STORE_TABLES.filter((t) => !SEEDED_TABLES.includes(t.name) && target.prepare(`SELECT 1 AS x FROM ${t.name} LIMIT 1`).get() !== undefined);
    if (occupied.length > 0) {
      throw new MoveError(
        'TARGET_NOT_EMPTY',
        `目标数据库不是空的（${occupied.map((t) => t.name).join('、')} 中已有数据），迁移不会覆盖它。请新建一个空数据库作为目标。`,
        `the target database is not empty (rows in ${occupied.map((t) => t.name).join(', ')}); a move never writes over data. Create an empty database for it`,
      );
    }
    target.exec(`CREATE TABLE ${STATE_TABLE} (source TEXT NOT NULL, fingerprint TEXT NOT NULL, position TEXT NOT NULL)`);
    const position: Position = { table: 0, after: null };
    target.prepare(`INSERT INTO ${STATE_TABLE}(source, fingerprint, position) VALUES (?, ?, ?)`).run(source, fingerprint, JSON.stringify(position));
    return { position, resumed: false };
  });
}

function stateRow(db: Db): { source: string; fingerprint: string; position: string } | undefined {
  try {
    return db.read(() => db.prepare(`SELECT source, fingerprint, position FROM ${STATE_TABLE}`).get()) as { source: string; fingerprint: string; position: string } | undefined;
  } catch {
    return undefined; // no bookkeeping table: no move began here
  }
}

function savePosition(db: Db, p: Position): void {
  db.prepare(`UPDATE ${STATE_TABLE} SET position = ?`).run(JSON.stringify(p));
}

const keyOf = (t: StoreTable, row: Record<string, unknown>): unknown[] => t.key.map((k) => row[k]);

function nextRows(db: Db, t: StoreTable, after: unknown[] | null, limit: number): Array<Record<string, unknown>> {
  const keys = t.key.map(quoteName).join(', ');
  const where = after ? `WHERE (${keys}) > (${t.key.map(() => '?').join(', ')})` : '';
  return db.prepare(`SELECT * FROM ${t.name} ${where} ORDER BY ${keys} LIMIT ?`).all(...(after ?? []), limit) as Array<Record<string, unknown>>;
}

// Several rows per INSERT, well under either engine's limit on bound parameters.
const MAX_PARAMS = 900;

function insertRows(db: Db, table: string, rows: ReadonlyArray<Record<string, unknown>>): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    db.prepare(`INSERT INTO ${table} (${columns.map(quoteName).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`)
      .run(...chunk.flatMap((r) => columns.map((c) => r[c])));
  }
}

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function rebuildSearch(db: Db, batchRows: number, afterBatch: MoveOptions['afterBatch']): void {
  let after = 0;
  for (;;) {
    const rows = db.prepare('SELECT id, kicker, headline, subhead, byline, dateline, body_json FROM stories WHERE id > ? ORDER BY id LIMIT ?').all(after, batchRows) as Array<{
      id: number; kicker: string; headline: string; subhead: string; byline: string; dateline: string; body_json: string;
    }>;
    if (rows.length === 0) return;
    db.write(() => {
      for (const r of rows) indexStory(db, r.id, searchableText({ ...r, body: bodyText(JSON.parse(r.body_json) as Array<{ text: string; type: 'paragraph' }>) }));
    });
    afterBatch?.('search', rows.length);
    after = rows.at(-1)!.id;
  }
}

/** PostgreSQL identities do not move with explicitly inserted ids: set each to follow the largest. */
function followIdentities(db: Db): void {
  if (db.engine !== 'postgres') return;
  for (const t of STORE_TABLES.filter((x) => x.identity)) {
    db.prepare(`SELECT setval(pg_get_serial_sequence('${t.name}', 'id'), coalesce((SELECT max(id) FROM ${t.name}), 0) + 1, false) AS v`).get();
  }
}

/** Row counts and digests of every table, compared side by side. */
function verify(source: Db, target: Db): TableReport[] {
  const out: TableReport[] = [];
  const differ: string[] = [];
  for (const t of STORE_TABLES) {
    const a = tableDigest(source, t);
    const b = tableDigest(target, t);
    if (a.rows !== b.rows || a.digest !== b.digest) differ.push(`${t.name} (${a.rows} → ${b.rows} rows${a.rows === b.rows ? ', content differs' : ''})`);
    out.push({ name: t.name, ...a });
  }
  if (differ.length > 0) {
    throw new MoveError('VERIFY_FAILED', `迁移后核对不一致：${differ.join('；')}。来源未受影响。`, `after the move the copy differs: ${differ.join('; ')}. The source is untouched`);
  }
  return out;
}

/** A table's rows in key order, each value written the same way whichever engine returned it. */
export function tableDigest(db: Db, t: StoreTable): { rows: number; digest: string } {
  const hash = createHash('sha256');
  let rows = 0;
  let after: unknown[] | null = null;
  for (;;) {
    const batch = nextRows(db, t, after, 2000);
    for (const r of batch) {
      const names = Object.keys(r).sort();
      hash.update(JSON.stringify(names.map((n) => canonical(r[n]))));
      hash.update('\n');
    }
    rows += batch.length;
    if (batch.length < 2000) break;
    after = keyOf(t, batch.at(-1)!);
  }
  return { rows, digest: hash.digest('hex') };
}

const canonical = (v: unknown): unknown => (Buffer.isBuffer(v) ? `bytes:${v.toString('base64')}` : typeof v === 'bigint' ? Number(v) : v);
