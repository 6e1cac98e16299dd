import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { bodyStyleOf, composePage, flowThread, type IssueInfo, type ThreadFrame } from '../../../shared/layout/compose-page';
import type { PageDisplayList } from '../../../shared/model/display-list';
import { gridOf, templateFor, TEMPLATES, type PageTemplate } from '../../../shared/layout/templates';
import type { Frame, Issue, Page } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { imagesRepo } from '../../store/images-repo';
import { layoutRepo } from '../../store/layout-repo';
import type { Db } from '../../store/open-database';
import { storiesRepo, toContent } from '../../store/stories-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { buildFrontPage } from './front-page';
import { paperSettings } from './paper-service';
import { settingsRepo } from '../../store/settings-repo';
import type { EditLocks } from '../collab/edit-locks';
import { assertMayLayOut } from '../collab/page-lease-guard';
import { placementRepo } from '../../store/placement-repo';
import { continueStoryAt, moveStoryTo, placementsOf, placeStoryAt, refitHeadlineFrame } from './story-placement';

type LayoutHandlers = Pick<
  Handlers,
  | 'layout.templates' | 'issues.list' | 'issues.get' | 'issues.create' | 'pages.update' | 'frames.list' | 'frames.create'
  | 'frames.update' | 'frames.delete' | 'frames.restore' | 'layout.placeStory' | 'layout.frontPage' | 'layout.copyfit' | 'layout.page'
  | 'layout.continueStory' | 'layout.moveStory' | 'layout.placements'
>;

/** A county daily's usual four-page plan. */
const DEFAULT_PLAN = [{ name: '要闻' }, { name: '综合' }, { name: '评论' }, { name: '副刊' }];
const PAPER_DEFAULTS = { paperName: '版心日报' };
const settingsSaved = (db: Db): boolean => settingsRepo.get<unknown>(db, 'paper', null) !== null;
/** Height of the 报头 on page 1 and the 报眉 on inside pages, in body lines. */
const MASTHEAD_ROWS = 14;
const FOLIO_ROWS = 3;

export const templateOf = (page: Page): PageTemplate => templateFor(page.template);

export function loadIssue(db: Db, id: number): Issue {
  const row = layoutRepo.issue(db, id);
  if (!row) throw new BanxinError('NOT_FOUND');
  return { ...row, pages: layoutRepo.pages(db, id) };
}

/**
 * A story's thread with, for each frame, the image frames on its page: the body text wraps
 * around them on every page of the thread, so copyfit and every page agree.
 */
export function threadWithWraps(db: Db, thread: ThreadFrame[]): ThreadFrame[] {
  const byPage = new Map<number, Frame[]>();
  const imagesOn = (pageId: number): Frame[] => {
    let v = byPage.get(pageId);
    if (!v) byPage.set(pageId, (v = layoutRepo.frames(db, pageId).filter((f) => f.role === 'image')));
    return v;
  };
  return thread.map((t) => {
    const wraps = imagesOn(t.frame.pageId);
    return wraps.length ? { ...t, wraps } : t;
  });
}

/** Gather what one page needs and compose it: the page display list. */
export function composePageById(c: CoreContext, pageId: number): PageDisplayList {
  const page = layoutRepo.page(c.db, pageId);
  if (!page) throw new BanxinError('NOT_FOUND');
  const issue = loadIssue(c.db, page.issueId);
  const frames = layoutRepo.frames(c.db, pageId);
  const stories = new Map<number, StoryContent>();
  const threads = new Map<number, ThreadFrame[]>();
  for (const f of frames) {
    if (f.storyId === null || stories.has(f.storyId)) continue;
    const row = storiesRepo.getRow(c.db, f.storyId);
    if (!row) continue;
    stories.set(f.storyId, toContent(row));
    const thread = layoutRepo.thread(c.db, f.storyId, page.issueId);
    if (thread.some((t) => t.frame.pageId === pageId)) threads.set(f.storyId, threadWithWraps(c.db, thread));
  }
  const images = new Map<number, { width: number; height: number }>();
  for (const f of frames) {
    const id = f.role === 'image' ? f.props.imageId : undefined;
    const img = id !== undefined ? imagesRepo.get(c.db, id) : undefined;
    if (img) images.set(img.id, { width: img.width, height: img.height });
  }
  // The 报头 reads the paper's settings, set once; what was typed for this issue alone wins.
  const paper = paperSettings(c.db);
  const info: IssueInfo = {
    date: issue.date, number: issue.number, totalNumber: issue.totalNumber, paperName: issue.paperName,
    publisher: issue.publisher || paper.publisher, cnNumber: issue.cnNumber || paper.cnNumber, pageCount: issue.pages.length,
    extraLines: paper.extraLines,
  };
  return composePage({ page, template: templateOf(page), issue: info, frames, stories, threads, images, cache: c.typesetCache }, c.fonts().fontsFor);
}

/**
 * The layout desk's methods. Every one that changes what is on a page (frames, placements, the
 * front-page builder) is refused while another person holds that page's lease; the page plan
 * (`pages.update`: 版名 and who is responsible) is the issue's, not the page's layout, and stays open.
 */
