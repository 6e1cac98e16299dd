import type { Db } from './open-database';
import { shortHanQuery, trigramQuery } from './search-tokens';
import { stmt } from './write';
import { searchPostgres } from './search-postgres';

/** Counting every match of a very common query costs a full pass; past this the total is shown as "N+". */
export const TOTAL_CAP = 10_000;

export interface SearchPage {
  total: number;
  /** True when more than TOTAL_CAP stories match and `total` is the cap. */
  capped: boolean;
  ids: number[];
}

/**
 * Story ids matching a query, newest first. 3+ characters use the trigram index; 1–2 Han
 * characters the unigram/bigram index; anything else short (e.g. "5G") a bounded scan. The index
 * is walked in descending rowid order, so a page of results costs its own size even when the
 * query matches nearly every story.
 */
export function searchStoryIds(db: Db, query: string, offset: number, limit: number): SearchPage {
  if (db.engine === 'postgres') return searchPostgres(db, query, offset, limit, TOTAL_CAP);
  const len = [...query].length;
  if (len >= 3) return viaFts(db, 'story_fts_tri', trigramQuery(query), offset, limit);
  const short = shortHanQuery(query);
  if (short) return viaFts(db, 'story_fts_bi', short, offset, limit);
  return viaScan(db, query, offset, limit);
}

function viaFts(db: Db, table: string, match: string, offset: number, limit: number): SearchPage {
  const n = (stmt(db, `SELECT count(*) AS n FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ${TOTAL_CAP + 1})`).get(match) as { n: number }).n;
  const ids = stmt(db, `SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?`).all(match, limit, offset) as Array<{ id: number }>;
  return { total: Math.min(n, TOTAL_CAP), capped: n > TOTAL_CAP, ids: ids.map((r) => r.id) };
}

const SCAN_TEXT = `s.kicker || char(10) || s.headline || char(10) || s.subhead || char(10) || s.byline || char(10) || s.dateline || char(10) || s.body_json`;

/** The scan a plain LIKE search does; also the peer the search benchmark measures against. */
export function viaScan(db: Db, query: string, offset: number, limit: number): SearchPage {
  const n = (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM stories s WHERE instr(${SCAN_TEXT}, ?) > 0 LIMIT ${TOTAL_CAP + 1})`).get(query) as { n: number }).n;
  const ids = stmt(db, `SELECT s.id FROM stories s WHERE instr(${SCAN_TEXT}, ?) > 0 ORDER BY s.id DESC LIMIT ? OFFSET ?`).all(query, limit, offset) as Array<{ id: number }>;
  return { total: Math.min(n, TOTAL_CAP), capped: n > TOTAL_CAP, ids: ids.map((r) => r.id) };
}
