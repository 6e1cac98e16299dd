import type { PageDisplayList } from '../../shared/model/display-list';
import type { Issue, Page } from '../../shared/model/layout';
import type { Correction, Review } from '../../shared/model/proofing';
import type { OverrideRecord } from '../../shared/model/workflow-override';
import { overridesRepo } from '../store/overrides-repo';
import type { StoryContent, StoryStatus } from '../../shared/model/story';
import type { Tag } from '../../shared/tags/types';
import type { CoreContext } from '../core/context';
import { composePageById, loadIssue } from '../core/services/layout-service';
import { contentHash } from '../core/services/story-writer';
import { correctionsRepo, reviewsRepo } from '../store/proofing-repo';
import { storiesRepo, toContent, toSummary } from '../store/stories-repo';
import { tagsRepo } from '../store/tags-repo';
import { layoutRepo } from '../store/layout-repo';
import { imagesRepo } from '../store/images-repo';
import { pictureOwner } from './picture-owner';

/** One story of the issue with what the exports need to say about it. */
export interface BundleStory {
  id: number;
  content: StoryContent;
  revision: number;
  status: StoryStatus;
  tags: Tag[];
  corrections: Correction[];
  /** Who gave a still-valid 终审 (签发). */
  signers: string[];
  /** The 三审 still valid for the current content, in order. */
  reviews: Review[];
  /** Workflow rules set aside for this story (who, when, why), oldest first. */
  overrides: OverrideRecord[];
  /** 版次 it runs on, first page first (a continuation adds a later page). */
  pageNumbers: number[];
}

/** A picture placed on a page of the issue. */
export interface BundlePicture {
  pageNumber: number;
  frameId: number;
  imageId: number;
  caption: string;
  credit: string;
  storyId: number | null;
}

/** A composed issue: the pages' display lists and the stories on them, read in one go. */
export interface IssueBundle {
  issue: Issue;
  pages: Array<{ page: Page; list: PageDisplayList }>;
  stories: Map<number, BundleStory>;
  /** Every placed picture with its caption, credit and the story it illustrates (if any). */
  pictures: BundlePicture[];
  /** The stored bytes of a picture on the pages (JPEG or PNG, as imported). */
  imageBytes: (imageId: number) => Buffer | undefined;
}

/** The stories on a page without a valid 终审, in frame order. A page with no stories has nothing to sign. */
export function pageUnsigned(bundle: IssueBundle, pageId: number): Array<{ storyId: number; headline: string; status: StoryStatus }> {
  const entry = bundle.pages.find((p) => p.page.id === pageId);
  if (!entry) return [];
  const ids = new Set(entry.list.frames.flatMap((f) => (f.storyId === null ? [] : [f.storyId])));
  return [...ids].flatMap((id) => {
    const s = bundle.stories.get(id);
    return s && s.signers.length === 0 ? [{ storyId: s.id, headline: s.content.headline, status: s.status }] : [];
  });
}

/**
 * Reads and composes a whole issue for export: every page's display list (the composer's own
 * output, as on screen) and every placed story with its tags, corrections and sign-offs.
 */
export function loadIssueBundle(c: CoreContext, issueId: number): IssueBundle {
  const issue = loadIssue(c.db, issueId);
  const pages = issue.pages.map((page) => ({ page, list: composePageById(c, page.id) }));
  const stories = new Map<number, BundleStory>();
  const pictures: BundlePicture[] = [];
  for (const { page } of pages) {
    const frames = layoutRepo.frames(c.db, page.id);
    for (const f of frames) {
      if (f.role === 'image' && f.props.imageId !== undefined) {
        pictures.push({ pageNumber: page.number, frameId: f.id, imageId: f.props.imageId, caption: f.props.caption ?? '', credit: f.props.credit ?? '', storyId: pictureOwner(f, frames) });
      }
      if (f.storyId === null) continue;
      let s = stories.get(f.storyId);
      if (!s) {
        const row = storiesRepo.getRow(c.db, f.storyId);
        if (!row) continue;
        const content = toContent(row);
        const summary = toSummary(row);
        const hash = contentHash(content);
        const reviews = reviewsRepo.list(c.db, f.storyId, hash).filter((r) => r.valid);
        s = {
          id: f.storyId,
          content,
          revision: summary.revision,
          status: summary.status,
          tags: tagsRepo.storyTags(c.db, f.storyId),
          corrections: correctionsRepo.list(c.db, f.storyId),
          signers: [...new Set(reviews.filter((r) => r.stage === 'final').map((r) => r.userName))],
          reviews,
          overrides: overridesRepo.list(c.db, 'story', f.storyId),
          pageNumbers: [],
        };
        stories.set(f.storyId, s);
      }
      if (!s.pageNumbers.includes(page.number)) s.pageNumbers.push(page.number);
    }
  }
  for (const s of stories.values()) s.pageNumbers.sort((a, b) => a - b);
  const cache = new Map<number, Buffer | undefined>();
  const imageBytes = (id: number): Buffer | undefined => {
    if (!cache.has(id)) cache.set(id, imagesRepo.data(c.db, id));
    return cache.get(id);
  };
  return { issue, pages, stories, pictures, imageBytes };
}
