import type { Db } from './open-database';
import { shortHanQuery, trigramQuery } from './search-tokens';
import { stmt } from './write';

/**
 * Story ids matching a query, best-first by recency. 3+ characters use the trigram index; 1–2
 * Han characters the bigram index; anything else short (e.g. "5G") an instr() scan, bounded.
 */
export function searchStoryIds(db: Db, query: string, offset: number, limit: number): { total: number; ids: number[] } {
  const len = [...query].length;
  if (len >= 3) return viaFts(db, 'story_fts_tri', trigramQuery(query), offset, limit);
  const short = shortHanQuery(query);
  if (short) return viaFts(db, 'story_fts_bi', short, offset, limit);
  return viaScan(db, query, offset, limit);
}

function viaFts(db: Db, table: string, match: string, offset: number, limit: number): { total: number; ids: number[] } {
  const total = (stmt(db, `SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(match) as { n: number }).n;
  const ids = stmt(
    db,
    `SELECT s.id FROM ${table} f JOIN stories s ON s.id = f.rowid WHERE ${table} MATCH ? ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?`,
  ).all(match, limit, offset) as Array<{ id: number }>;
  return { total, ids: ids.map((r) => r.id) };
}

/** The scan a plain LIKE search would do; also the peer the search benchmark compares against. */
export function viaScan(db: Db, query: string, offset: number, limit: number): { total: number; ids: number[] } {
  const cond = `instr(s.kicker || char(10) || s.headline || char(10) || s.subhead || char(10) || s.byline || char(10) || s.dateline || char(10) || s.body_json, ?) > 0`;
  const total = (stmt(db, `SELECT count(*) AS n FROM stories s WHERE ${cond}`).get(query) as { n: number }).n;
  const ids = stmt(db, `SELECT s.id FROM stories s WHERE ${cond} ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?`).all(query, limit, offset) as Array<{ id: number }>;
  return { total, ids: ids.map((r) => r.id) };
}
