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
}

export const auditRepo = {
  /** Record who did what; called inside the same transaction as the change itself. */
  record(db: Db, e: { at: string; userId: number | null; action: string; entity: string; entityId: number | null; detail?: string }): void {
    stmt(db, 'INSERT INTO audit_log(at, user_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
      e.at, e.userId, e.action, e.entity, e.entityId, e.detail ?? '',
    );
  },
  list(db: Db, q: { entity?: string | undefined; entityId?: number | undefined; limit: number }): AuditEntry[] {
    const { where, args } = whereClause([
      ['a.entity = ?', q.entity],
      ['a.entity_id = ?', q.entityId],
    ]);
    const sql = `SELECT a.id, a.at, a.user_id AS userId, u.display_name AS userName, a.action, a.entity, a.entity_id AS entityId, a.detail
      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ${where}
      ORDER BY a.id DESC LIMIT ?`;
    return stmt(db, sql).all(...args, q.limit) as AuditEntry[];
  },
};
