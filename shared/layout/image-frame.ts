import { mmToPt, type DisplayItem } from '../model/display-list';
import type { Frame, FrameProps } from '../model/layout';
import { composeParagraphs, STYLES, type FontSet, type TextStyle } from '../typeset';
import type { ComposedLine } from '../typeset/types';
import type { Rect } from './text-wrap';
import { linesToItems, round } from './text-items';

/** What the composer needs to know of a stored picture: its size in pixels. */
export interface ImageMeta {
  width: number;
  height: number;
}

/** Space between the picture and its caption, in points. */
const CAPTION_GAP = 3;
const CREDIT_STYLE: TextStyle = { ...STYLES.caption, align: 'end', indent: 0 };
const CAPTION_STYLE: TextStyle = { ...STYLES.caption, indent: 0 };

/**
 * The 图片说明 and the 摄影 credit under a picture, set by the composer in the caption style at
 * the frame's width: the caption justified, the credit on its own line at the right.
 */
export function captionBlock(caption: string, credit: string, widthPt: number, fontsFor: (s: TextStyle) => FontSet): { lines: ComposedLine[]; height: number } {
  const lines: ComposedLine[] = [];
  let height = 0;
  if (caption.trim()) {
    const r = composeParagraphs([caption.trim()], CAPTION_STYLE, widthPt, fontsFor(CAPTION_STYLE));
    lines.push(...r.lines);
    height += r.height;
  }
  if (credit.trim()) {
    const r = composeParagraphs([credit.trim()], CREDIT_STYLE, widthPt, fontsFor(CREDIT_STYLE));
    lines.push(...r.lines.map((l) => ({ ...l, baseline: l.baseline + height, runs: l.runs.map((run) => ({ ...run, baseline: run.baseline + height })) })));
    height += r.height;
  }
  return { lines, height: height > 0 ? height + CAPTION_GAP : 0 };
}

/**
 * Where the picture is drawn inside `area` (points): 'fit' shows all of it, centred; 'fill'
 * covers the area, centred; 'crop' covers it enlarged by `cropScale` and moved by the crop
 * offsets (mm), kept so that the picture still covers the whole area.
 */
export function fitPicture(area: Rect, px: ImageMeta, props: Pick<FrameProps, 'fit' | 'cropX' | 'cropY' | 'cropScale'>): Rect {
  const fit = props.fit ?? 'fill';
  const sx = area.w / px.width;
  const sy = area.h / px.height;
  const scale = fit === 'fit' ? Math.min(sx, sy) : Math.max(sx, sy) * (fit === 'crop' ? (props.cropScale ?? 1) : 1);
  const w = px.width * scale;
  const h = px.height * scale;
  let x = area.x + (area.w - w) / 2;
  let y = area.y + (area.h - h) / 2;
  if (fit === 'crop') {
    // Move by the offsets, but never so far that an edge of the picture comes inside the area.
    x = Math.min(area.x, Math.max(area.x + area.w - w, x + mmToPt(props.cropX ?? 0)));
    y = Math.min(area.y, Math.max(area.y + area.h - h, y + mmToPt(props.cropY ?? 0)));
  }
  return { x: round(x), y: round(y), w: round(w), h: round(h) };
}

/** Effective resolution of a picture drawn `w` × `h` points: the lower of the two axes. */
export const effectivePpi = (px: ImageMeta, drawn: { w: number; h: number }): number => Math.min(px.width / (drawn.w / 72), px.height / (drawn.h / 72));

/**
 * An image frame: the picture in the area above its caption (clipped to that area), then the
 * caption and credit. A picture that is not stored (deleted, or not yet known) is drawn as a
 * ruled placeholder so the page still shows where it goes.
 */
export function imageFrameItems(f: Frame, box: Rect, meta: ImageMeta | undefined, fontsFor: (s: TextStyle) => FontSet): { items: DisplayItem[]; ppi?: number } {
  const cap = captionBlock(f.props.caption ?? '', f.props.credit ?? '', box.w, fontsFor);
  const area: Rect = { x: box.x, y: box.y, w: box.w, h: Math.max(1, box.h - cap.height) };
  const items: DisplayItem[] = [];
  let ppi: number | undefined;
  if (meta && f.props.imageId !== undefined) {
    const drawn = fitPicture(area, meta, f.props);
    items.push({ kind: 'image', imageId: f.props.imageId, ...drawn, clip: { x: area.x, y: area.y, w: round(area.w), h: round(area.h) }, frameId: f.id });
    ppi = Math.round(effectivePpi(meta, drawn));
  } else {
    items.push({ kind: 'rect', x: area.x, y: area.y, w: area.w, h: area.h, stroke: { cmyk: [0, 0, 0, 0.5] }, strokeWidth: 0.5 });
  }
  items.push(...linesToItems(cap.lines, { x: box.x, y: area.y + area.h + CAPTION_GAP }, { frameId: f.id }));
  return ppi === undefined ? { items } : { items, ppi };
}
