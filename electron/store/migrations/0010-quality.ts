/**
 * 质检: the role that checks the published issue, and the errors it marks on the text that went out.
 *
 * SQLite cannot change a CHECK constraint in place, so `users` is rebuilt (the documented
 * twelve-step way: new table, copy, drop, rename, indexes again) with the role list widened. The
 * migration runs with foreign keys off (`rebuildsTables`), and the rows pointing at
 * users are checked before it commits.
 */
export const sql = /* sql */ `
CREATE TABLE users_new (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE,
  display_name    TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('reporter','editor','proofreader','quality-checker','designer','duty-editor','admin')),
  created_at      TEXT NOT NULL,
  password_hash   TEXT,
  pin_hash        TEXT,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until    TEXT
);
INSERT INTO users_new(id, name, display_name, role, created_at, password_hash, pin_hash, active, failed_attempts, locked_until)
  SELECT id, name, display_name, role, created_at, password_hash, pin_hash, active, failed_attempts, locked_until FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE UNIQUE INDEX users_display_name ON users(display_name);

-- An error a 质检 found on a story as it went out in an issue: the span of the body text
-- (UTF-16 offsets of the revision it was read in), the class that weighs it, a note.
CREATE TABLE quality_marks (
  id            INTEGER PRIMARY KEY,
  story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  issue_id      INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  revision      INTEGER NOT NULL,
  start         INTEGER NOT NULL CHECK (start >= 0),
  end           INTEGER NOT NULL CHECK (end >= start),
  original      TEXT NOT NULL,
  error_class   TEXT NOT NULL CHECK (error_class IN ('A','B','C')),
  note          TEXT NOT NULL DEFAULT '',
  author_id     INTEGER NOT NULL REFERENCES users(id),
  created_at    TEXT NOT NULL
);
CREATE INDEX quality_marks_story ON quality_marks(story_id, issue_id);
CREATE INDEX quality_marks_issue ON quality_marks(issue_id);
`;
