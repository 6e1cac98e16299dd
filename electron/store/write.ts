import { BanxinError } from '../../shared/api/errors';
import type { Db, Statement } from './engine/sql-db';
import { CONNECTION_REPLACED } from './engine/pg-protocol';
import { PgError } from './engine/pg-db';

/** A prepared statement (each engine caches them per connection: the same SQL is compiled once). */
export function stmt(db: Db, sql: string): Statement {
  return db.prepare(sql);
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
    return db.write(fn);
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
  if (err instanceof PgError) return postgresStorageError(err);
  return err;
}

/** Run an INSERT into a table with an `id` key and return the new row's id (RETURNING works on both engines). */
export function insertId(db: Db, insertSql: string, ...params: unknown[]): number {
  return Number((db.prepare(`${insertSql} RETURNING id`).get(...params) as { id: number | string }).id);
}

/**
 * PostgreSQL's failures in the same terms: a full disk (53100), a lock or serialisation conflict
 * (40001, 40P01, 55P03), and a database that is away (a restart, the network: SQLSTATE class 08,
 * 57P0x, or no code at all) as a storage error the desk can retry; the draft stays in the editor.
 */
function postgresStorageError(err: PgError): unknown {
  const code = err.code;
  if (code === '53100') return new BanxinError('STORAGE_FULL');
  if (code === '40001' || code === '40P01' || code === '55P03') return new BanxinError('DATABASE_LOCKED');
  if (code === 'CONNECTION' || code === CONNECTION_REPLACED || code.startsWith('08') || code.startsWith('57P') || code.startsWith('E')) {
    return new BanxinError('STORAGE_ERROR', { zh: '（数据库暂时无法连接）', en: '(the database cannot be reached just now)', details: code });
  }
  return err;
}
