import type { Role } from '../../shared/model/roles';
import type { Db } from './open-database';
import { stmt } from './write';

/** An account's sign-in state. The hashes stay in the core: no result schema carries them. */
export interface AccountRow {
  id: number;
  name: string;
  displayName: string;
  role: Role;
  active: boolean;
  passwordHash: string | null;
  pinHash: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
  createdAt: string;
}

const COLUMNS = `id, name, display_name AS displayName, role, active, password_hash AS passwordHash, pin_hash AS pinHash,
  failed_attempts AS failedAttempts, locked_until AS lockedUntil, created_at AS createdAt`;

const toAccount = (r: Record<string, unknown> | undefined): AccountRow | undefined => (r ? ({ ...(r as unknown as AccountRow), active: r.active === 1 }) : undefined);

export const accountsRepo = {
  get(db: Db, id: number): AccountRow | undefined {
    return toAccount(stmt(db, `SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as Record<string, unknown> | undefined);
  },
  byName(db: Db, name: string): AccountRow | undefined {
    return toAccount(stmt(db, `SELECT ${COLUMNS} FROM users WHERE name = ?`).get(name) as Record<string, unknown> | undefined);
  },
  /** Every account, deactivated ones included. */
  list(db: Db): AccountRow[] {
    return (stmt(db, `SELECT ${COLUMNS} FROM users ORDER BY id`).all() as Array<Record<string, unknown>>).map((r) => toAccount(r)!);
  },
  setPassword(db: Db, id: number, hash: string | null): void {
    stmt(db, 'UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?').run(hash, id);
  },
  setPin(db: Db, id: number, hash: string | null): void {
    stmt(db, 'UPDATE users SET pin_hash = ? WHERE id = ?').run(hash, id);
  },
  setActive(db: Db, id: number, active: boolean): void {
    stmt(db, 'UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
  },
  update(db: Db, id: number, change: { displayName?: string | undefined; role?: Role | undefined }): void {
    if (change.displayName !== undefined) stmt(db, 'UPDATE users SET display_name = ? WHERE id = ?').run(change.displayName, id);
    if (change.role !== undefined) stmt(db, 'UPDATE users SET role = ? WHERE id = ?').run(change.role, id);
  },
  /** One more wrong secret in a row; returns the new count. */
  recordFailure(db: Db, id: number): number {
    stmt(db, 'UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?').run(id);
    return (stmt(db, 'SELECT failed_attempts AS n FROM users WHERE id = ?').get(id) as { n: number }).n;
  },
  lock(db: Db, id: number, until: string): void {
    stmt(db, 'UPDATE users SET locked_until = ? WHERE id = ?').run(until, id);
  },
  /** A lockout that ran out starts a fresh count; so does a right secret. */
  clearFailures(db: Db, id: number): void {
    stmt(db, 'UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(id);
  },
  activeAdmins(db: Db): number {
    return (stmt(db, "SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
  },
};
