/**
 * The checker's word lists as the newsroom keeps them: its own entries (易错词, 异形词, 规范表述,
 * 禁用词, and its own names and titles), each with its source and date, and the shipped default
 * entries it has switched off (停用). Defaults themselves live in code (shared/proof/lexicons) so
 * that an update of the app brings corrected defaults; only the newsroom's decisions are stored.
 * Context conditions are regex sources, validated before they are written.
 */
export const sql = /* sql */ `
CREATE TABLE lexicon_entries (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('confusables','variants','formulations','banned','names')),
  wrong           TEXT NOT NULL CHECK (length(wrong) > 0),
  right_form      TEXT NOT NULL CHECK (length(right_form) > 0),
  alternatives    TEXT NOT NULL DEFAULT '[]',
  ctx_before      TEXT,
  ctx_after       TEXT,
  ctx_not_before  TEXT,
  ctx_not_after   TEXT,
  note            TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL CHECK (length(source) > 0),
  date            TEXT NOT NULL,
  created_by      INTEGER REFERENCES users(id),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX lexicon_entries_kind ON lexicon_entries(kind, wrong);

-- A shipped default is named by its list and its wrong and right forms (unique within a list).
CREATE TABLE lexicon_disabled_defaults (
  kind            TEXT NOT NULL,
  wrong           TEXT NOT NULL,
  right_form      TEXT NOT NULL,
  disabled_by     INTEGER REFERENCES users(id),
  disabled_at     TEXT NOT NULL,
  PRIMARY KEY (kind, wrong, right_form)
) WITHOUT ROWID;
`;
