import { snapToGrid, type PageGrid } from '../../../../shared/layout/templates';
import { MM } from '../../../../shared/model/display-list';

/** A frame's box in millimetres from the trimmed page's top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Pixels per point at 100 % zoom: a point is 1/72 inch, a CSS pixel 1/96 inch. */
export const PX_PER_PT = 96 / 72;

/** Millimetres to screen pixels at a zoom factor (1 = 100 %, physical size). */
export function mmToPx(mm: number, zoom: number): number {
  return mm * MM * PX_PER_PT * zoom;
}

/** Screen pixels to millimetres at a zoom factor. */
export function pxToMm(px: number, zoom: number): number {
  return px / (MM * PX_PER_PT * zoom);
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** The grid cell under a point in mm: the column it falls in and the nearest line. */
export function cellAt(g: PageGrid, xMm: number, yMm: number): { column: number; row: number } {
  const step = g.columnWidth + g.gutter;
  return {
    column: clamp(Math.floor((xMm - g.area.x) / step), 0, g.template.columns - 1),
    row: clamp(Math.round((yMm - g.area.y) / g.pitch), 0, g.rows - 1),
  };
}

/** Move a frame by a distance in mm and land it on the grid (size kept in whole columns and lines). */
export function moveOnGrid(g: PageGrid, f: Box, dxMm: number, dyMm: number): Box {
  return snapToGrid(g, { x: f.x + dxMm, y: f.y + dyMm, w: f.w, h: f.h });
}

/** Resize a frame from its bottom-right corner by a distance in mm, snapped to the grid. */
export function resizeOnGrid(g: PageGrid, f: Box, dwMm: number, dhMm: number): Box {
  return snapToGrid(g, { x: f.x, y: f.y, w: Math.max(g.columnWidth / 2, f.w + dwMm), h: Math.max(g.pitch / 2, f.h + dhMm) });
}

export type Nudge = 'up' | 'down' | 'left' | 'right';

/** Keyboard nudging: up/down move by one line, left/right by one column. */
export function nudge(g: PageGrid, f: Box, dir: Nudge): Box {
  const step = g.columnWidth + g.gutter;
  const d = { up: [0, -g.pitch], down: [0, g.pitch], left: [-step, 0], right: [step, 0] }[dir];
  return moveOnGrid(g, f, d[0]!, d[1]!);
}

/**
 * How much of the type area (版心) frames cover, 0…1: the share of grid cells (one column by one
 * line) that any frame overlaps by more than half, so gutters and overlaps never count twice.
 */
export function pageFill(g: PageGrid, frames: readonly Box[]): number {
  const cols = g.template.columns;
  if (g.rows <= 0) return 0;
  const covered = new Uint8Array(cols * g.rows);
  for (const f of frames) {
    for (let c = 0; c < cols; c++) {
      const cx = g.columnX(c);
      const overlapX = Math.min(f.x + f.w, cx + g.columnWidth) - Math.max(f.x, cx);
      if (overlapX <= g.columnWidth / 2) continue;
      const r0 = Math.max(0, Math.round((f.y - g.area.y) / g.pitch));
      const r1 = Math.min(g.rows, Math.round((f.y + f.h - g.area.y) / g.pitch));
      for (let r = r0; r < r1; r++) covered[c * g.rows + r] = 1;
    }
  }
  let n = 0;
  for (const v of covered) n += v;
  return n / covered.length;
}

/**
 * Body lines to give a dropped story: its characters spread over `columns` columns of
 * `charsPerColumn`, with a fifth more for paragraph ends and punctuation, within what is free.
 */
export function bodyRowsFor(g: PageGrid, chars: number, columns: number, freeRows: number): number {
  const lines = Math.ceil((chars * 1.2) / (g.template.charsPerColumn * Math.max(1, columns)));
  return clamp(lines, 4, Math.max(1, freeRows));
}

/** The zoom that fits a page of `wPt` × `hPt` points into a viewport of pixels. */
export function fitZoom(wPt: number, hPt: number, viewW: number, viewH: number): number {
  if (wPt <= 0 || hPt <= 0 || viewW <= 0 || viewH <= 0) return 0.25;
  return Math.max(0.05, Math.min(viewW / (wPt * PX_PER_PT), viewH / (hPt * PX_PER_PT)));
}
