import type { Db } from './engine/sql-db';
import type { SearchPage } from './search-repo';
import { bigramTokens, shortHanQuery } from './search-tokens';

/**
 * Search on PostgreSQL, with the behaviour of the SQLite indexes (migration 0002): one row per
 * story holds its searchable text under a pg_trgm index, which answers substring queries of 3+
 * characters (ILIKE, case-insensitive as FTS5's trigram tokenizer is), and the distinct single
 * characters and bigrams of its Han runs under a GIN array index, which answers 1–2 character
 * Han queries exactly. Anything else short (e.g. "5G") scans, as on SQLite.
 */
export function indexStoryPostgres(db: Db, id: number, text: string): void {
  const grams = [...new Set(bigramTokens(text).split(' ').filter(Boolean))];
  db.prepare(
    `INSERT INTO story_search(story_id, text, grams) VALUES (?, ?, ?)
     ON CONFLICT (story_id) DO UPDATE SET text = excluded.text, grams = excluded.grams`,
  ).run(id, text, grams);
}

export function searchPostgres(db: Db, query: string, offset: number, limit: number, cap: number): SearchPage {
  const len = [...query].length;
  if (len >= 3) return page(db, `text ILIKE ? ESCAPE '\\'`, `%${escapeLike(query)}%`, offset, limit, cap);
  if (shortHanQuery(query)) return page(db, 'grams @> ARRAY[?]::text[]', query, offset, limit, cap);
  return page(db, 'strpos(text, ?) > 0', query, offset, limit, cap);
}

function page(db: Db, where: string, arg: string, offset: number, limit: number, cap: number): SearchPage {
  const n = (db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM story_search WHERE ${where} LIMIT ${cap + 1}) hits`).get(arg) as { n: number }).n;
  const rows = db.prepare(`SELECT story_id AS id FROM story_search WHERE ${where} ORDER BY story_id DESC LIMIT ? OFFSET ?`).all(arg, limit, offset) as Array<{ id: number }>;
  return { total: Math.min(n, cap), capped: n > cap, ids: rows.map((r) => r.id) };
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
