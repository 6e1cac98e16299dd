import { create } from 'zustand';
import type { ParamsIn, Result } from '../../../../shared/api/contract';
import { setsAsBox } from '../../../../shared/layout/kind-defaults';
import { gridOf, templateFor, type PageGrid } from '../../../../shared/layout/templates';
import { ptToMm } from '../../../../shared/model/display-list';
import type { Frame, FrameProps, FrameRole, Issue, Page } from '../../../../shared/model/layout';
import type { StorySummary } from '../../../../shared/model/story';
import { ApiCallError } from '../../../../shared/api/client';
import type { Lease } from '../../../../shared/model/collab';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { leaseLock } from '../collab/lease-lock';
import { useCollab } from '../collab/leases-store';
import { useLang } from '../../i18n/store';
import { bodyRowsFor, moveOnGrid, nudge, resizeOnGrid, type Box, type Nudge } from './geometry';
import { EMPTY_HISTORY, record, redoSteps, takeRedo, takeUndo, undoSteps, updateCommand, type ApiStep, type FrameGeom, type History, type LayoutCommand } from './history';

export type DisplayList = Result<'layout.page'>;
export type Zoom = number | 'fit';

const AT_KEY = 'banxin.layout.at';
/** Rows a continuation frame gets on the page it continues on. */
const CONTINUATION_ROWS = 40;

