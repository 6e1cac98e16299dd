/**
 * The newsroom's own fonts in the store (they were files beside the database): every server on a
 * shared PostgreSQL database sets with the same ones, and a backup of the database holds them.
 * Keyed by the first 16 hex digits of the file's SHA-256, as the files were named, so adding the
 * same font twice is one row. Fonts still in the old folder are taken in when the core opens.
 */
export const sql = /* sql */ `
CREATE TABLE user_fonts (
  hash        TEXT PRIMARY KEY,
  extension   TEXT NOT NULL CHECK (extension IN ('.ttf', '.otf', '.ttc')),
  data        BLOB NOT NULL,
  added_at    TEXT NOT NULL
);
`;

export const pg = /* sql */ `
CREATE TABLE user_fonts (
  hash        TEXT COLLATE "C" PRIMARY KEY,
  extension   TEXT COLLATE "C" NOT NULL CHECK (extension IN ('.ttf', '.otf', '.ttc')),
  data        BYTEA NOT NULL,
  added_at    TEXT COLLATE "C" NOT NULL
);
`;
