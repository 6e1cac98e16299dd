import { currentDeskAddress } from './audit-context';
import type { Db } from './open-database';
import { stmt, whereClause } from './write';

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  detail: string;
  address: string;
}

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: number | undefined;
  userId?: number | undefined;
  /** Exact, or a prefix when it ends in '.' ('review.' finds review.first … review.final). */
  action?: string | undefined;
  address?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

/** LIKE with the prefix's own wildcards escaped. */
const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const auditRepo = {
  /**
   * Record who did what; called inside the same transaction as the change itself. The desk's
   * address comes from the call being served unless given.
   */
  record(db: Db, e: { at: string; userId: number | null; action: string; entity: string; entityId: number | null; detail?: string; address?: string }): void {
    stmt(db, 'INSERT INTO audit_log(at, user_id, action, entity, entity_id, detail, address) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      e.at, e.userId, e.action, e.entity, e.entityId, e.detail ?? '', e.address ?? currentDeskAddress(),
    );
  },
  list(db: Db, q: AuditQuery): AuditEntry[] {
    const prefix = q.action?.endsWith('.') ? q.action : undefined;
    const { where, args } = whereClause([
      ['a.entity = ?', q.entity],
      ['a.entity_id = ?', q.entityId],
      ['a.user_id = ?', q.userId],
      ['a.action = ?', prefix ? undefined : q.action],
      ["a.action LIKE ? ESCAPE '\\'", prefix ? likePrefix(prefix) : undefined],
      ['a.address = ?', q.address],
      ['a.at >= ?', q.from],
      ['a.at < ?', q.to],
      ['a.id < ?', q.beforeId],
    ]);
    const sql = `SELECT a.id, a.at, a.user_id AS userId, u.display_name AS userName, a.action, a.entity, a.entity_id AS entityId, a.detail, a.address
      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ${where}
      ORDER BY a.id DESC LIMIT ?`;
    return stmt(db, sql).all(...args, q.limit) as AuditEntry[];
  },
};
