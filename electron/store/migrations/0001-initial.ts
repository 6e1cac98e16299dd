/** Users with roles, stories with headline roles, immutable revisions, the audit log, settings. */
export const sql = /* sql */ `
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('reporter','editor','proofreader','designer','duty-editor','admin')),
  created_at    TEXT NOT NULL
);

CREATE TABLE stories (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article','commentary','box')),
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
CREATE INDEX stories_updated ON stories(updated_at);
CREATE INDEX stories_status ON stories(status, updated_at);
CREATE INDEX stories_section ON stories(section, updated_at);

CREATE TABLE revisions (
  id            INTEGER PRIMARY KEY,
  story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  number        INTEGER NOT NULL,
  author_id     INTEGER REFERENCES users(id),
  created_at    TEXT NOT NULL,
  content_json  TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  char_count    INTEGER NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  UNIQUE (story_id, number)
);

-- Revisions are immutable: the database itself refuses to change or drop one.
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;

CREATE TABLE audit_log (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  user_id       INTEGER REFERENCES users(id),
  action        TEXT NOT NULL,
  entity        TEXT NOT NULL,
  entity_id     INTEGER,
  detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE settings (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL
);
`;
