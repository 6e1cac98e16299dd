import { mmToPt } from '../../shared/model/display-list';
import { gridOf, templateFor } from '../../shared/layout/templates';
import { BanxinError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { contentHash } from '../core/services/story-writer';
import { layoutRepo } from '../store/layout-repo';
import { correctionsRepo, reviewsRepo } from '../store/proofing-repo';
import { storiesRepo, toContent, toSummary } from '../store/stories-repo';
import type { GalleyStory } from './galley-proof';

/**
 * A story as its 小样 needs it, read in one go. Set at the measure and body style of its body
 * frame in its newest issue, so the galley breaks lines exactly as that page; a story not yet
 * placed is set at one 基本栏 of the broadsheet.
 */
export function loadGalleyStory(c: CoreContext, storyId: number, issueId?: number): GalleyStory {
  const row = storiesRepo.getRow(c.db, storyId);
  if (!row) throw new BanxinError('NOT_FOUND');
  const content = toContent(row);
  const summary = toSummary(row);
  const inIssue = issueId ?? layoutRepo.latestIssueOf(c.db, storyId);
  const thread = inIssue === undefined ? [] : layoutRepo.thread(c.db, storyId, inIssue);
  const first = thread[0];
  const page = first ? layoutRepo.page(c.db, first.frame.pageId) : undefined;
  const template = templateFor(page?.template ?? 'broadsheet');
  const issue = inIssue === undefined ? (layoutRepo.latestIssue(c.db) ?? undefined) : layoutRepo.issue(c.db, inIssue);
  const hash = contentHash(content);
  return {
    id: storyId,
    content,
    revision: summary.revision,
    status: summary.status,
    corrections: correctionsRepo.list(c.db, storyId),
    reviews: reviewsRepo.list(c.db, storyId, hash).filter((r) => r.valid).map((r) => ({ stage: r.stage, userName: r.userName })),
    template,
    measure: first ? mmToPt(first.frame.w) : mmToPt(gridOf(template).columnWidth),
    pageNumbers: [...new Set(thread.map((t) => t.pageNumber))].sort((a, b) => a - b),
    paperName: issue?.paperName ?? '版心日报',
    date: issue?.date ?? summary.updatedAt.slice(0, 10),
  };
}
