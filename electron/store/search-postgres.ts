import type { Db } from './engine/sql-db';
import type { SearchPage } from './search-repo';
import { bigramTokens, shortHanQuery } from './search-tokens';

/**
 * Search on PostgreSQL, with the behaviour of the SQLite indexes (migration 0002): one row per
 * story holds its searchable text, folded to lower case (FTS5's trigram tokenizer is
 * case-insensitive too), under a pg_trgm index that answers substring queries of 3+ characters,
 * and the distinct single characters and bigrams of its Han runs under a GIN array index that
 * answers 1–2 character Han queries exactly. Anything else short (e.g. "5g") scans, as on SQLite.
 */
export function indexStoryPostgres(db: Db, id: number, text: string): void {
  const grams = [...new Set(bigramTokens(text).split(' ').filter(Boolean))];
  db.prepare(
    `INSERT INTO story_search(story_id, text, grams) VALUES (?, ?, ?)
     ON CONFLICT (story_id) DO UPDATE SET text = excluded.text, grams = excluded.grams`,
  ).run(id, text.toLowerCase(), grams);
}

export function searchPostgres(db: Db, query: string, offset: number, limit: number, cap: number): SearchPage {
  const len = [...query].length;
  if (len >= 3) return page(db, `text LIKE ? ESCAPE '\\'`, `%${escapeLike(query.toLowerCase())}%`, offset, limit, cap);
  if (shortHanQuery(query)) return page(db, 'grams @> ARRAY[?]::text[]', query, offset, limit, cap);
  return page(db, 'strpos(text, ?) > 0', query.toLowerCase(), offset, limit, cap);
}

function page(db: Db, where: string, arg: string, offset: number, limit: number, cap: number): SearchPage {
  // Newest first: for a common query the planner walks the key backwards and stops after a page.
  const rows = db.prepare(`SELECT story_id AS id FROM story_search WHERE ${where} ORDER BY story_id DESC LIMIT ? OFFSET ?`).all(arg, limit, offset) as Array<{ id: number }>;
  const n = countUpTo(db, where, arg, cap + 1);
  return { total: Math.min(n, cap), capped: n > cap, ids: rows.map((r) => r.id) };
}

/**
 * Matches up to `max`, through the index's bitmap. For a query most stories match, the planner
 * would rather scan the table and test each row's (toasted) text or array, which is ten times
 * slower than reading the index's posting list and counting heap rows without their columns; so
 * the count is planned with scans switched off, for this statement only.
 */
function countUpTo(db: Db, where: string, arg: string, max: number): number {
  return db.read(() => {
    db.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off');
    const n = (db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM story_search WHERE ${where} LIMIT ${max}) hits`).get(arg) as { n: number }).n;
    // Inside a caller's transaction a savepoint keeps SET LOCAL past this read: switch them back.
    db.exec('SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = on');
    return n;
  });
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
