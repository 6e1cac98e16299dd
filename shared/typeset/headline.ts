import { composeParagraphs, type ComposeResult } from './compose';
import type { FontSet } from './font-set';
import { breakLine, type BreakResult } from './break-line';
import { createPlacement, placeLine } from './place-line';
import { prepareParagraph } from './prepare';
import type { TextStyle } from './styles';
import { EM } from './units';

/** A headline fitted to its measure. */
export interface HeadlineFit extends ComposeResult {
  /** Chosen size in points. */
  readonly size: number;
  /** Chosen horizontal scale (长 < 1 < 扁). */
  readonly scaleX: number;
  /** True when one line fills the measure within the style's limits. */
  readonly fitted: boolean;
}

/** Natural width of `text` on one line, in 1/1000 em, at scale 1. */
export function naturalWidth(text: string, style: TextStyle, fonts: FontSet): number {
  const p = prepareParagraph(text, { ...style, scaleX: 1, indent: 0 }, fonts);
  const br: BreakResult = { end: 0, forced: false };
  breakLine(p, 0, Number.MAX_SAFE_INTEGER, br);
  const pl = createPlacement();
  placeLine(p, 0, p.length, Number.MAX_SAFE_INTEGER, false, pl);
  return pl.width;
}

/**
 * Fits a headline (主题) to `measure` points on one line: first by size within
 * [minSize, maxSize], then by horizontal scale within [minScaleX, maxScaleX]; when even
 * that is not enough it is set on several lines at the smallest size and scale. Without
 * `style.fit` the headline is set as is.
 */
export function fitHeadline(text: string, style: TextStyle, measure: number, fonts: FontSet): HeadlineFit {
  const fit = style.fit;
  if (!fit) {
    const r = composeParagraphs([text], style, measure, fonts);
    return { ...r, size: style.size, scaleX: style.scaleX, fitted: r.lines.length === 1 };
  }
  const w = naturalWidth(text, style, fonts) / EM;
  if (w <= 0) {
    const r = composeParagraphs([text], style, measure, fonts);
    return { ...r, size: style.size, scaleX: 1, fitted: false };
  }
  const ideal = measure / w;
  let size = ideal;
  let scaleX = 1;
  let fitted = true;
  if (ideal > fit.maxSize) {
    size = fit.maxSize;
    scaleX = Math.min(fit.maxScaleX, measure / (w * size));
    fitted = scaleX === measure / (w * size);
  } else if (ideal < fit.minSize) {
    size = fit.minSize;
    const need = measure / (w * size);
    scaleX = Math.max(fit.minScaleX, need);
    fitted = scaleX === need;
  }
  // Round the size to 0.25 pt for the plate; `distribute` absorbs the difference exactly.
  size = Math.floor(size * 4) / 4;
  const fittedStyle: TextStyle = {
    ...style,
    size,
    scaleX,
    leading: (style.leading * size) / style.size,
    align: fitted ? 'distribute' : style.align,
    indent: 0,
  };
  const r = composeParagraphs([text], fittedStyle, measure, fonts);
  return { ...r, size, scaleX, fitted: fitted && r.lines.length === 1 };
}
