import { BanxinError } from '../../../shared/api/errors';
import { headlineRows } from '../../../shared/layout/compose-page';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import type { HeadlineRank } from '../../../shared/model/headline-typography';
import type { Frame, Page } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { layoutRepo } from '../../store/layout-repo';
import { placementRepo } from '../../store/placement-repo';
import { storiesRepo, toContent } from '../../store/stories-repo';
import type { CoreContext } from '../context';

export interface PlaceAt {
  pageId: number;
  storyId: number;
  column: number;
  row: number;
  columns: number;
  headlineRows?: number | undefined;
  bodyRows: number;
  rank?: HeadlineRank | undefined;
}

const pageOrThrow = (c: CoreContext, id: number): Page => {
  const page = layoutRepo.page(c.db, id);
  if (!page) throw new BanxinError('NOT_FOUND');
  return page;
};
const storyOrThrow = (c: CoreContext, id: number): StoryContent => {
  const row = storiesRepo.getRow(c.db, id);
  if (!row) throw new BanxinError('NOT_FOUND');
  return toContent(row);
};

/** The 版次 a story occupies in an issue, in order, without repeats. */
export function pagesOfStory(c: CoreContext, storyId: number, issueId: number): number[] {
  return [...new Set(placementRepo.ofStory(c.db, storyId, issueId).map((r) => r.pageNumber))];
}

/** Every placed story of an issue with its pages: what the shelf marks. */
export function placementsOf(c: CoreContext, issueId: number): Array<{ storyId: number; pages: number[] }> {
  if (!layoutRepo.issue(c.db, issueId)) throw new BanxinError('NOT_FOUND');
  const by = new Map<number, number[]>();
  for (const r of placementRepo.ofIssue(c.db, issueId)) {
    const pages = by.get(r.storyId) ?? [];
    if (!pages.includes(r.pageNumber)) pages.push(r.pageNumber);
    by.set(r.storyId, pages);
  }
  return [...by].map(([storyId, pages]) => ({ storyId, pages }));
}

/**
 * A headline frame and body columns beneath it, on the grid. The headline frame is as tall as its
 * content in the house style of its rank unless the caller fixes its rows. Runs in the caller's
 * transaction; returns the new frames' ids.
 */
function insertBlock(c: CoreContext, page: Page, p: PlaceAt, headProps: Frame['props'], content: StoryContent): number[] {
  const g = gridOf(templateFor(page.template));
  const col = Math.min(p.column, g.template.columns - 1);
  const span = Math.min(p.columns, g.template.columns - col);
  const row = Math.min(p.row, g.rows - 1);
  const headRows = p.headlineRows ?? headlineRows(content, g.spanWidth(span), headProps, g.template, c.fonts().fontsFor);
  const ids: number[] = [];
  if (headRows > 0) {
    ids.push(layoutRepo.insertFrame(c.db, { pageId: page.id, storyId: p.storyId, role: 'headline', x: g.columnX(col), y: g.lineY(row), w: g.spanWidth(span), h: Math.min(headRows, g.rows - row) * g.pitch, chain: 0, props: headProps }));
  }
  const bodyTop = Math.min(row + headRows, g.rows - 1);
  const bodyRows = Math.max(1, Math.min(p.bodyRows, g.rows - bodyTop));
  let chain = layoutRepo.maxChain(c.db, p.storyId, page.issueId) + 1;
  for (let i = 0; i < span; i++) {
    ids.push(layoutRepo.insertFrame(c.db, { pageId: page.id, storyId: p.storyId, role: 'body', x: g.columnX(col + i), y: g.lineY(bodyTop), w: g.columnWidth, h: bodyRows * g.pitch, chain: chain++, props: {} }));
  }
  return ids;
}

/**
 * Place a story that is not yet in the issue. A story is printed once per issue: placing it again
 * would repeat its headline and print false 下转/上接 lines, so that is refused with where it is.
 */
