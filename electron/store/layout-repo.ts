import type { Frame, FrameProps, FrameRole, Issue, Page } from '../../shared/model/layout';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

interface FrameRow {
  id: number;
  page_id: number;
  story_id: number | null;
  role: FrameRole;
  x: number;
  y: number;
  w: number;
  h: number;
  chain: number;
  props: string;
}

const toFrame = (r: FrameRow): Frame => ({
  id: r.id, pageId: r.page_id, storyId: r.story_id, role: r.role, x: r.x, y: r.y, w: r.w, h: r.h, chain: r.chain,
  props: JSON.parse(r.props) as FrameProps,
});

const PAGE_COLUMNS = 'id, issue_id AS issueId, number, name, template, editor, designer, proofreader';

export type IssueRow = Omit<Issue, 'pages'>;

export const layoutRepo = {
  issues(db: Db): IssueRow[] {
    return stmt(db, 'SELECT id, date, number, total_number AS totalNumber, paper_name AS paperName, publisher, cn_number AS cnNumber FROM issues ORDER BY date DESC, id DESC').all() as IssueRow[];
  },
  issue(db: Db, id: number): IssueRow | undefined {
    return stmt(db, 'SELECT id, date, number, total_number AS totalNumber, paper_name AS paperName, publisher, cn_number AS cnNumber FROM issues WHERE id = ?').get(id) as IssueRow | undefined;
  },
  issueByDate(db: Db, date: string): IssueRow | undefined {
    return stmt(db, 'SELECT id FROM issues WHERE date = ?').get(date) as IssueRow | undefined;
  },
  latestIssue(db: Db): IssueRow | undefined {
    return this.issues(db)[0];
  },
  insertIssue(db: Db, i: Omit<IssueRow, 'id'>, at: string): number {
    return insertId(
      db, 'INSERT INTO issues(date, number, total_number, paper_name, publisher, cn_number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      i.date, i.number, i.totalNumber, i.paperName, i.publisher, i.cnNumber, at,
    );
  },
  pages(db: Db, issueId: number): Page[] {
    return stmt(db, `SELECT ${PAGE_COLUMNS} FROM pages WHERE issue_id = ? ORDER BY number`).all(issueId) as Page[];
  },
  page(db: Db, id: number): Page | undefined {
    return stmt(db, `SELECT ${PAGE_COLUMNS} FROM pages WHERE id = ?`).get(id) as Page | undefined;
  },
  insertPage(db: Db, p: Omit<Page, 'id'>): number {
    return insertId(
      db, 'INSERT INTO pages(issue_id, number, name, template, editor, designer, proofreader) VALUES (?, ?, ?, ?, ?, ?, ?)',
      p.issueId, p.number, p.name, p.template, p.editor, p.designer, p.proofreader,
    );
  },
  updatePage(db: Db, p: Page): void {
    stmt(db, 'UPDATE pages SET name = ?, editor = ?, designer = ?, proofreader = ? WHERE id = ?').run(p.name, p.editor, p.designer, p.proofreader, p.id);
  },
  frames(db: Db, pageId: number): Frame[] {
    return (stmt(db, 'SELECT * FROM frames WHERE page_id = ? ORDER BY id').all(pageId) as FrameRow[]).map(toFrame);
  },
  frame(db: Db, id: number): Frame | undefined {
    const r = stmt(db, 'SELECT * FROM frames WHERE id = ?').get(id) as FrameRow | undefined;
    return r ? toFrame(r) : undefined;
  },
  /**
   * A story's body frames on every page of one issue, in thread order, with each page's 版次. A
   * story placed in another edition too has a separate thread there.
   */
  thread(db: Db, storyId: number, issueId: number): Array<{ frame: Frame; pageNumber: number }> {
    const rows = stmt(
      db,
      `SELECT f.*, p.number AS page_number FROM frames f JOIN pages p ON p.id = f.page_id
       WHERE f.story_id = ? AND f.role = 'body' AND p.issue_id = ? ORDER BY f.chain, p.number, f.x, f.y`,
    ).all(storyId, issueId) as Array<FrameRow & { page_number: number }>;
    return rows.map((r) => ({ frame: toFrame(r), pageNumber: r.page_number }));
  },
  maxChain(db: Db, storyId: number, issueId: number): number {
    return (
      stmt(db, "SELECT coalesce(max(f.chain), -1) AS m FROM frames f JOIN pages p ON p.id = f.page_id WHERE f.story_id = ? AND f.role = 'body' AND p.issue_id = ?").get(storyId, issueId) as { m: number }
    ).m;
  },
  /** The newest issue in which a story has body frames, if any. */
  latestIssueOf(db: Db, storyId: number): number | undefined {
    const r = stmt(db, "SELECT p.issue_id AS id FROM frames f JOIN pages p ON p.id = f.page_id JOIN issues i ON i.id = p.issue_id WHERE f.story_id = ? AND f.role = 'body' ORDER BY i.date DESC, i.id DESC LIMIT 1").get(storyId) as { id: number } | undefined;
    return r?.id;
  },
  /** A frame keeps its id when given one (undo of a delete puts the same frame back). */
  insertFrame(db: Db, f: Omit<Frame, 'id'> & { id?: number }): number {
    const fields = [f.pageId, f.storyId, f.role, f.x, f.y, f.w, f.h, f.chain, JSON.stringify(f.props)];
    if (f.id !== undefined) {
      return insertId(db, 'INSERT INTO frames(id, page_id, story_id, role, x, y, w, h, chain, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', f.id, ...fields);
    }
    return insertId(
      db, 'INSERT INTO frames(page_id, story_id, role, x, y, w, h, chain, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', ...fields,
    );
  },
  updateFrame(db: Db, f: Frame): void {
    stmt(db, 'UPDATE frames SET x = ?, y = ?, w = ?, h = ?, chain = ?, props = ? WHERE id = ?').run(f.x, f.y, f.w, f.h, f.chain, JSON.stringify(f.props), f.id);
  },
  deleteFrames(db: Db, ids: readonly number[]): number {
    let n = 0;
    for (const id of ids) n += stmt(db, 'DELETE FROM frames WHERE id = ?').run(id).changes;
    return n;
  },
};