interface LayoutState {
  issues: Issue[];
  issue: Issue | null;
  pageId: number | null;
  /** Composed pages by page id; a page missing here is stale and repainted when shown. */
  lists: Record<number, DisplayList>;
  /** The current page's frames (mm), as stored. */
  frames: Frame[];
  selected: number[];
  stories: StorySummary[];
  zoom: Zoom;
  showGrid: boolean;
  view: 'canvas' | 'plan';
  /** How many columns a dropped story spans. */
  placeColumns: number;
  history: History;
  /** Where each story of the open issue is placed: story id → 版次 (absent: unplaced). */
  placements: Record<number, number[]>;
  /** A placed story dropped on a page: the desk asks whether to continue it there (转版) or move it. */
  pendingDrop: { storyId: number; at: { column: number; row: number }; pages: number[] } | null;
  busy: boolean;
  error: string | null;
  init(): Promise<void>;
  loadStories(): Promise<void>;
  openIssue(id: number, pageId?: number): Promise<void>;
  openPage(pageId: number): Promise<void>;
  /** Recompose the current page now (after copy changed elsewhere); other pages repaint when shown. */
  refresh(): Promise<void>;
  /** Compose a page that is not in `lists` (thumbnails). */
  ensureList(pageId: number): Promise<void>;
  createIssue(p: ParamsIn<'issues.create'>): Promise<void>;
  updatePage(pageId: number, patch: Omit<ParamsIn<'pages.update'>, 'id'>): Promise<void>;
  /** Drop a story at a grid cell; a story already in the issue is not placed again but asked about (`pendingDrop`). */
  placeStory(storyId: number, at: { column: number; row: number }): Promise<void>;
  /** Answer the question about a placed story dropped again: continue it here, move it here, or leave it. */
  resolveDrop(choice: 'continue' | 'move' | 'cancel'): Promise<void>;
  /** Move the selection by a distance in mm (one drag), snapped, as one undoable step. */
  moveSelected(dxMm: number, dyMm: number): Promise<void>;
  resizeFrame(id: number, dwMm: number, dhMm: number): Promise<void>;
  nudgeSelected(dir: Nudge): Promise<void>;
  deleteSelected(): Promise<void>;
  addRule(): Promise<void>;
  /** Place a picture at a grid cell (default: the top of the type area under the 报头/报眉), spanning `placeColumns`. */
  placeImage(imageId: number, at?: { column: number; row: number }): Promise<void>;
  /** Change a frame's settings (an image's fit, crop, caption, credit) as one undoable step. */
  setFrameProps(id: number, patch: Partial<FrameProps>): Promise<void>;
  /** Set part of one frame's geometry (e.g. 通栏: the full width of the type area) as one undoable step. */
  setFrameGeometry(id: number, geom: Partial<Box>): Promise<void>;
  /** Move the picture inside its image frame by a distance in mm (a crop), as one undoable step. */
  panImage(id: number, dxMm: number, dyMm: number): Promise<void>;
  /** Continue the selected frame's story in a new body frame on another page. */
  linkTo(pageId: number): Promise<void>;
  frontPage(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  select(id: number | null, additive?: boolean): void;
  setZoom(z: Zoom): void;
  toggleGrid(): void;
  setView(v: 'canvas' | 'plan'): void;
  setPlaceColumns(n: number): void;
}

/** The grid of a page of the open issue. */
export function gridOfPage(page: Pick<Page, 'template'>): PageGrid {
  return gridOf(templateFor(page.template));
}

function remember(issueId: number, pageId: number): void {
  try {
    globalThis.localStorage?.setItem(AT_KEY, JSON.stringify({ issueId, pageId }));
  } catch {
    // Without storage the desk opens on the newest issue after a reload; nothing is lost.
  }
}

function remembered(): { issueId?: number; pageId?: number } {
  try {
    const v: unknown = JSON.parse(globalThis.localStorage?.getItem(AT_KEY) ?? 'null');
    return v && typeof v === 'object' ? (v as { issueId?: number; pageId?: number }) : {};
  } catch {
    return {};
  }
}

async function runSteps(steps: ApiStep[]): Promise<void> {
  for (const step of steps) await runStep(step);
}

async function runStep(step: ApiStep): Promise<void> {
  if (step.method === 'frames.update') await api().call('frames.update', step.params);
  else if (step.method === 'frames.delete') await api().call('frames.delete', step.params);
  else await api().call('frames.restore', step.params);
}

// Layout actions run one after another in the order the user made them, so quick keyboard
// nudges and undo presses never overtake each other on the way to the core.
let queue: Promise<unknown> = Promise.resolve();
// Bumped whenever pages are recomposed: a thumbnail composed before that is stale and dropped.
let generation = 0;

/** The layout desk: issue, page, composed pages, selection, and the undo stack of layout actions. */
export const useLayout = create<LayoutState>((set, get) => {
  const serial = (fn: () => Promise<void>): Promise<void> => {
    const next = queue.then(async () => {
      set({ busy: true });
      try {
        await fn();
        set({ error: null });
      } catch (e) {
        // Refused for a page lease this desk had not heard of yet: learn the holder, so the page turns read only at once.
        if (e instanceof ApiCallError && e.error.code === 'LOCKED') useCollab.getState().put((e.error.details as { holder: Lease }).holder);
        set({ error: errorText(e, useLang.getState().lang) });
      } finally {
        set({ busy: false });
      }
    });
    queue = next;
    return next;
  };

  /** Re-read and re-compose the current page; every other page becomes stale (threads cross pages). */
  const recompose = async (): Promise<void> => {
    const { pageId } = get();
    if (pageId === null) return;
    const [frames, list] = await Promise.all([api().call('frames.list', { pageId }), api().call('layout.page', { pageId })]);
    generation++;
    if (get().pageId !== pageId) return;
    const alive = new Set(frames.map((f) => f.id));
    set({ frames, lists: { [pageId]: list }, selected: get().selected.filter((id) => alive.has(id)) });
    await loadPlacements();
  };

  const loadPlacements = async (): Promise<void> => {
    const issue = get().issue;
    if (!issue) return set({ placements: {} });
    const rows = await api().call('layout.placements', { issueId: issue.id });
    set({ placements: Object.fromEntries(rows.map((r) => [r.storyId, r.pages])) });
  };

  /** The body lines and span a story gets when dropped at a cell of the current page. */
  const dropGeometry = (storyId: number, at: { column: number; row: number }) => {
    const page = currentPage();
    const story = get().stories.find((s) => s.id === storyId);
    if (!page || !story) return null;
    const g = gridOfPage(page);
    const columns = Math.min(get().placeColumns, g.template.columns - at.column);
    // The headline frame takes its content's height in the core; leave it a few lines here.
    const freeRows = g.rows - at.row - 6;
    return { page, story, g, columns, params: { pageId: page.id, storyId, column: at.column, row: at.row, columns, bodyRows: bodyRowsFor(g, story.charCount, columns, freeRows) } };
  };

  const commit = async (cmd: LayoutCommand | null): Promise<void> => {
    if (!cmd) return;
    set({ history: record(get().history, cmd) });
    await recompose();
  };

  /**
   * Someone else holds this page's lease (or the role may not, or the lease was broken away):
   * the desk shows it read only and changes nothing, rather than sending what the core refuses.
   */
  const held = (): boolean => {
    const pageId = get().pageId;
    return pageId !== null && leaseLock('page', pageId).readOnly;
  };

  const currentPage = (): Page | undefined => get().issue?.pages.find((p) => p.id === get().pageId);

  const applyGeometry = async (next: FrameGeom[]): Promise<void> => {
    const cmd = updateCommand(get().frames, next);
    if (!cmd || cmd.kind !== 'update') return;
    await api().call('frames.update', { frames: cmd.after });
    await commit(cmd);
  };

  const movable = (): Frame[] => get().frames.filter((f) => get().selected.includes(f.id) && f.role !== 'masthead' && f.role !== 'folio');

  return {
    issues: [],
    issue: null,
    pageId: null,
    lists: {},
    frames: [],
    selected: [],
    stories: [],
    zoom: 'fit',
    showGrid: false,
    view: 'canvas',
    placeColumns: 4,
    history: EMPTY_HISTORY,
    placements: {},
    pendingDrop: null,
    busy: false,
    error: null,

    async init() {
      await serial(async () => {
        const [issues] = await Promise.all([api().call('issues.list', {}), get().loadStories()]);
        set({ issues });
        const at = remembered();
        const issue = issues.find((i) => i.id === at.issueId) ?? issues[0];
        if (!issue) return;
        const page = issue.pages.find((p) => p.id === at.pageId) ?? issue.pages[0];
        set({ issue, pageId: page?.id ?? null, lists: {}, selected: [] });
        if (page) remember(issue.id, page.id);
        await recompose();
      });
    },

    async loadStories() {
      const r = await api().call('stories.list', { sort: 'updated-desc', limit: 200 });
      set({ stories: r.items });
    },

    async openIssue(id, pageId) {
      await serial(async () => {
        const issue = await api().call('issues.get', { id });
        const page = issue.pages.find((p) => p.id === pageId) ?? issue.pages[0];
        set({ issue, pageId: page?.id ?? null, lists: {}, frames: [], selected: [] });
        if (page) remember(issue.id, page.id);
        await recompose();
      });
    },

    async openPage(pageId) {
      const issue = get().issue;
      if (!issue || get().pageId === pageId) return;
      set({ pageId, selected: [], frames: [] });
      remember(issue.id, pageId);
      await serial(recompose);
    },

    async refresh() {
      await serial(recompose);
    },

    async ensureList(pageId) {
      if (get().lists[pageId]) return;
      const gen = generation;
      const list = await api().call('layout.page', { pageId });
      if (gen !== generation) return;
      set({ lists: { ...get().lists, [pageId]: list } });
    },

    async createIssue(p) {
      await serial(async () => {
        const issue = await api().call('issues.create', p);
        const issues = await api().call('issues.list', {});
        const page = issue.pages[0];
        set({ issues, issue, pageId: page?.id ?? null, lists: {}, frames: [], selected: [], history: EMPTY_HISTORY });
        if (page) remember(issue.id, page.id);
        await recompose();
      });
    },

    async updatePage(pageId, patch) {
      await serial(async () => {
        const page = await api().call('pages.update', { id: pageId, ...patch });
        const issue = get().issue;
        if (!issue) return;
        const next = { ...issue, pages: issue.pages.map((p) => (p.id === page.id ? page : p)) };
        set({ issue: next, issues: get().issues.map((i) => (i.id === next.id ? next : i)) });
        // The 报眉 shows the 版名: repaint.
        const { [pageId]: _stale, ...rest } = get().lists;
        set({ lists: rest });
        if (pageId === get().pageId) await recompose();
      });
    },

    async placeStory(storyId, at) {
      await serial(async () => {
        if (held()) return;
        const d = dropGeometry(storyId, at);
        if (!d) return;
        const pages = get().placements[storyId];
        if (pages?.length) return set({ pendingDrop: { storyId, at, pages } });
        if (setsAsBox(d.story.kind)) {
          const created = await api().call('frames.create', {
            pageId: d.page.id, storyId, role: 'box', x: d.g.columnX(at.column), y: d.g.lineY(at.row), w: d.g.spanWidth(d.columns), h: Math.min(16, d.g.rows - at.row) * d.g.pitch,
          });
          await commit({ kind: 'create', frames: [created] });
          return;
        }
        const created = await api().call('layout.placeStory', d.params);
        await commit({ kind: 'create', frames: created });
      });
    },

    async resolveDrop(choice) {
      if (held()) return set({ pendingDrop: null });
      const pending = get().pendingDrop;
      set({ pendingDrop: null });
      if (!pending || choice === 'cancel') return;
      await serial(async () => {
        const d = dropGeometry(pending.storyId, pending.at);
        if (!d) return;
        if (choice === 'continue') {
          const created = await api().call('layout.continueStory', d.params);
          await commit({ kind: 'create', frames: created });
        } else {
          const { created, removed } = await api().call('layout.moveStory', d.params);
          await commit({ kind: 'move', created, removed });
        }
      });
    },

    async moveSelected(dxMm, dyMm) {
      await serial(async () => {
        if (held()) return;
        const page = currentPage();
        if (!page) return;
        const g = gridOfPage(page);
        await applyGeometry(movable().map((f) => ({ id: f.id, ...moveOnGrid(g, f, dxMm, dyMm) })));
      });
    },

    async resizeFrame(id, dwMm, dhMm) {
      await serial(async () => {
        if (held()) return;
        const page = currentPage();
        const f = get().frames.find((x) => x.id === id);
        if (!page || !f) return;
        await applyGeometry([{ id, ...resizeOnGrid(gridOfPage(page), f, dwMm, dhMm) }]);
      });
    },

    async nudgeSelected(dir) {
      await serial(async () => {
        if (held()) return;
        const page = currentPage();
        if (!page) return;
        const g = gridOfPage(page);
        await applyGeometry(movable().map((f) => ({ id: f.id, ...nudge(g, f, dir) })));
      });
    },

    async deleteSelected() {
      await serial(async () => {
        if (held()) return;
        const frames = get().frames.filter((f) => get().selected.includes(f.id));
        if (!frames.length) return;
        await api().call('frames.delete', { ids: frames.map((f) => f.id) });
        set({ selected: [] });
        await commit({ kind: 'delete', frames });
      });
    },

    async addRule() {
      await serial(async () => {
        if (held()) return;
        const page = currentPage();
        if (!page) return;
        const g = gridOfPage(page);
        const sel = movable();
        // Under the selection, as wide as it; else across the type area at its middle.
        const box: Box = sel.length
          ? (() => {
              const x = Math.min(...sel.map((f) => f.x));
              const bottom = Math.max(...sel.map((f) => f.y + f.h));
              return { x, y: bottom, w: Math.max(...sel.map((f) => f.x + f.w)) - x, h: g.pitch };
            })()
          : { x: g.area.x, y: g.lineY(Math.floor(g.rows / 2)), w: g.area.w, h: g.pitch };
        const at = moveOnGrid(g, box, 0, 0);
        const role: FrameRole = 'rule';
        const created = await api().call('frames.create', { pageId: page.id, role, storyId: null, ...at });
        set({ selected: [created.id] });
        await commit({ kind: 'create', frames: [created] });
      });
    },

    async placeImage(imageId, at) {
      await serial(async () => {
        if (held()) return;
        const page = currentPage();
        if (!page) return;
        const g = gridOfPage(page);
        const top = get().frames.filter((f) => f.role === 'masthead' || f.role === 'folio').reduce((m, f) => Math.max(m, f.y + f.h), g.area.y);
        const cell = at ?? { column: 0, row: Math.min(g.rows - 1, Math.round((top - g.area.y) / g.pitch) + 1) };
        const columns = Math.min(get().placeColumns, g.template.columns - cell.column);
        const created = await api().call('layout.placeImage', { pageId: page.id, imageId, column: cell.column, row: cell.row, columns });
        set({ selected: [created.id] });
        await commit({ kind: 'create', frames: [created] });
      });
    },

    async setFrameProps(id, patch) {
      await serial(async () => {
        if (held()) return;
        const f = get().frames.find((x) => x.id === id);
        if (!f) return;
        const after: FrameProps = { ...f.props, ...patch };
        // A setting given as undefined goes back to the default: drop the key.
        for (const k of Object.keys(after) as Array<keyof FrameProps>) if (after[k] === undefined) delete after[k];
        // An emptied caption or credit is dropped, not stored as "".
        for (const k of ['caption', 'credit'] as const) if (after[k] === '') delete after[k];
        if (JSON.stringify(after) === JSON.stringify(f.props)) return;
        await api().call('frames.update', { frames: [{ id, props: after }] });
        await commit({ kind: 'props', id, before: f.props, after });
      });
    },

    async setFrameGeometry(id, geom) {
      await serial(async () => {
        if (held()) return;
        const f = get().frames.find((x) => x.id === id);
        if (!f) return;
        await applyGeometry([{ id, x: geom.x ?? f.x, y: geom.y ?? f.y, w: geom.w ?? f.w, h: geom.h ?? f.h }]);
      });
    },

    async panImage(id, dxMm, dyMm) {
      const f = get().frames.find((x) => x.id === id);
      if (!f || f.role !== 'image') return;
      // Panning turns a centred 'fill' into a 'crop' at the same size; a 'fit' picture has nothing to crop.
      if (f.props.fit === 'fit') return;
      // Keep the offsets within what the composer can show (the picture always covers its area),
      // so that moving back responds at once instead of first unwinding an overshoot.
      const item = get().lists[get().pageId ?? -1]?.items.find((i) => i.kind === 'image' && i.frameId === id);
      const slack = (over: number): number => (over > 0 ? ptToMm(over) / 2 : 0);
      const mx = item?.kind === 'image' && item.clip ? slack(item.w - item.clip.w) : Infinity;
      const my = item?.kind === 'image' && item.clip ? slack(item.h - item.clip.h) : Infinity;
      const r = (v: number, m: number): number => Math.round(Math.max(-m, Math.min(m, v)) * 100) / 100;
      await get().setFrameProps(id, { fit: 'crop', cropX: r((f.props.cropX ?? 0) + dxMm, mx), cropY: r((f.props.cropY ?? 0) + dyMm, my), cropScale: f.props.cropScale ?? 1 });
    },

    async linkTo(targetPageId) {
      await serial(async () => {
        const issue = get().issue;
        const from = get().frames.find((f) => get().selected.includes(f.id) && f.storyId !== null);
        const target = issue?.pages.find((p) => p.id === targetPageId);
        if (!from || from.storyId === null || !target) return;
        const g = gridOfPage(target);
        const existing = await api().call('frames.list', { pageId: target.id });
        const top = existing.filter((f) => f.role === 'masthead' || f.role === 'folio').reduce((m, f) => Math.max(m, f.y + f.h), g.area.y);
        const row = Math.min(g.rows - 1, Math.round((top - g.area.y) / g.pitch) + 1);
        // 转版: a 转版标题 over one column that joins the end of the story's thread.
        const created = await api().call('layout.continueStory', {
          pageId: target.id, storyId: from.storyId, column: 0, row, columns: 1, bodyRows: Math.min(CONTINUATION_ROWS, g.rows - row),
        });
        await commit({ kind: 'create', frames: created });
      });
    },

    async frontPage() {
      await serial(async () => {
        const issue = get().issue;
        const page = issue?.pages.find((p) => p.number === 1);
        if (!page) return;
        await get().loadStories();
        // Import order: the first article leads, the second is the news item.
        const byId = [...get().stories].sort((a, b) => a.id - b.id);
        const articles = byId.filter((s) => s.kind === 'article');
        const lead = articles[0];
        if (!lead) throw new Error('NO_ARTICLE');
        const commentary = byId.find((s) => s.kind === 'commentary');
        const box = byId.find((s) => s.kind === 'box');
        const created = await api().call('layout.frontPage', {
          pageId: page.id, lead: lead.id,
          ...(commentary ? { commentary: commentary.id } : {}),
          ...(articles[1] ? { news: articles[1].id } : {}),
          ...(box ? { box: box.id } : {}),
        });
        if (get().pageId !== page.id) {
          set({ pageId: page.id, selected: [] });
          remember(issue!.id, page.id);
        }
        await commit({ kind: 'create', frames: created });
      });
    },

    async undo() {
      await serial(async () => {
        if (held()) return;
        const taken = takeUndo(get().history);
        if (!taken) return;
        await runSteps(undoSteps(taken.cmd));
        set({ history: taken.history });
        await recompose();
      });
    },

    async redo() {
      await serial(async () => {
        if (held()) return;
        const taken = takeRedo(get().history);
        if (!taken) return;
        await runSteps(redoSteps(taken.cmd));
        set({ history: taken.history });
        await recompose();
      });
    },

    select(id, additive = false) {
      if (id === null) return set({ selected: [] });
      const sel = get().selected;
      if (!additive) return set({ selected: [id] });
      set({ selected: sel.includes(id) ? sel.filter((x) => x !== id) : [...sel, id] });
    },
    setZoom: (zoom) => set({ zoom }),
    toggleGrid: () => set({ showGrid: !get().showGrid }),
    setView: (view) => set({ view }),
    setPlaceColumns: (n) => set({ placeColumns: Math.max(1, Math.min(8, Math.round(n))) }),
  };
});
