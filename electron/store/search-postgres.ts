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

// Up to this many matches, a page is cut from the index's bitmap (fetching and sorting them costs
// less than walking the key backwards past the many stories that do not match); past it, matches
// are dense and walking newest-first finds a page at once.
const BITMAP_PAGE_LIMIT = 5_000;

/**
 * The capped total and one page, in one snapshot. Both are planned knowing the total: for a query
 * most stories match, the planner would rather test every row's (toasted) text or array than read
 * the index's posting list, ten times slower, so the count runs with table and key scans switched
 * off for those statements only (SET LOCAL, reset before the caller's transaction goes on).
 */
function page(db: Db, where: string, arg: string, offset: number, limit: number, cap: number): SearchPage {
  return db.read(() => {
    db.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off');
    const n = (db.prepare(`SELECT count(*) AS n FROM (SELECT FROM story_search WHERE ${where} LIMIT ${cap + 1}) hits`).get(arg) as { n: number }).n;
    if (n > BITMAP_PAGE_LIMIT) db.exec('SET LOCAL enable_indexscan = on');
    const rows = db.prepare(`SELECT story_id AS id FROM story_search WHERE ${where} ORDER BY story_id DESC LIMIT ? OFFSET ?`).all(arg, limit, offset) as Array<{ id: number }>;
    db.exec('SET LOCAL enable_seqscan = on; SET LOCAL enable_indexscan = on');
    return { total: Math.min(n, cap), capped: n > cap, ids: rows.map((r) => r.id) };
  });
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
