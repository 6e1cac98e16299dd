/**
 * Edit leases (issue 14, working together): who holds a story or a page for editing, from which
 * connection, until when. In the store rather than a server's memory so that a restart keeps them
 * (the holder's desk reconnects and renews) and several servers on one database would share them.
 * Times are ISO-8601 UTC strings from the core's clock, so they compare as text.
 */
export const sql = /* sql */ `
CREATE TABLE edit_leases (
  kind        TEXT NOT NULL CHECK (kind IN ('story', 'page')),
  entity_id   INTEGER NOT NULL,
  user_id     INTEGER NOT NULL REFERENCES users(id),
  connection  TEXT NOT NULL,
  taken_at    TEXT NOT NULL,
  renewed_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  PRIMARY KEY (kind, entity_id)
);
CREATE INDEX edit_leases_connection ON edit_leases(connection);
`;
