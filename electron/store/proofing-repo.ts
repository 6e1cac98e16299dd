import type { Correction, CorrectionKind, ErrorClass, Review, ReviewStage } from '../../shared/model/proofing';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

const CORRECTION_COLUMNS = `c.id, c.story_id AS storyId, c.round, c.author_id AS authorId, u.display_name AS authorName, c.role, c.kind,
  c.start, c."end", c.original, c.replacement, c.comment, c.error_class AS errorClass, c.category, c.status,
  c.created_at AS createdAt, c.decided_by AS decidedBy, c.decided_at AS decidedAt`;

export interface NewCorrection {
  storyId: number;
  round: number;
  authorId: number;
  role: string;
  kind: CorrectionKind;
  start: number;
  end: number;
  original: string;
  replacement: string;
  comment: string;
  errorClass: ErrorClass;
  category: string;
  at: string;
}

export const correctionsRepo = {
  insert(db: Db, c: NewCorrection): number {
    return insertId(
      db,
      `INSERT INTO corrections(story_id, round, author_id, role, kind, start, "end", original, replacement, comment, error_class, category, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      c.storyId, c.round, c.authorId, c.role, c.kind, c.start, c.end, c.original, c.replacement, c.comment, c.errorClass, c.category, c.at,
    );
  },
  list(db: Db, storyId: number): Correction[] {
    return stmt(db, `SELECT ${CORRECTION_COLUMNS} FROM corrections c JOIN users u ON u.id = c.author_id WHERE c.story_id = ? ORDER BY c.start, c.id`).all(storyId) as Correction[];
  },
  open(db: Db, storyId: number): Correction[] {
    return this.list(db, storyId).filter((c) => c.status === 'open');
  },
  move(db: Db, id: number, start: number, end: number, status: 'open' | 'stale'): void {
    stmt(db, 'UPDATE corrections SET start = ?, "end" = ?, status = ? WHERE id = ?').run(start, end, status, id);
  },
  decide(db: Db, id: number, status: 'accepted' | 'rejected', by: number, at: string): void {
    stmt(db, 'UPDATE corrections SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(status, by, at, id);
  },
};

export const reviewsRepo = {
  insert(db: Db, r: { entityId: number; stage: ReviewStage; userId: number; revision: number; hash: string; at: string }): void {
    stmt(db, "INSERT INTO reviews(entity, entity_id, stage, user_id, revision, content_hash, at) VALUES ('story', ?, ?, ?, ?, ?, ?)").run(
      r.entityId, r.stage, r.userId, r.revision, r.hash, r.at,
    );
  },
  list(db: Db, storyId: number, currentHash: string): Review[] {
    const rows = stmt(
      db,
      `SELECT r.id, r.stage, r.user_id AS userId, u.display_name AS userName, r.revision, r.content_hash AS contentHash, r.at, r.voided_at AS voidedAt
       FROM reviews r JOIN users u ON u.id = r.user_id WHERE r.entity = 'story' AND r.entity_id = ? ORDER BY r.id`,
    ).all(storyId) as Array<Omit<Review, 'valid'>>;
    return rows.map((r) => ({ ...r, valid: r.voidedAt === null && r.contentHash === currentHash }));
  },
  /** Any change to the content voids every approval given to the earlier content. */
  voidAll(db: Db, storyId: number, at: string): number {
    return stmt(db, "UPDATE reviews SET voided_at = ? WHERE entity = 'story' AND entity_id = ? AND voided_at IS NULL").run(at, storyId).changes;
  },
};
