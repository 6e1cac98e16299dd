import { BanxinError } from '../../../shared/api/errors';
import { bodyStyleOf, headlineRows, storyBlocks, type FontsFor } from '../../../shared/layout/compose-page';
import { gridOf, templateFor, type PageGrid } from '../../../shared/layout/templates';
import { mmToPt } from '../../../shared/model/display-list';
import type { HeadlineRank } from '../../../shared/model/headline-typography';
import type { Frame } from '../../../shared/model/layout';
import type { StoryContent } from '../../../shared/model/story';
import { flowStory, PrepareCache, type TextStyle } from '../../../shared/typeset';
import { layoutRepo } from '../../store/layout-repo';
import { storiesRepo, toContent } from '../../store/stories-repo';
import type { CoreContext } from '../context';

interface Slot {
  storyId: number;
  rank: HeadlineRank;
  column: number;
  columns: number;
  row: number;
}

/**
 * A front page from the day's main items, sized by copyfit: the 头条's headline spans the page
 * and its body as many rows as its text needs over all columns; below it the commentary on the
 * left, the news item and the box on the right. Every body frame is exactly as tall as its text,
 * so nothing oversets and columns end level. Runs inside the caller's transaction.
 */
export function buildFrontPage(c: CoreContext, pageId: number, ids: { lead: number; commentary?: number | undefined; news?: number | undefined; box?: number | undefined }): number[] {
  const page = layoutRepo.page(c.db, pageId);
  if (!page) throw new BanxinError('NOT_FOUND');
  const g = gridOf(templateFor(page.template));
  const body = bodyStyleOf(g.template);
  const story = (id: number): StoryContent => {
    const row = storiesRepo.getRow(c.db, id);
    if (!row) throw new BanxinError('NOT_FOUND');
    return toContent(row);
  };
  const fontsFor = c.fonts().fontsFor;
  const occupied = layoutRepo.frames(c.db, pageId).filter((f) => f.role === 'masthead' || f.role === 'folio');
  const top = occupied.length ? Math.round((Math.max(...occupied.map((f) => f.y + f.h)) - g.area.y) / g.pitch) + 1 : 0;
  const created: number[] = [];
  const insert = (f: Omit<Frame, 'id' | 'pageId' | 'props'>, props: Frame['props'] = {}): void => {
    created.push(layoutRepo.insertFrame(c.db, { ...f, pageId, props }));
  };

  /** Place headline + body columns; returns the first free row below. */
  const place = (s: Slot): number => {
    const content = story(s.storyId);
    const width = g.spanWidth(s.columns);
    // The rank picks the house style: the 头条's 主题 far larger than the others'.
    const props: Frame['props'] = { headlineRank: s.rank };
    const headRows = headlineRows(content, width, props, g.template, fontsFor);
    insert({ storyId: s.storyId, role: 'headline', x: g.columnX(s.column), y: g.lineY(s.row), w: width, h: headRows * g.pitch, chain: 0 }, props);
    const bodyRow = s.row + headRows;
    const rows = rowsNeeded(content, s.columns, g, body, fontsFor, g.rows - bodyRow);
    let chain = layoutRepo.maxChain(c.db, s.storyId, page.issueId) + 1;
    for (let i = 0; i < s.columns; i++) {
      insert({ storyId: s.storyId, role: 'body', x: g.columnX(s.column + i), y: g.lineY(bodyRow), w: g.columnWidth, h: rows * g.pitch, chain: chain++ });
    }
    return bodyRow + rows;
  };

  const all = g.template.columns;
  const afterLead = place({ storyId: ids.lead, rank: 'lead', column: 0, columns: all, row: top });
  insert({ storyId: null, role: 'rule', x: g.area.x, y: g.lineY(afterLead), w: g.area.w, h: g.pitch, chain: 0 });
  const below = afterLead + 1;
  const left = Math.ceil(all / 2);
  if (ids.commentary) place({ storyId: ids.commentary, rank: 'secondary', column: 0, columns: left, row: below });
  let rightRow = below;
  if (ids.news) rightRow = place({ storyId: ids.news, rank: 'secondary', column: left, columns: all - left, row: below }) + 1;
  if (ids.box) {
    const lines = story(ids.box).body.filter((b) => b.text.trim()).length;
    const rows = Math.min(g.rows - rightRow, Math.max(8, lines * 2 + 6));
    insert({ storyId: ids.box, role: 'box', x: g.columnX(left), y: g.lineY(rightRow), w: g.spanWidth(all - left), h: rows * g.pitch, chain: 0 });
  }
  return created;
}

/** The fewest rows at which a story's body fits in `columns` columns (copyfit by the composer itself). */
function rowsNeeded(content: StoryContent, columns: number, g: PageGrid, body: TextStyle, fontsFor: FontsFor, maxRows: number): number {
  const blocks = storyBlocks(content, body);
  // The search re-flows the same paragraphs many times and reads only the overset.
  const cache = new PrepareCache();
  const fits = (rows: number): boolean =>
    flowStory(
      blocks,
      Array.from({ length: columns }, (_, i) => ({ id: String(i), width: mmToPt(g.columnWidth), height: rows * body.leading })),
      fontsFor,
      { cache, positions: false },
    ).overset === null;
  let lo = 1;
  let hi = Math.max(1, maxRows);
  if (!fits(hi)) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
