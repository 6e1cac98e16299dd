import type { Db } from './open-database';
import { stmt, insertId } from './write';

export type SessionEndReason = 'signed-out' | 'revoked' | 'password-reset' | 'deactivated' | 'expired';

export interface SignInSessionRow {
  id: number;
  userId: number;
  address: string;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
  endedReason: SessionEndReason | null;
}

const COLUMNS = 'id, user_id AS userId, address, created_at AS createdAt, last_seen_at AS lastSeenAt, ended_at AS endedAt, ended_reason AS endedReason';

/**
 * Sign-in sessions live in the store (not in a server's memory) so that they survive a restart
 * and several servers on one database share them. Only the SHA-256 of a token is kept.
 */
export const signInSessionsRepo = {
  insert(db: Db, s: { userId: number; tokenHash: string; address: string; at: string }): number {
    return insertId(db, 'INSERT INTO sign_in_sessions(user_id, token_hash, address, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', s.userId, s.tokenHash, s.address, s.at, s.at);
  },
  get(db: Db, id: number): SignInSessionRow | undefined {
    return stmt(db, `SELECT ${COLUMNS} FROM sign_in_sessions WHERE id = ?`).get(id) as SignInSessionRow | undefined;
  },
  byTokenHash(db: Db, hash: string): SignInSessionRow | undefined {
    return stmt(db, `SELECT ${COLUMNS} FROM sign_in_sessions WHERE token_hash = ?`).get(hash) as SignInSessionRow | undefined;
  },
  touch(db: Db, id: number, at: string, address: string | undefined): void {
    stmt(db, 'UPDATE sign_in_sessions SET last_seen_at = ?, address = coalesce(?, address) WHERE id = ? AND ended_at IS NULL').run(at, address ?? null, id);
  },
  end(db: Db, id: number, at: string, reason: SessionEndReason): boolean {
    return stmt(db, 'UPDATE sign_in_sessions SET ended_at = ?, ended_reason = ? WHERE id = ? AND ended_at IS NULL').run(at, reason, id).changes > 0;
  },
  /** End every open session of an account (password reset, deactivation), except possibly one. */
  endAllOf(db: Db, userId: number, at: string, reason: SessionEndReason, exceptId: number | null = null): number {
    return stmt(db, 'UPDATE sign_in_sessions SET ended_at = ?, ended_reason = ? WHERE user_id = ? AND ended_at IS NULL AND id IS DISTINCT FROM ?').run(at, reason, userId, exceptId).changes;
  },
  /** Sessions not ended and used since `since`, most recently used first, with whose they are. */
  open(db: Db, since: string): Array<SignInSessionRow & { userName: string; displayName: string }> {
    return stmt(
      db,
      `SELECT s.id, s.user_id AS userId, s.address, s.created_at AS createdAt, s.last_seen_at AS lastSeenAt, s.ended_at AS endedAt, s.ended_reason AS endedReason,
        u.name AS userName, u.display_name AS displayName
      FROM sign_in_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.ended_at IS NULL AND s.last_seen_at >= ? ORDER BY s.last_seen_at DESC, s.id DESC`,
    ).all(since) as Array<SignInSessionRow & { userName: string; displayName: string }>;
  },
};