export function placeStoryAt(c: CoreContext, p: PlaceAt): number[] {
  const page = pageOrThrow(c, p.pageId);
  const content = storyOrThrow(c, p.storyId);
  const pages = pagesOfStory(c, p.storyId, page.issueId);
  if (pages.length) {
    const where = pages.map((n) => `第${n}版`).join('、');
    throw new BanxinError('ALREADY_PLACED', {
      zh: `（${where}）。请选择“转版续排”到本版，或“移到本版”。`,
      en: `(page ${pages.join(', ')}). Continue it on this page or move it here.`,
      details: { pages },
    });
  }
  return insertBlock(c, page, p, p.rank ? { headlineRank: p.rank } : {}, content);
}

/**
 * 转版: a placed story continues on this page — a 转版标题 frame over new body frames that join
 * the end of its thread (the composer adds 下转 and 上接 lines where the thread changes page).
 */
export function continueStoryAt(c: CoreContext, p: PlaceAt & { jumpTitle?: string | undefined }): number[] {
  const page = pageOrThrow(c, p.pageId);
  const content = storyOrThrow(c, p.storyId);
  if (layoutRepo.thread(c.db, p.storyId, page.issueId).length === 0) {
    throw new BanxinError('CONFLICT', { zh: '这篇稿件还没有排上版面，无法转版；请直接拖放排版。', en: 'The story is not placed yet; place it instead of continuing it.' });
  }
  const props: Frame['props'] = { continuation: true, ...(p.jumpTitle ? { jumpTitle: p.jumpTitle } : {}) };
  return insertBlock(c, page, { ...p, headlineRows: undefined }, props, content);
}

/** Move a placed story here: every frame of it in the issue goes, and it is placed afresh. */
export function moveStoryTo(c: CoreContext, p: PlaceAt): { created: number[]; removed: Frame[] } {
  const page = pageOrThrow(c, p.pageId);
  const content = storyOrThrow(c, p.storyId);
  const old = placementRepo.ofStory(c.db, p.storyId, page.issueId).map((r) => layoutRepo.frame(c.db, r.frameId)!);
  // The headline keeps its rank and typography where it goes.
  const head = old.find((f) => f.role === 'headline' && !f.props.continuation);
  if (old.length) layoutRepo.deleteFrames(c.db, old.map((f) => f.id));
  const props: Frame['props'] = head ? { ...head.props } : p.rank ? { headlineRank: p.rank } : {};
  if (p.rank) props.headlineRank = p.rank;
  return { created: insertBlock(c, page, p, props, content), removed: old };
}

/**
 * After a headline frame's typography changed: the frame takes the height of its new content, and
 * the story's body columns that started right under it move with its bottom edge (their own
 * bottoms stay), so there is neither a gap nor an overlap. A 竖排 headline keeps its frame.
 * Returns every frame changed.
 */
export function refitHeadlineFrame(c: CoreContext, before: Frame, after: Frame): Frame[] {
  if (after.role !== 'headline' || after.storyId === null || after.props.vertical) return [];
  const page = layoutRepo.page(c.db, after.pageId);
  const row = storiesRepo.getRow(c.db, after.storyId);
  if (!page || !row) return [];
  const g = gridOf(templateFor(page.template));
  const rows = headlineRows(toContent(row), after.w, after.props, g.template, c.fonts().fontsFor);
  const h = Math.min(rows, Math.max(1, Math.round((g.area.y + g.area.h - after.y) / g.pitch))) * g.pitch;
  if (Math.abs(h - after.h) < 1e-6) return [];
  const next: Frame = { ...after, h };
  layoutRepo.updateFrame(c.db, next);
  const changed = [next];
  const oldBottom = before.y + before.h;
  const delta = next.y + h - oldBottom;
  for (const f of layoutRepo.frames(c.db, after.pageId)) {
    if (f.storyId !== after.storyId || f.role !== 'body' || Math.abs(f.y - oldBottom) > 0.01) continue;
    if (f.x + f.w <= after.x + 0.01 || f.x >= after.x + after.w - 0.01) continue;
    const bottom = f.y + f.h;
    const y = f.y + delta;
    const moved: Frame = { ...f, y, h: bottom - y >= g.pitch - 1e-6 ? bottom - y : g.pitch };
    layoutRepo.updateFrame(c.db, moved);
    changed.push(moved);
  }
  return changed;
}
