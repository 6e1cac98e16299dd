/**
 * The layout desk: an issue (one edition per date) with its pages, and the frames on each page.
 * Frame geometry is in millimetres from the top-left of the trimmed page; a story's body frames
 * form its thread in `chain` order across pages (转版).
 */
export const sql = /* sql */ `
CREATE TABLE issues (
  id            INTEGER PRIMARY KEY,
  date          TEXT NOT NULL UNIQUE,
  number        INTEGER NOT NULL,
  total_number  INTEGER NOT NULL,
  paper_name    TEXT NOT NULL,
  publisher     TEXT NOT NULL DEFAULT '',
  cn_number     TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL
);

CREATE TABLE pages (
  id            INTEGER PRIMARY KEY,
  issue_id      INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  number        INTEGER NOT NULL,
  name          TEXT NOT NULL DEFAULT '',
  template      TEXT NOT NULL DEFAULT 'broadsheet',
  editor        TEXT NOT NULL DEFAULT '',
  designer      TEXT NOT NULL DEFAULT '',
  proofreader   TEXT NOT NULL DEFAULT '',
  UNIQUE (issue_id, number)
);

CREATE TABLE frames (
  id            INTEGER PRIMARY KEY,
  page_id       INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  story_id      INTEGER REFERENCES stories(id) ON DELETE SET NULL,
  role          TEXT NOT NULL CHECK (role IN ('masthead','folio','headline','body','box','image','rule')),
  x             REAL NOT NULL,
  y             REAL NOT NULL,
  w             REAL NOT NULL CHECK (w > 0),
  h             REAL NOT NULL CHECK (h > 0),
  chain         INTEGER NOT NULL DEFAULT 0,
  props         TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX frames_page ON frames(page_id);
CREATE INDEX frames_story ON frames(story_id, chain);
`;
