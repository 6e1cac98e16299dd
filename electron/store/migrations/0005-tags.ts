import { DEFAULT_SECTIONS } from '../../../shared/tags/sections';

const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Tagging: the newsroom's taxonomy (sections, topics, people, places, organisations, events,
 * keywords — hierarchical, with synonyms, an optional IPTC Media Topic, and for people the
 * titles they held and when), tags on stories and on pages, suggestions rejected per story,
 * and the archive's document frequencies for TF-IDF — kept per story revision so that they
 * can be brought up to date incrementally instead of recounted.
 */
export const sql = /* sql */ `
CREATE TABLE tags (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('section','topic','person','place','organisation','event','keyword')),
  parent_id     INTEGER REFERENCES tags(id) ON DELETE SET NULL,
  synonyms      TEXT NOT NULL DEFAULT '[]',
  iptc_code     TEXT,
  titles        TEXT NOT NULL DEFAULT '[]',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (kind, name)
);
CREATE INDEX tags_name ON tags(name);
CREATE INDEX tags_parent ON tags(parent_id);

CREATE TABLE story_tags (
  story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  source        TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','suggested')),
  added_by      INTEGER REFERENCES users(id),
  added_at      TEXT NOT NULL,
  PRIMARY KEY (story_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX story_tags_tag ON story_tags(tag_id, story_id);

CREATE TABLE page_tags (
  page_id       INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  added_by      INTEGER REFERENCES users(id),
  added_at      TEXT NOT NULL,
  PRIMARY KEY (page_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX page_tags_tag ON page_tags(tag_id, page_id);

CREATE TABLE tag_rejections (
  story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  term          TEXT NOT NULL,
  PRIMARY KEY (story_id, term)
) WITHOUT ROWID;

-- The candidate terms of each story as of the revision they were computed from; a story whose
-- revision moved on is re-read on the next suggestion and only the difference touches tag_df.
CREATE TABLE tag_doc_terms (
  story_id      INTEGER PRIMARY KEY,
  revision      INTEGER NOT NULL,
  terms         TEXT NOT NULL
);

CREATE TABLE tag_df (
  term          TEXT PRIMARY KEY,
  df            INTEGER NOT NULL CHECK (df >= 0)
) WITHOUT ROWID;

${defaultSectionsSql("strftime('%Y-%m-%dT%H:%M:%fZ','now')")}
`;

/** The shipped 栏目 (sections) as INSERTs, with `now` the engine's expression for the current UTC time (ISO 8601). */
export function defaultSectionsSql(now: string): string {
  return DEFAULT_SECTIONS.map(
    (s) =>
      `INSERT INTO tags(name, kind, synonyms, iptc_code, created_at, updated_at) VALUES (${q(s.name)}, 'section', ${q(JSON.stringify(s.synonyms))}, ${s.iptc ? q(s.iptc) : 'NULL'}, ${now}, ${now});`,
  ).join('\n');
}
