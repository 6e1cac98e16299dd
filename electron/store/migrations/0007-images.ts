/**
 * Pictures for the layout desk: the file's bytes kept in the database (one file holds the whole
 * paper, backups and archives included), keyed by a SHA-256 of the bytes so the same photo
 * uploaded twice is stored once. Width, height, channels and bit depth are read from the header
 * at import; image frames refer to a picture through their props (`imageId`).
 */
export const sql = /* sql */ `
CREATE TABLE images (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  format        TEXT NOT NULL CHECK (format IN ('jpeg','png')),
  width         INTEGER NOT NULL CHECK (width > 0),
  height        INTEGER NOT NULL CHECK (height > 0),
  components    INTEGER NOT NULL CHECK (components IN (1,3,4)),
  bit_depth     INTEGER NOT NULL,
  alpha         INTEGER NOT NULL DEFAULT 0,
  byte_length   INTEGER NOT NULL,
  hash          TEXT NOT NULL UNIQUE,
  data          BLOB NOT NULL,
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES users(id)
);
`;
