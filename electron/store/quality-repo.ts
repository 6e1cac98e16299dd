import type { ErrorClass } from '../../shared/model/proofing';
import type { QualityMark } from '../../shared/model/quality';
import type { CorrectionTrace } from '../../shared/model/error-rate';
import type { StoryStatus } from '../../shared/model/story';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

const MARK_COLUMNS = `m.id, m.story_id AS storyId, m.issue_id AS issueId, m.revision, m.start, m."end", m.original,
  m.error_class AS errorClass, m.note, m.author_id AS authorId, u.display_name AS authorName, m.created_at AS createdAt`;

/** Where a story is placed: every page of every issue it has a frame on. */
export interface PlacementRow {
  storyId: number;
  pageId: number;
  pageNumber: number;
  pageName: string;
  issueId: number;
  date: string;
  issueNumber: number;
  paperName: string;
}

/** What the 差错率 needs of a story. */
export interface StoryRateRow {
  id: number;
  headline: string;
  status: StoryStatus;
  chars: number;
  /** The latest 终审, and the first export of it unsigned on someone's word. */
  signedAt: string | null;
  exportedAt: string | null;
}

export const qualityRepo = {
  insert(db: Db, m: { storyId: number; issueId: number; revision: number; start: number; end: number; original: string; errorClass: ErrorClass; note: string; authorId: number; at: string }): number {
    return insertId(
      db,
      `INSERT INTO quality_marks(story_id, issue_id, revision, start, "end", original, error_class, note, author_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      m.storyId, m.issueId, m.revision, m.start, m.end, m.original, m.errorClass, m.note, m.authorId, m.at,
    );
  },
  get(db: Db, id: number): QualityMark | undefined {
    return stmt(db, `SELECT ${MARK_COLUMNS} FROM quality_marks m JOIN users u ON u.id = m.author_id WHERE m.id = ?`).get(id) as QualityMark | undefined;
  },
  list(db: Db, storyId: number): QualityMark[] {
    return stmt(db, `SELECT ${MARK_COLUMNS} FROM quality_marks m JOIN users u ON u.id = m.author_id WHERE m.story_id = ? ORDER BY m.start, m.id`).all(storyId) as QualityMark[];
  },
  remove(db: Db, id: number): void {
    stmt(db, 'DELETE FROM quality_marks WHERE id = ?').run(id);
  },
  /** Every mark's story, issue and class: what 差错率 counts. */
  classes(db: Db): Array<{ storyId: number; issueId: number; errorClass: ErrorClass }> {
    return stmt(db, 'SELECT story_id AS storyId, issue_id AS issueId, error_class AS errorClass FROM quality_marks').all() as Array<{ storyId: number; issueId: number; errorClass: ErrorClass }>;
  },
  /** Each correction's kind, class, status and times, by story. */
  correctionTraces(db: Db): Array<CorrectionTrace & { storyId: number }> {
    return stmt(
      db,
      `SELECT story_id AS storyId, kind, status, error_class AS errorClass, created_at AS createdAt, decided_at AS decidedAt FROM corrections`,
    ).all() as Array<CorrectionTrace & { storyId: number }>;
  },
  /** 检出: per story, round, proofreader and class, the corrections that were not comments and not rejected. */
  caught(db: Db): Array<{ storyId: number; round: number; userId: number; userName: string; role: string; errorClass: ErrorClass; n: number }> {
    return stmt(
      db,
      `SELECT c.story_id AS storyId, c.round, c.author_id AS userId, u.display_name AS userName, c.role, c.error_class AS errorClass, count(*) AS n
         FROM corrections c JOIN users u ON u.id = c.author_id
        WHERE c.kind <> 'comment' AND c.status <> 'rejected'
        GROUP BY c.story_id, c.round, c.author_id, u.display_name, c.role, c.error_class`,
    ).all() as Array<{ storyId: number; round: number; userId: number; userName: string; role: string; errorClass: ErrorClass; n: number }>;
  },
  /** Stories with when they went out: signed (终审) or exported unsigned by override. */
  stories(db: Db): StoryRateRow[] {
    return stmt(
      db,
      `SELECT s.id, s.headline, s.status, s.char_count AS chars,
              (SELECT max(r.at) FROM reviews r WHERE r.entity = 'story' AND r.entity_id = s.id AND r.stage = 'final') AS signedAt,
              (SELECT min(a.at) FROM audit_log a WHERE a.entity = 'story' AND a.entity_id = s.id AND a.action = 'override.export-unsigned') AS exportedAt
         FROM stories s`,
    ).all() as StoryRateRow[];
  },
  /** Each story once per page it has frames on, newest issue first, pages in order, stories in frame order. */
  placements(db: Db): PlacementRow[] {
    return stmt(
      db,
      `SELECT f.story_id AS storyId, p.id AS pageId, p.number AS pageNumber, p.name AS pageName,
              i.id AS issueId, i.date, i.number AS issueNumber, i.paper_name AS paperName
         FROM frames f JOIN pages p ON p.id = f.page_id JOIN issues i ON i.id = p.issue_id
        WHERE f.story_id IS NOT NULL
        GROUP BY f.story_id, p.id, i.id
        ORDER BY i.date DESC, p.number, min(f.id)`,
    ).all() as PlacementRow[];
  },
  issueExists(db: Db, issueId: number): boolean {
    return stmt(db, 'SELECT 1 FROM issues WHERE id = ?').get(issueId) !== undefined;
  },
  /** Every page of every issue, for listing pages that hold no story yet. */
  pages(db: Db): Array<Omit<PlacementRow, 'storyId'>> {
    return stmt(
      db,
      `SELECT p.id AS pageId, p.number AS pageNumber, p.name AS pageName, i.id AS issueId, i.date, i.number AS issueNumber, i.paper_name AS paperName
         FROM pages p JOIN issues i ON i.id = p.issue_id ORDER BY i.date DESC, p.number`,
    ).all() as Array<Omit<PlacementRow, 'storyId'>>;
  },
};
