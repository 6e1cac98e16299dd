import type { Block, StoryContent, StoryKind, StoryStatus, StorySummary } from '../../shared/model/story';
import type { Db } from './open-database';
import { indexStory, searchableText } from './search-index';
import { stmt, whereClause, insertId } from './write';

export interface StoryRow {
  id: number;
  kind: StoryKind;
  kicker: string;
  headline: string;
  subhead: string;
  byline: string;
  dateline: string;
  section: string;
  body_json: string;
  status: StoryStatus;
  owner_id: number | null;
  owner_name: string | null;
  char_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT s.*, u.display_name AS owner_name FROM stories s LEFT JOIN users u ON u.id = s.owner_id`;

export function toSummary(r: StoryRow): StorySummary {
  return {
    id: r.id, kind: r.kind, kicker: r.kicker, headline: r.headline, subhead: r.subhead, byline: r.byline,
    section: r.section, status: r.status, ownerId: r.owner_id, ownerName: r.owner_name, charCount: r.char_count,
    revision: r.revision, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function toContent(r: StoryRow): StoryContent {
  return {
    kind: r.kind, kicker: r.kicker, headline: r.headline, subhead: r.subhead, byline: r.byline,
    dateline: r.dateline, section: r.section, body: JSON.parse(r.body_json) as Block[],
  };
}

export const bodyText = (body: readonly Block[]): string => body.map((b) => b.text).join('\n');

export interface ListQuery {
  status?: StoryStatus | undefined;
  section?: string | undefined;
  ownerId?: number | undefined;
  updatedFrom?: string | undefined;
  updatedTo?: string | undefined;
  sort: 'updated-desc' | 'updated-asc' | 'headline' | 'chars-desc';
  offset: number;
  limit: number;
}

const ORDER: Record<ListQuery['sort'], string> = {
  'updated-desc': 's.updated_at DESC, s.id DESC',
  'updated-asc': 's.updated_at ASC, s.id ASC',
  headline: 's.headline ASC, s.id ASC',
  'chars-desc': 's.char_count DESC, s.id DESC',
};

export const storiesRepo = {
  getRow(db: Db, id: number): StoryRow | undefined {
    return stmt(db, `${SELECT} WHERE s.id = ?`).get(id) as StoryRow | undefined;
  },

  list(db: Db, q: ListQuery): { total: number; items: StorySummary[] } {
    const { where: w, args } = whereClause([
      ['s.status = ?', q.status],
      ['s.section = ?', q.section],
      ['s.owner_id = ?', q.ownerId],
      ['s.updated_at >= ?', q.updatedFrom],
      ['s.updated_at <= ?', q.updatedTo],
    ]);
    const total = (stmt(db, `SELECT count(*) AS n FROM stories s ${w}`).get(...args) as { n: number }).n;
    const rows = stmt(db, `${SELECT} ${w} ORDER BY ${ORDER[q.sort]} LIMIT ? OFFSET ?`).all(...args, q.limit, q.offset) as StoryRow[];
    return { total, items: rows.map(toSummary) };
  },

  summaries(db: Db, ids: readonly number[]): StorySummary[] {
    if (ids.length === 0) return [];
    const rows = db.prepare(`${SELECT} WHERE s.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as StoryRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => (byId.has(id) ? [toSummary(byId.get(id)!)] : []));
  },

  /** A new story starts at revision 1; the caller writes that revision in the same transaction. */
  insert(db: Db, c: StoryContent, meta: { ownerId: number | null; charCount: number; at: string; status: StoryStatus }): number {
    const id = insertId(
      db,
      `INSERT INTO stories(kind, kicker, headline, subhead, byline, dateline, section, body_json, status, owner_id, char_count, revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      c.kind, c.kicker, c.headline, c.subhead, c.byline, c.dateline, c.section, JSON.stringify(c.body), meta.status, meta.ownerId, meta.charCount, meta.at, meta.at,
    );
    indexStory(db, id, searchableText({ ...c, body: bodyText(c.body) }));
    return id;
  },

  update(db: Db, id: number, c: StoryContent, meta: { charCount: number; revision: number; at: string }): void {
    stmt(
      db,
      `UPDATE stories SET kind = ?, kicker = ?, headline = ?, subhead = ?, byline = ?, dateline = ?, section = ?, body_json = ?,
         char_count = ?, revision = ?, updated_at = ? WHERE id = ?`,
    ).run(c.kind, c.kicker, c.headline, c.subhead, c.byline, c.dateline, c.section, JSON.stringify(c.body), meta.charCount, meta.revision, meta.at, id);
    indexStory(db, id, searchableText({ ...c, body: bodyText(c.body) }));
  },

  setStatus(db: Db, id: number, status: StoryStatus, at: string): void {
    stmt(db, 'UPDATE stories SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
  },

  count(db: Db): number {
    return (stmt(db, 'SELECT count(*) AS n FROM stories').get() as { n: number }).n;
  },
};
