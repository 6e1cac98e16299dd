import type { Lease, LockKind } from '../../shared/model/collab';
import type { Db } from './open-database';
import { stmt } from './write';

export interface LeaseRow extends Lease {
  connection: string;
}

const COLUMNS = `l.kind, l.entity_id AS id, l.user_id AS userId, u.display_name AS displayName, l.connection,
  l.taken_at AS takenAt, l.expires_at AS expiresAt`;

/** Edit leases: one row per held story or page; a row past its expiry is a lapsed lease anyone may take. */
export const editLeasesRepo = {
  get(db: Db, kind: LockKind, id: number): LeaseRow | undefined {
    return stmt(db, `SELECT ${COLUMNS} FROM edit_leases l JOIN users u ON u.id = l.user_id WHERE l.kind = ? AND l.entity_id = ?`).get(kind, id) as LeaseRow | undefined;
  },
  /** The leases still live at `now`, of one kind or all. */
  live(db: Db, now: string, kind?: LockKind): LeaseRow[] {
    return stmt(db, `SELECT ${COLUMNS} FROM edit_leases l JOIN users u ON u.id = l.user_id WHERE l.expires_at > ? AND (CAST(? AS TEXT) IS NULL OR l.kind = ?) ORDER BY l.taken_at`).all(now, kind ?? null, kind ?? null) as LeaseRow[];
  },
  put(db: Db, l: { kind: LockKind; id: number; userId: number; connection: string; takenAt: string; at: string; expiresAt: string }): void {
    stmt(
      db,
      `INSERT INTO edit_leases(kind, entity_id, user_id, connection, taken_at, renewed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(kind, entity_id) DO UPDATE SET user_id = excluded.user_id, connection = excluded.connection, taken_at = excluded.taken_at,
         renewed_at = excluded.renewed_at, expires_at = excluded.expires_at`,
    ).run(l.kind, l.id, l.userId, l.connection, l.takenAt, l.at, l.expiresAt);
  },
  remove(db: Db, kind: LockKind, id: number): boolean {
    return stmt(db, 'DELETE FROM edit_leases WHERE kind = ? AND entity_id = ?').run(kind, id).changes > 0;
  },
  /** The leases a connection holds (it is closing). */
  ofConnection(db: Db, connection: string): LeaseRow[] {
    return stmt(db, `SELECT ${COLUMNS} FROM edit_leases l JOIN users u ON u.id = l.user_id WHERE l.connection = ?`).all(connection) as LeaseRow[];
  },
};
