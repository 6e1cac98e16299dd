import type { PageDisplayList } from '../../shared/model/display-list';

/** Below this share of the type area a page is blank (a 报眉 alone fills about 4 %). */
export const BLANK_SHARE = 0.08;
/** Below this share a page is mostly blank: readers see white, not news. */
export const MOSTLY_BLANK_SHARE = 0.6;
/** A column whose foot is empty for at least this share of its lines is unfilled. */
export const UNFILLED_FOOT_SHARE = 0.1;

export interface PageFillProblem {
  code: 'page-blank' | 'page-mostly-blank' | 'columns-unfilled';
  zh: string;
  en: string;
}

/**
 * The page as a whole: blank or mostly blank pages, and columns left white at their foot (a
 * story ended early, or nothing was placed under it). Warnings, not errors: a 美编 may mean it.
 * Pages composed without a fill figure are not judged.
 */
export function pageFillProblems(page: Pick<PageDisplayList, 'fill'>): PageFillProblem[] {
  const fill = page.fill;
  if (!fill || fill.rows <= 0) return [];
  const pct = Math.round(fill.share * 100);
  if (fill.share < BLANK_SHARE) {
    return [{ code: 'page-blank', zh: `版面空白（只占版心 ${pct}%），请排上稿件或从期次中去掉此版。`, en: `the page is blank (${pct}% of the type area used) — place stories on it or drop it from the issue.` }];
  }
  const out: PageFillProblem[] = [];
  if (fill.share < MOSTLY_BLANK_SHARE) {
    out.push({ code: 'page-mostly-blank', zh: `版面大半空白（只占版心 ${pct}%），请补稿或调整版面。`, en: `the page is mostly blank (${pct}% of the type area used) — add copy or rearrange it.` });
  }
  const limit = Math.max(2, Math.ceil(fill.rows * UNFILLED_FOOT_SHARE));
  const unfilled = fill.emptyFoot.flatMap((lines, i) => (lines >= limit && lines < fill.rows ? [{ column: i + 1, lines }] : []));
  if (unfilled.length) {
    out.push({
      code: 'columns-unfilled',
      zh: `栏底空白：${unfilled.map((u) => `第${u.column}栏空 ${u.lines} 行`).join('，')}。请补稿、加长稿件或移动下方稿件。`,
      en: `columns left white at the foot: ${unfilled.map((u) => `column ${u.column} ${u.lines} lines`).join(', ')} — add copy or move stories up.`,
    });
  }
  return out;
}
