import { OVERRIDE_RULES, type OverrideRecord, type OverrideRule } from '../../shared/model/workflow-override';
import type { Db } from './open-database';
import { stmt } from './write';

const PREFIX = 'override.';

/**
 * Workflow overrides live in the audit log itself (action `override.<rule>`, detail = the reason),
 * so the log an administrator reads and the record the proof prints are one and the same.
 */
export const overridesRepo = {
  /** Record one override against each entity it concerns — inside the caller's transaction. */
  record(db: Db, o: { rule: OverrideRule; userId: number; at: string; entity: 'story' | 'issue'; entityIds: readonly number[]; reason: string }): void {
    const insert = stmt(db, 'INSERT INTO audit_log(at, user_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)');
    for (const id of o.entityIds) insert.run(o.at, o.userId, PREFIX + o.rule, o.entity, id, o.reason);
  },
  /** Every override recorded against an entity, oldest first. */
  list(db: Db, entity: 'story' | 'issue', entityId: number): OverrideRecord[] {
    const rows = stmt(
      db,
      `SELECT a.id, a.action, a.user_id AS userId, COALESCE(u.display_name, '') AS userName, a.at, a.detail AS reason
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
        WHERE a.entity = ? AND a.entity_id = ? AND a.action LIKE 'override.%'
        ORDER BY a.id`,
    ).all(entity, entityId) as Array<{ id: number; action: string; userId: number | null; userName: string; at: string; reason: string }>;
    return rows.flatMap(({ action, ...r }) => {
      const rule = action.slice(PREFIX.length) as OverrideRule;
      return OVERRIDE_RULES.includes(rule) ? [{ ...r, rule }] : [];
    });
  },
};
