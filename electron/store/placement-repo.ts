import type { Db } from './open-database';
import { stmt } from './write';

/** One story's place in an issue: the page (版次) and the frame. */
export interface PlacementRow {
  storyId: number;
  frameId: number;
  pageId: number;
  pageNumber: number;
  role: string;
}

/** Where stories sit in an issue: what the shelf shows and what stops a story being placed twice. */
export const placementRepo = {
  /** Every frame that holds a story in an issue, by page number. */
  ofIssue(db: Db, issueId: number): PlacementRow[] {
    return stmt(
      db,
      `SELECT f.story_id AS storyId, f.id AS frameId, f.page_id AS pageId, p.number AS pageNumber, f.role AS role
       FROM frames f JOIN pages p ON p.id = f.page_id
       WHERE p.issue_id = ? AND f.story_id IS NOT NULL ORDER BY p.number, f.chain, f.id`,
    ).all(issueId) as PlacementRow[];
  },
  /** The frames of one story in an issue. */
  ofStory(db: Db, storyId: number, issueId: number): PlacementRow[] {
    return stmt(
      db,
      `SELECT f.story_id AS storyId, f.id AS frameId, f.page_id AS pageId, p.number AS pageNumber, f.role AS role
       FROM frames f JOIN pages p ON p.id = f.page_id
       WHERE p.issue_id = ? AND f.story_id = ? ORDER BY p.number, f.chain, f.id`,
    ).all(issueId, storyId) as PlacementRow[];
  },
};
