import type { RevisionSummary, StoryContent } from '../../shared/model/story';
import type { Db } from './open-database';
import { stmt } from './write';

export const revisionsRepo = {
  insert(db: Db, r: { storyId: number; number: number; authorId: number | null; at: string; content: StoryContent; hash: string; charCount: number; note?: string }): void {
    stmt(
      db,
      'INSERT INTO revisions(story_id, number, author_id, created_at, content_json, content_hash, char_count, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(r.storyId, r.number, r.authorId, r.at, JSON.stringify(r.content), r.hash, r.charCount, r.note ?? '');
  },
  list(db: Db, storyId: number): RevisionSummary[] {
    return stmt(
      db,
      `SELECT r.id, r.story_id AS storyId, r.number, r.author_id AS authorId, u.display_name AS authorName, r.created_at AS createdAt,
              r.char_count AS charCount, r.note
       FROM revisions r LEFT JOIN users u ON u.id = r.author_id WHERE r.story_id = ? ORDER BY r.number DESC`,
    ).all(storyId) as RevisionSummary[];
  },
  content(db: Db, storyId: number, number: number): StoryContent | undefined {
    const row = stmt(db, 'SELECT content_json FROM revisions WHERE story_id = ? AND number = ?').get(storyId, number) as { content_json: string } | undefined;
    return row ? (JSON.parse(row.content_json) as StoryContent) : undefined;
  },
};
