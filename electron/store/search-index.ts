import type { Db } from './open-database';
import { bigramTokens } from './search-tokens';
import { indexStoryPostgres } from './search-postgres';

/** The text a story is found by: headline roles, credits and body. */
export function searchableText(row: { kicker: string; headline: string; subhead: string; byline: string; dateline: string; body: string }): string {
  return [row.kicker, row.headline, row.subhead, row.byline, row.dateline, row.body].filter(Boolean).join('\n');
}

/** Replace a story's entries in both search indexes. Call inside the saving transaction. */
export function indexStory(db: Db, id: number, text: string): void {
  if (db.engine === 'postgres') return indexStoryPostgres(db, id, text);
  db.prepare('DELETE FROM story_fts_tri WHERE rowid = ?').run(id);
  db.prepare('DELETE FROM story_fts_bi WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO story_fts_tri(rowid, text) VALUES (?, ?)').run(id, text);
  db.prepare('INSERT INTO story_fts_bi(rowid, text) VALUES (?, ?)').run(id, bigramTokens(text));
}

/** Used by migration 2 to index stories written before search existed. */
export function backfillSearch(db: Db): void {
  const rows = db.prepare('SELECT id, kicker, headline, subhead, byline, dateline, body_json FROM stories').all() as Array<{
    id: number; kicker: string; headline: string; subhead: string; byline: string; dateline: string; body_json: string;
  }>;
  for (const r of rows) {
    const blocks = JSON.parse(r.body_json) as Array<{ text: string }>;
    indexStory(db, r.id, searchableText({ ...r, body: blocks.map((b) => b.text).join('\n') }));
  }
}
