import type { Review } from '../../shared/model/proofing';
import type { StoryStatus } from '../../shared/model/story';
import { contentHash } from '../core/services/story-writer';
import type { Db } from '../store/open-database';
import { reviewsRepo } from '../store/proofing-repo';
import { layoutRepo } from '../store/layout-repo';
import { storiesRepo, toContent } from '../store/stories-repo';

/** A story placed in an issue that has no valid 终审 for its current content. */
export interface UnsignedStory {
  storyId: number;
  headline: string;
  status: StoryStatus;
  /** 版次 it runs on, first page first. */
  pageNumbers: number[];
}

/** The reviews of a story that still match its current content (what a signature means). */
export function validReviews(db: Db, storyId: number): Review[] {
  const row = storiesRepo.getRow(db, storyId);
  if (!row) return [];
  return reviewsRepo.list(db, storyId, contentHash(toContent(row))).filter((r) => r.valid);
}

/**
 * Every story of the issue without a valid 终审, in page order: the truth export and preflight
 * go by. The status column alone is not enough — a signature counts only for the exact content
 * it was given to.
 */
export function unsignedStories(db: Db, issueId: number): UnsignedStory[] {
  const out = new Map<number, UnsignedStory>();
  const signed = new Set<number>();
  for (const page of layoutRepo.pages(db, issueId)) {
    for (const f of layoutRepo.frames(db, page.id)) {
      if (f.storyId === null || signed.has(f.storyId)) continue;
      const known = out.get(f.storyId);
      if (known) {
        if (!known.pageNumbers.includes(page.number)) known.pageNumbers.push(page.number);
        continue;
      }
      const row = storiesRepo.getRow(db, f.storyId);
      if (!row) continue;
      if (validReviews(db, f.storyId).some((r) => r.stage === 'final')) {
        signed.add(f.storyId);
        continue;
      }
      out.set(f.storyId, { storyId: f.storyId, headline: row.headline, status: row.status, pageNumbers: [page.number] });
    }
  }
  return [...out.values()];
}
