import type Database from 'better-sqlite3';
import { BanxinError } from '../../shared/api/errors';
import type { Db } from './open-database';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepared statements are cached per connection: the same SQL is compiled once. */
export function stmt(db: Db, sql: string): Database.Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Build a WHERE clause from (condition, value) pairs, skipping conditions whose value is absent. */
export function whereClause(conds: ReadonlyArray<readonly [string, unknown]>): { where: string; args: unknown[] } {
  const used = conds.filter(([, v]) => v !== undefined && v !== '' && v !== null);
  return { where: used.length ? `WHERE ${used.map(([c]) => c).join(' AND ')}` : '', args: used.map(([, v]) => v) };
}

/**
 * Every user-visible write is one IMMEDIATE transaction: it takes the write lock up front (no
 * SQLITE_BUSY half-way) and either commits whole or not at all. Storage failures become typed
 * errors so the UI can keep the draft and say what happened.
 */
export function write<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (err) {
    throw toStorageError(err);
  }
}

export function toStorageError(err: unknown): unknown {
  if (err instanceof BanxinError) return err;
  const code = err instanceof Error && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'SQLITE_FULL') return new BanxinError('STORAGE_FULL');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new BanxinError('DATABASE_LOCKED');
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CORRUPT' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return new BanxinError('STORAGE_ERROR', { details: code });
  }
  return err;
}
