import { BLACK, type InkColor, type TextItem } from '../model/display-list';
import type { ComposedLine } from '../typeset/types';

/** Turn composed lines (frame-relative points) into page display items at a frame origin. */
export function linesToItems(
  lines: readonly ComposedLine[],
  origin: { x: number; y: number },
  meta: { frameId?: number; storyId?: number; color?: InkColor } = {},
): TextItem[] {
  const out: TextItem[] = [];
  for (const line of lines) {
    for (const run of line.runs) {
      if (!run.text) continue;
      const item: TextItem = {
        kind: 'text',
        text: run.text,
        fontId: run.fontId,
        size: run.size,
        scaleX: run.scaleX,
        x: Array.from(run.x, (v) => round(origin.x + v)),
        y: round(origin.y + run.baseline),
        color: meta.color ?? BLACK,
      };
      if (meta.frameId !== undefined) item.frameId = meta.frameId;
      if (meta.storyId !== undefined) item.storyId = meta.storyId;
      out.push(item);
    }
  }
  return out;
}

/** Positions to 1/1000 pt: far below a printer's resolution, and keeps display lists small and stable. */
export const round = (v: number): number => Math.round(v * 1000) / 1000;
