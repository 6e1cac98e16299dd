import type { Db } from './open-database';
import { stmt } from './write';

/** A story as the 稿库 n-gram index sees it: enough to tell whether it changed. */
export interface ArchiveStamp {
  id: number;
  revision: number;
  chars: number;
}

/** The texts of one story that go into the archive index (headline fields and body). */
export interface ArchiveTexts {
  revision: number;
  texts: string[];
}

export const archiveRepo = {
  /**
   * Every story, best evidence first: signed-off copy (what the paper printed), then copy awaiting
   * sign-off, then the rest; newest first within each. The caller takes from the top up to its cap.
   */
  stamps(db: Db): ArchiveStamp[] {
    return stmt(
      db,
      `SELECT id, revision, char_count AS chars FROM stories
       ORDER BY CASE status WHEN 'signed-off' THEN 0 WHEN 'awaiting-signoff' THEN 1 ELSE 2 END, updated_at DESC, id DESC`,
    ).all() as ArchiveStamp[];
  },

  texts(db: Db, id: number): ArchiveTexts | undefined {
    const row = stmt(db, 'SELECT revision, kicker, headline, subhead, byline, dateline, body_json FROM stories WHERE id = ?').get(id) as
      | { revision: number; kicker: string; headline: string; subhead: string; byline: string; dateline: string; body_json: string }
      | undefined;
    if (!row) return undefined;
    const body = (JSON.parse(row.body_json) as { text: string }[]).map((b) => b.text).join('\n');
    return { revision: row.revision, texts: [row.kicker, row.headline, row.subhead, row.byline, row.dateline, body].filter(Boolean) };
  },
};
