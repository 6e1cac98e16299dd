import type { Role } from '../../shared/model/roles';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

export interface UserRow {
  id: number;
  name: string;
  displayName: string;
  role: Role;
}

const COLUMNS = 'id, name, display_name AS displayName, role';

export const usersRepo = {
  /** The people who can act: deactivated accounts stay in the table (history keeps names) but not in this list. */
  list(db: Db): UserRow[] {
    return stmt(db, `SELECT ${COLUMNS} FROM users WHERE active = 1 ORDER BY id`).all() as UserRow[];
  },
  get(db: Db, id: number): UserRow | undefined {
    return stmt(db, `SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  },
  byName(db: Db, name: string): UserRow | undefined {
    return stmt(db, `SELECT ${COLUMNS} FROM users WHERE name = ?`).get(name) as UserRow | undefined;
  },
  byDisplayName(db: Db, displayName: string): UserRow | undefined {
    return stmt(db, `SELECT ${COLUMNS} FROM users WHERE display_name = ?`).get(displayName) as UserRow | undefined;
  },
  insert(db: Db, u: Omit<UserRow, 'id'>, at: string): UserRow {
    const id = insertId(db, 'INSERT INTO users(name, display_name, role, created_at) VALUES (?, ?, ?, ?)', u.name, u.displayName, u.role, at);
    return { id, ...u };
  },
  count(db: Db): number {
    return (stmt(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
  },
};
