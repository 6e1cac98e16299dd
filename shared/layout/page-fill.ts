import { mmToPt, type DisplayItem, type FrameBox, type PageFill } from '../model/display-list';
import { gridOf, type PageTemplate } from './templates';

/** Frames whose whole area is ink or deliberate white (a headline block, a box, a picture, a rule). */
const SOLID = new Set(['masthead', 'folio', 'headline', 'box', 'image', 'rule']);

/**
 * How much of the type area (版心) holds something, on the grid of one column by one line: solid
 * frames count whole, a body frame only down to its last line of text — an empty or half-empty
 * column is white on the plate whatever frame is drawn around it. Also, per column, how many lines
 * at its foot hold nothing: what preflight calls an unfilled column.
 */
export function pageFill(template: PageTemplate, frames: readonly FrameBox[], items: readonly DisplayItem[]): PageFill {
  const g = gridOf(template);
  const cols = template.columns;
  const rows = g.rows;
  const top = mmToPt(g.area.y);
  const pitch = template.bodyLeading;
  const colX = (c: number): number => mmToPt(g.columnX(c));
  const colW = mmToPt(g.columnWidth);
  // The lowest ink of each body frame: the last baseline plus the descent of its type.
  const textBottom = new Map<number, number>();
  for (const it of items) {
    if (it.kind !== 'text' || it.frameId === undefined || it.hidden) continue;
    const bottom = Math.max(it.y, ...(it.yEach ?? [])) + 0.2 * it.size;
    textBottom.set(it.frameId, Math.max(textBottom.get(it.frameId) ?? -Infinity, bottom));
  }
  const covered = new Uint8Array(cols * rows);
  for (const f of frames) {
    const bottom = SOLID.has(f.role) ? f.y + f.h : Math.min(f.y + f.h, textBottom.get(f.id) ?? -Infinity);
    if (!(bottom > f.y)) continue;
    const r0 = Math.max(0, Math.floor((f.y - top) / pitch + 1e-6));
    const r1 = Math.min(rows, Math.ceil((bottom - top) / pitch - 1e-6));
    for (let c = 0; c < cols; c++) {
      const overlap = Math.min(f.x + f.w, colX(c) + colW) - Math.max(f.x, colX(c));
      if (overlap <= colW / 2) continue;
      for (let r = r0; r < r1; r++) covered[c * rows + r] = 1;
    }
  }
  let n = 0;
  const emptyFoot: number[] = [];
  for (let c = 0; c < cols; c++) {
    let foot = 0;
    for (let r = rows - 1; r >= 0 && !covered[c * rows + r]; r--) foot++;
    emptyFoot.push(foot);
    for (let r = 0; r < rows; r++) n += covered[c * rows + r]!;
  }
  return { share: rows * cols > 0 ? Math.round((n / (rows * cols)) * 10_000) / 10_000 : 0, rows, emptyFoot };
}
