import type { LexiconKind } from '../../shared/proof/lexicons/matcher';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

/** A newsroom lexicon entry as stored (context conditions are regex sources or null). */
export interface LexiconRow {
  id: number;
  kind: LexiconKind;
  wrong: string;
  right: string;
  alternatives: string[];
  before: string | null;
  after: string | null;
  notBefore: string | null;
  notAfter: string | null;
  note: string;
  source: string;
  date: string;
  createdBy: string | null;
  updatedAt: string;
}

export type LexiconFields = Omit<LexiconRow, 'id' | 'createdBy' | 'updatedAt'>;

interface Raw {
  id: number;
  kind: LexiconKind;
  wrong: string;
  right_form: string;
  alternatives: string;
  ctx_before: string | null;
  ctx_after: string | null;
  ctx_not_before: string | null;
  ctx_not_after: string | null;
  note: string;
  source: string;
  date: string;
  created_by_name: string | null;
  updated_at: string;
}

const SELECT = `SELECT e.*, u.display_name AS created_by_name FROM lexicon_entries e LEFT JOIN users u ON u.id = e.created_by`;

function toRow(r: Raw): LexiconRow {
  return {
    id: r.id, kind: r.kind, wrong: r.wrong, right: r.right_form, alternatives: JSON.parse(r.alternatives) as string[],
    before: r.ctx_before, after: r.ctx_after, notBefore: r.ctx_not_before, notAfter: r.ctx_not_after,
    note: r.note, source: r.source, date: r.date, createdBy: r.created_by_name, updatedAt: r.updated_at,
  };
}

const args = (f: LexiconFields): unknown[] => [
  f.kind, f.wrong, f.right, JSON.stringify(f.alternatives), f.before, f.after, f.notBefore, f.notAfter, f.note, f.source, f.date,
];

/** Key of a shipped default entry: list, wrong and right form (unique within a list). */
export const defaultKey = (kind: string, wrong: string, right: string): string => `${kind}\u0001${wrong}\u0001${right}`;

export const lexiconsRepo = {
  list(db: Db): LexiconRow[] {
    return (stmt(db, `${SELECT} ORDER BY e.kind, e.id`).all() as Raw[]).map(toRow);
  },

  get(db: Db, id: number): LexiconRow | undefined {
    const r = stmt(db, `${SELECT} WHERE e.id = ?`).get(id) as Raw | undefined;
    return r && toRow(r);
  },

  insert(db: Db, f: LexiconFields, userId: number, at: string): number {
    return insertId(
      db,
      `INSERT INTO lexicon_entries(kind, wrong, right_form, alternatives, ctx_before, ctx_after, ctx_not_before, ctx_not_after, note, source, date, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ...args(f), userId, at, at,
    );
  },

  update(db: Db, id: number, f: LexiconFields, at: string): void {
    stmt(
      db,
      `UPDATE lexicon_entries SET kind = ?, wrong = ?, right_form = ?, alternatives = ?, ctx_before = ?, ctx_after = ?, ctx_not_before = ?,
       ctx_not_after = ?, note = ?, source = ?, date = ?, updated_at = ? WHERE id = ?`,
    ).run(...args(f), at, id);
  },

  delete(db: Db, id: number): boolean {
    return stmt(db, 'DELETE FROM lexicon_entries WHERE id = ?').run(id).changes > 0;
  },

  /** Keys (see defaultKey) of the shipped entries this newsroom switched off. */
  disabledDefaults(db: Db): Set<string> {
    const rows = stmt(db, 'SELECT kind, wrong, right_form FROM lexicon_disabled_defaults').all() as { kind: string; wrong: string; right_form: string }[];
    return new Set(rows.map((r) => defaultKey(r.kind, r.wrong, r.right_form)));
  },

  setDefaultDisabled(db: Db, key: { kind: string; wrong: string; right: string }, disabled: boolean, userId: number, at: string): void {
    if (disabled) {
      stmt(db, 'INSERT INTO lexicon_disabled_defaults(kind, wrong, right_form, disabled_by, disabled_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(key.kind, key.wrong, key.right, userId, at);
    } else {
      stmt(db, 'DELETE FROM lexicon_disabled_defaults WHERE kind = ? AND wrong = ? AND right_form = ?').run(key.kind, key.wrong, key.right);
    }
  },
};
