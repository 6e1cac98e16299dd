/**
 * Proofreading: tracked corrections over three rounds, and the 三审 review record with the hash
 * of exactly what each reviewer approved.
 *
 * A correction proposes replacing [start, end) of the story's body text (blocks joined by "\n",
 * UTF-16 offsets) with `replacement`; `kind` keeps the GB/T 14706 meaning (增补, 删除, 改正, 对调,
 * 另起段, 接排, 批注). Positions are mapped through every later edit while the correction is open.
 */
export const sql = /* sql */ `
CREATE TABLE corrections (
  id            INTEGER PRIMARY KEY,
  story_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  round         INTEGER NOT NULL CHECK (round BETWEEN 1 AND 3),
  author_id     INTEGER NOT NULL REFERENCES users(id),
  role          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('insert','delete','replace','transpose','split','join','comment')),
  start         INTEGER NOT NULL CHECK (start >= 0),
  end           INTEGER NOT NULL CHECK (end >= start),
  original      TEXT NOT NULL,
  replacement   TEXT NOT NULL,
  comment       TEXT NOT NULL DEFAULT '',
  error_class   TEXT NOT NULL DEFAULT 'C' CHECK (error_class IN ('A','B','C')),
  category      TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','accepted','rejected','stale')),
  created_at    TEXT NOT NULL,
  decided_by    INTEGER REFERENCES users(id),
  decided_at    TEXT
);
CREATE INDEX corrections_story ON corrections(story_id, status);

CREATE TABLE reviews (
  id            INTEGER PRIMARY KEY,
  entity        TEXT NOT NULL CHECK (entity IN ('story','page')),
  entity_id     INTEGER NOT NULL,
  stage         TEXT NOT NULL CHECK (stage IN ('first','second','final')),
  user_id       INTEGER NOT NULL REFERENCES users(id),
  revision      INTEGER NOT NULL,
  content_hash  TEXT NOT NULL,
  at            TEXT NOT NULL,
  voided_at     TEXT
);
CREATE INDEX reviews_entity ON reviews(entity, entity_id);
`;
