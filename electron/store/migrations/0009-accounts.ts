import type { Db } from '../open-database';

/**
 * Newsroom identity: passwords and single-desk PINs (scrypt hashes with their salt and cost,
 * never the secret), deactivation instead of deletion (history keeps names), lockout after
 * repeated wrong passwords, sign-in sessions stored only as a hash of their token, and the
 * desk's address on every audit entry.
 */
export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN password_hash   TEXT;
ALTER TABLE users ADD COLUMN pin_hash        TEXT;
ALTER TABLE users ADD COLUMN active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until    TEXT;

CREATE TABLE sign_in_sessions (
  id            INTEGER PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  token_hash    TEXT NOT NULL UNIQUE,
  address       TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  ended_at      TEXT,
  -- 'signed-out' | 'revoked' | 'password-reset' | 'deactivated' | 'expired'
  ended_reason  TEXT
);
CREATE INDEX sign_in_sessions_user ON sign_in_sessions(user_id, ended_at);

ALTER TABLE audit_log ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_user ON audit_log(user_id, id);
CREATE INDEX audit_at ON audit_log(at);
`;

/**
 * Display names become unique (two 李梦楚 on one page of signatures cannot be told apart): older
 * duplicates get their login name appended, then the database itself enforces it.
 */
export function uniqueDisplayNames(db: Db): void {
  const dupes = db
    .prepare('SELECT id, name, display_name AS displayName FROM users WHERE display_name IN (SELECT display_name FROM users GROUP BY display_name HAVING count(*) > 1) ORDER BY id')
    .all() as Array<{ id: number; name: string; displayName: string }>;
  const seen = new Set<string>();
  const rename = db.prepare('UPDATE users SET display_name = ? WHERE id = ?');
  for (const u of dupes) {
    if (!seen.has(u.displayName)) {
      seen.add(u.displayName); // the earliest keeps its name
      continue;
    }
    rename.run(`${u.displayName}（${u.name}）`, u.id);
  }
  db.exec('CREATE UNIQUE INDEX users_display_name ON users(display_name)');
}
