/**
 * Three more kinds of item on a page: 简讯 (brief), 图片说明 (caption) and 通知/启事 (notice), which the
 * importer recognises and layout sets in their own way.
 *
 * SQLite cannot change a CHECK constraint in place, so `stories` is rebuilt the documented
 * twelve-step way (as 0010 rebuilt `users`): every column as migrations 0001–0011 left it, with
 * only the kind list widened; every row copied with its id, so the search index (keyed by story
 * id), revisions, corrections, tags, frames and 质检 marks still point at their story; the three
 * indexes again. `stories` has no triggers. The migration runs with foreign keys off
 * (`rebuildsTables`), and every row pointing at a story is checked before it commits.
 */
export const sql = /* sql */ `
CREATE TABLE stories_new (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article','commentary','box','brief','caption','notice')),
  kicker        TEXT NOT NULL DEFAULT '',
  headline      TEXT NOT NULL DEFAULT '',
  subhead       TEXT NOT NULL DEFAULT '',
  byline        TEXT NOT NULL DEFAULT '',
  dateline      TEXT NOT NULL DEFAULT '',
  section       TEXT NOT NULL DEFAULT '',
  body_json     TEXT NOT NULL DEFAULT '[]',
  status        TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft','editing','proof-1','proof-2','proof-3','awaiting-signoff','signed-off')),
  owner_id      INTEGER REFERENCES users(id),
  char_count    INTEGER NOT NULL DEFAULT 0,
  revision      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
INSERT INTO stories_new(id, kind, kicker, headline, subhead, byline, dateline, section, body_json, status, owner_id, char_count, revision, created_at, updated_at)
  SELECT id, kind, kicker, headline, subhead, byline, dateline, section, body_json, status, owner_id, char_count, revision, created_at, updated_at FROM stories;
DROP TABLE stories;
ALTER TABLE stories_new RENAME TO stories;
CREATE INDEX stories_updated ON stories(updated_at);
CREATE INDEX stories_status ON stories(status, updated_at);
CREATE INDEX stories_section ON stories(section, updated_at);
`;