export function layoutService(c: CoreContext, locks: Pick<EditLocks, 'assertMayWrite'>): LayoutHandlers {
  /** The pages the given frames sit on (frames that no longer exist count for none). */
  const pagesOfFrames = (ids: readonly number[]): number[] => ids.flatMap((id) => layoutRepo.frame(c.db, id)?.pageId ?? []);
  /** The pages a story's frames occupy in the issue of a page (a move takes it off all of them). */
  const pagesOfStoryNear = (pageId: number, storyId: number): number[] => {
    const page = layoutRepo.page(c.db, pageId);
    return page ? placementRepo.ofStory(c.db, storyId, page.issueId).map((r) => r.pageId) : [];
  };
  const frameOrThrow = (id: number): Frame => {
    const f = layoutRepo.frame(c.db, id);
    if (!f) throw new BanxinError('NOT_FOUND');
    return f;
  };
  const audit = (userId: number | null, action: string, entityId: number | null, detail = ''): void =>
    auditRepo.record(c.db, { at: isoNow(c.clock), userId, action, entity: 'layout', entityId, detail });

  return {
    'layout.templates': () => Object.values(TEMPLATES),
    'issues.list': () => layoutRepo.issues(c.db).map((i) => ({ ...i, pages: layoutRepo.pages(c.db, i.id) })),
    'issues.get': (p) => loadIssue(c.db, p.id),
    'issues.create': (p, ctx) => {
      const id = write(c.db, () => {
        if (layoutRepo.issueByDate(c.db, p.date)) throw new BanxinError('CONFLICT', { zh: `${p.date} 的报纸已存在。`, en: `An issue for ${p.date} exists.` });
        const latest = layoutRepo.latestIssue(c.db);
        const issueId = layoutRepo.insertIssue(
          c.db,
          {
            date: p.date,
            number: p.number ?? (latest ? latest.number + 1 : 1),
            totalNumber: p.totalNumber ?? (latest ? latest.totalNumber + 1 : 1),
            paperName: p.paperName ?? (settingsSaved(c.db) ? paperSettings(c.db).paperName : (latest?.paperName ?? PAPER_DEFAULTS.paperName)),
            // Left empty, the masthead takes 主办单位 and 刊号 from the paper's settings.
            publisher: p.publisher ?? '',
            cnNumber: p.cnNumber ?? '',
          },
          isoNow(c.clock),
        );
        (p.pages ?? DEFAULT_PLAN.map((d) => ({ ...d, template: 'broadsheet' as const }))).forEach((plan, i) => {
          const pageId = layoutRepo.insertPage(c.db, { issueId, number: i + 1, name: plan.name, template: plan.template, editor: '', designer: '', proofreader: '' });
          // 报头 on page 1, 报眉 on the others: filled from the issue's data, never typed.
          const g = gridOf(templateFor(plan.template));
          const rows = i === 0 ? MASTHEAD_ROWS : FOLIO_ROWS;
          layoutRepo.insertFrame(c.db, { pageId, storyId: null, role: i === 0 ? 'masthead' : 'folio', x: g.area.x, y: g.area.y, w: g.area.w, h: rows * g.pitch, chain: 0, props: {} });
        });
        audit(ctx.session.userId, 'issue.create', issueId, p.date);
        return issueId;
      });
      return loadIssue(c.db, id);
    },
    'pages.update': (p, ctx) =>
      write(c.db, () => {
        const page = layoutRepo.page(c.db, p.id);
        if (!page) throw new BanxinError('NOT_FOUND');
        const next: Page = { ...page, name: p.name ?? page.name, editor: p.editor ?? page.editor, designer: p.designer ?? page.designer, proofreader: p.proofreader ?? page.proofreader };
        layoutRepo.updatePage(c.db, next);
        audit(ctx.session.userId, 'page.update', p.id);
        return next;
      }),
    'frames.list': (p) => {
      if (!layoutRepo.page(c.db, p.pageId)) throw new BanxinError('NOT_FOUND');
      return layoutRepo.frames(c.db, p.pageId);
    },
    'frames.create': (p, ctx) =>
      write(c.db, () => {
        const page = layoutRepo.page(c.db, p.pageId);
        if (!page) throw new BanxinError('NOT_FOUND');
        if (p.storyId !== null && !storiesRepo.getRow(c.db, p.storyId)) throw new BanxinError('NOT_FOUND');
        assertMayLayOut(locks, [p.pageId], ctx.session.userId);
        const chain = p.chain ?? (p.role === 'body' && p.storyId !== null ? layoutRepo.maxChain(c.db, p.storyId, page.issueId) + 1 : 0);
        const id = layoutRepo.insertFrame(c.db, { pageId: p.pageId, storyId: p.storyId, role: p.role, x: p.x, y: p.y, w: p.w, h: p.h, chain, props: p.props });
        audit(ctx.session.userId, 'frame.create', id, p.role);
        return frameOrThrow(id);
      }),
    'frames.update': (p, ctx) =>
      write(c.db, () => {
        for (const u of p.frames) frameOrThrow(u.id);
        assertMayLayOut(locks, pagesOfFrames(p.frames.map((u) => u.id)), ctx.session.userId);
        const refitted: Frame[] = [];
        const out = p.frames.map((u) => {
          const f = frameOrThrow(u.id);
          const next: Frame = { ...f, x: u.x ?? f.x, y: u.y ?? f.y, w: u.w ?? f.w, h: u.h ?? f.h, chain: u.chain ?? f.chain, props: u.props ?? f.props };
          layoutRepo.updateFrame(c.db, next);
          // New headline typography: the frame takes its content's height (unless a height was given).
          if (u.props && u.h === undefined && JSON.stringify(u.props) !== JSON.stringify(f.props)) refitted.push(...refitHeadlineFrame(c, f, next));
          return next;
        });
        for (const r of refitted) {
          const i = out.findIndex((f) => f.id === r.id);
          if (i >= 0) out[i] = r;
          else out.push(r);
        }
        audit(ctx.session.userId, 'frame.update', null, out.map((f) => `#${f.id}`).join(' '));
        return out;
      }),
    'frames.delete': (p, ctx) =>
      write(c.db, () => {
        assertMayLayOut(locks, pagesOfFrames(p.ids), ctx.session.userId);
        const deleted = layoutRepo.deleteFrames(c.db, p.ids);
        audit(ctx.session.userId, 'frame.delete', null, p.ids.map((id) => `#${id}`).join(' '));
        return { deleted };
      }),
    'frames.restore': (p, ctx) =>
      write(c.db, () => {
        assertMayLayOut(locks, p.frames.map((f) => f.pageId).filter((id) => layoutRepo.page(c.db, id) !== undefined), ctx.session.userId);
        for (const f of p.frames) {
          if (!layoutRepo.page(c.db, f.pageId)) throw new BanxinError('NOT_FOUND');
          if (layoutRepo.frame(c.db, f.id)) throw new BanxinError('CONFLICT');
          layoutRepo.insertFrame(c.db, f);
        }
        audit(ctx.session.userId, 'frame.restore', null, p.frames.map((f) => `#${f.id}`).join(' '));
        return p.frames.map((f) => frameOrThrow(f.id));
      }),
    'layout.placeStory': (p, ctx) =>
      write(c.db, () => {
        assertMayLayOut(locks, [p.pageId], ctx.session.userId);
        const ids = placeStoryAt(c, p);
        audit(ctx.session.userId, 'story.place', p.storyId, `page #${p.pageId}`);
        return ids.map(frameOrThrow);
      }),
    'layout.continueStory': (p, ctx) =>
      write(c.db, () => {
        assertMayLayOut(locks, [p.pageId], ctx.session.userId);
        const ids = continueStoryAt(c, p);
        audit(ctx.session.userId, 'story.continue', p.storyId, `page #${p.pageId}`);
        return ids.map(frameOrThrow);
      }),
    'layout.moveStory': (p, ctx) =>
      write(c.db, () => {
        assertMayLayOut(locks, [p.pageId, ...pagesOfStoryNear(p.pageId, p.storyId)], ctx.session.userId);
        const { created, removed } = moveStoryTo(c, p);
        audit(ctx.session.userId, 'story.move', p.storyId, `page #${p.pageId}`);
        return { created: created.map(frameOrThrow), removed };
      }),
    'layout.placements': (p) => placementsOf(c, p.issueId),
    'layout.frontPage': (p, ctx) =>
      write(c.db, () => {
        assertMayLayOut(locks, [p.pageId], ctx.session.userId);
        const ids = buildFrontPage(c, p.pageId, p);
        audit(ctx.session.userId, 'page.front', p.pageId, `${ids.length} frames`);
        return ids.map(frameOrThrow);
      }),
    'layout.copyfit': (p) => {
      const row = storiesRepo.getRow(c.db, p.storyId);
      if (!row) throw new BanxinError('NOT_FOUND');
      const issueId = layoutRepo.latestIssueOf(c.db, p.storyId);
      const thread = issueId === undefined ? [] : layoutRepo.thread(c.db, p.storyId, issueId);
      const first = thread[0] ? layoutRepo.page(c.db, thread[0].frame.pageId) : undefined;
      if (!first) return { placed: false, frames: 0, overChars: 0, overLines: 0, underChars: 0, underLines: 0 };
      // Copyfit needs counts, not glyph positions: the composer's fast path gives identical figures.
      const { flow } = flowThread(p.content ?? toContent(row), threadWithWraps(c.db, thread), bodyStyleOf(templateOf(first)), c.fonts().fontsFor, { positions: false, cache: c.typesetCache });
      return { placed: true, frames: thread.length, ...pickCopyfit(flow.copyfit) };
    },
    'layout.page': (p) => composePageById(c, p.pageId),
  };
}

const pickCopyfit = (c: { overChars: number; overLines: number; underChars: number; underLines: number }) => ({
  overChars: c.overChars, overLines: c.overLines, underChars: c.underChars, underLines: c.underLines,
});
