import type { PersonTitle, Tag, TagKind } from '../../shared/tags/types';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

interface TagRow {
  id: number;
  name: string;
  kind: TagKind;
  parent_id: number | null;
  synonyms: string;
  iptc_code: string | null;
  titles: string;
  created_at: string;
  updated_at: string;
  story_count: number;
}

const SELECT = `SELECT t.*, (SELECT count(*) FROM story_tags st WHERE st.tag_id = t.id) AS story_count FROM tags t`;

function toTag(r: TagRow): Tag {
  return {
    id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id, synonyms: JSON.parse(r.synonyms) as string[],
    iptcCode: r.iptc_code, titles: JSON.parse(r.titles) as PersonTitle[], storyCount: r.story_count,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export interface TagFields {
  name: string;
  kind: TagKind;
  parentId: number | null;
  synonyms: readonly string[];
  iptcCode: string | null;
  titles: readonly PersonTitle[];
}

/** Pairs of tags on the same stories, most frequent first. */
export interface CooccurrenceRow {
  a: number;
  b: number;
  count: number;
}

export const tagsRepo = {
  list(db: Db, q: { kind?: TagKind | undefined; query?: string | undefined } = {}): Tag[] {
    const rows = stmt(db, `${SELECT} WHERE (CAST(? AS TEXT) IS NULL OR t.kind = ?) AND (CAST(? AS TEXT) IS NULL OR instr(t.name, ?) > 0 OR instr(t.synonyms, ?) > 0) ORDER BY t.kind, t.name`)
      .all(q.kind ?? null, q.kind ?? null, q.query ?? null, q.query ?? null, q.query ?? null) as TagRow[];
    return rows.map(toTag);
  },

  get(db: Db, id: number): Tag | undefined {
    const r = stmt(db, `${SELECT} WHERE t.id = ?`).get(id) as TagRow | undefined;
    return r && toTag(r);
  },

  /** A tag by kind and exact name. */
  find(db: Db, kind: TagKind, name: string): Tag | undefined {
    const r = stmt(db, `${SELECT} WHERE t.kind = ? AND t.name = ?`).get(kind, name) as TagRow | undefined;
    return r && toTag(r);
  },

  insert(db: Db, f: TagFields, at: string): number {
    return insertId(
      db, 'INSERT INTO tags(name, kind, parent_id, synonyms, iptc_code, titles, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      f.name, f.kind, f.parentId, JSON.stringify(f.synonyms), f.iptcCode, JSON.stringify(f.titles), at, at,
    );
  },

  update(db: Db, id: number, f: TagFields, at: string): void {
    stmt(db, 'UPDATE tags SET name = ?, kind = ?, parent_id = ?, synonyms = ?, iptc_code = ?, titles = ?, updated_at = ? WHERE id = ?')
      .run(f.name, f.kind, f.parentId, JSON.stringify(f.synonyms), f.iptcCode, JSON.stringify(f.titles), at, id);
  },

  /** Would making `parentId` the parent of `id` close a loop? */
  isAncestorOrSelf(db: Db, id: number, parentId: number): boolean {
    const r = stmt(db, `WITH RECURSIVE up(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT t.parent_id FROM tags t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)
      SELECT 1 AS hit FROM up WHERE id = ? LIMIT 1`).get(parentId, id) as { hit: number } | undefined;
    return r !== undefined;
  },

  /** Move every use of `from` to `into` (stories, pages, children) and delete `from`. */
  merge(db: Db, from: number, into: number): void {
    stmt(db, 'INSERT INTO story_tags(story_id, tag_id, source, added_by, added_at) SELECT story_id, ?, source, added_by, added_at FROM story_tags WHERE tag_id = ? ON CONFLICT DO NOTHING').run(into, from);
    stmt(db, 'INSERT INTO page_tags(page_id, tag_id, added_by, added_at) SELECT page_id, ?, added_by, added_at FROM page_tags WHERE tag_id = ? ON CONFLICT DO NOTHING').run(into, from);
    stmt(db, 'UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(into, from);
    stmt(db, 'DELETE FROM tags WHERE id = ?').run(from);
  },

  delete(db: Db, id: number): void {
    stmt(db, 'DELETE FROM tags WHERE id = ?').run(id);
  },

  storyTags(db: Db, storyId: number): Tag[] {
    return (stmt(db, `${SELECT} JOIN story_tags s ON s.tag_id = t.id WHERE s.story_id = ? ORDER BY t.kind, t.name`).all(storyId) as TagRow[]).map(toTag);
  },

  /** True when the tag was not on the story before. */
  tagStory(db: Db, storyId: number, tagId: number, source: 'manual' | 'suggested', userId: number | null, at: string): boolean {
    return stmt(db, 'INSERT INTO story_tags(story_id, tag_id, source, added_by, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(storyId, tagId, source, userId, at).changes > 0;
  },

  untagStory(db: Db, storyId: number, tagId: number): boolean {
    return stmt(db, 'DELETE FROM story_tags WHERE story_id = ? AND tag_id = ?').run(storyId, tagId).changes > 0;
  },

  pageTags(db: Db, pageId: number): Tag[] {
    return (stmt(db, `${SELECT} JOIN page_tags p ON p.tag_id = t.id WHERE p.page_id = ? ORDER BY t.kind, t.name`).all(pageId) as TagRow[]).map(toTag);
  },

  tagPage(db: Db, pageId: number, tagId: number, userId: number | null, at: string): boolean {
    return stmt(db, 'INSERT INTO page_tags(page_id, tag_id, added_by, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(pageId, tagId, userId, at).changes > 0;
  },

  untagPage(db: Db, pageId: number, tagId: number): boolean {
    return stmt(db, 'DELETE FROM page_tags WHERE page_id = ? AND tag_id = ?').run(pageId, tagId).changes > 0;
  },

  pageExists(db: Db, pageId: number): boolean {
    return stmt(db, 'SELECT 1 AS x FROM pages WHERE id = ?').get(pageId) !== undefined;
  },

  reject(db: Db, storyId: number, term: string): void {
    stmt(db, 'INSERT INTO tag_rejections(story_id, term) VALUES (?, ?) ON CONFLICT DO NOTHING').run(storyId, term);
  },

  rejections(db: Db, storyId: number): string[] {
    return (stmt(db, 'SELECT term FROM tag_rejections WHERE story_id = ?').all(storyId) as Array<{ term: string }>).map((r) => r.term);
  },

  /** Stories carrying a tag, newest first. */
  storyIds(db: Db, tagId: number, offset: number, limit: number): { total: number; ids: number[] } {
    const total = (stmt(db, 'SELECT count(*) AS n FROM story_tags WHERE tag_id = ?').get(tagId) as { n: number }).n;
    const ids = (stmt(db, `SELECT st.story_id AS id FROM story_tags st JOIN stories s ON s.id = st.story_id WHERE st.tag_id = ?
      ORDER BY s.updated_at DESC, s.id DESC LIMIT ? OFFSET ?`).all(tagId, limit, offset) as Array<{ id: number }>).map((r) => r.id);
    return { total, ids };
  },

  /** Tag pairs that share stories; with `tagId`, only pairs that include it. */
  cooccurrence(db: Db, tagId: number | null, limit: number): CooccurrenceRow[] {
    return stmt(db, `SELECT x.tag_id AS a, y.tag_id AS b, count(*) AS count FROM story_tags x JOIN story_tags y ON x.story_id = y.story_id AND x.tag_id < y.tag_id
      WHERE CAST(? AS BIGINT) IS NULL OR x.tag_id = ? OR y.tag_id = ? GROUP BY x.tag_id, y.tag_id ORDER BY count DESC, a, b LIMIT ?`).all(tagId, tagId, tagId, limit) as CooccurrenceRow[];
  },
};

/** The archive's document frequencies, kept per story revision. */
export const tagCorpusRepo = {
  /** Stories whose terms are missing or older than their current revision, and rows of deleted stories. */
  stale(db: Db, limit: number): Array<{ id: number; revision: number | null }> {
    return stmt(db, `SELECT s.id, s.revision FROM stories s LEFT JOIN tag_doc_terms d ON d.story_id = s.id WHERE d.story_id IS NULL OR d.revision <> s.revision
      UNION ALL SELECT d.story_id AS id, NULL AS revision FROM tag_doc_terms d WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = d.story_id)
      LIMIT ?`).all(limit) as Array<{ id: number; revision: number | null }>;
  },

  staleCount(db: Db): number {
    return (stmt(db, `SELECT (SELECT count(*) FROM stories s LEFT JOIN tag_doc_terms d ON d.story_id = s.id WHERE d.story_id IS NULL OR d.revision <> s.revision)
      + (SELECT count(*) FROM tag_doc_terms d WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = d.story_id)) AS n`).get() as { n: number }).n;
  },

  /**
   * Record a story's terms (null: the story is gone) and move tag_df by the difference from what
   * was recorded before — the incremental alternative to recounting the archive.
   */
  setTerms(db: Db, storyId: number, revision: number | null, terms: readonly string[] | null): void {
    const prev = stmt(db, 'SELECT terms FROM tag_doc_terms WHERE story_id = ?').get(storyId) as { terms: string } | undefined;
    const before = new Set<string>(prev ? (JSON.parse(prev.terms) as string[]) : []);
    const after = new Set(terms ?? []);
    const dec = stmt(db, 'UPDATE tag_df SET df = df - 1 WHERE term = ?');
    const inc = stmt(db, 'INSERT INTO tag_df(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = tag_df.df + 1');
    for (const t of before) if (!after.has(t)) dec.run(t);
    for (const t of after) if (!before.has(t)) inc.run(t);
    if (terms === null || revision === null) stmt(db, 'DELETE FROM tag_doc_terms WHERE story_id = ?').run(storyId);
    else stmt(db, 'INSERT INTO tag_doc_terms(story_id, revision, terms) VALUES (?, ?, ?) ON CONFLICT(story_id) DO UPDATE SET revision = excluded.revision, terms = excluded.terms').run(storyId, revision, JSON.stringify([...after]));
  },

  docCount(db: Db): number {
    return (stmt(db, 'SELECT count(*) AS n FROM tag_doc_terms').get() as { n: number }).n;
  },

  df(db: Db, term: string): number {
    return (stmt(db, 'SELECT df FROM tag_df WHERE term = ?').get(term) as { df: number } | undefined)?.df ?? 0;
  },
};
