import { BLACK, type DisplayItem, type InkColor, type TextItem } from '../model/display-list';
import type { ComposedLine, GlyphRun } from '../typeset/types';

/** Where a CJK 破折号 sits: the middle of the ideographic em box, as U+2015 is drawn. */
const DASH_RAISE = 0.38;

/** Stroke of the drawn 破折号 in ems, matching the weight of the face it stands in. */
function dashStroke(fontId: string): number {
  const weight = Number(/-(\d{3})$/.exec(fontId)?.[1] ?? 400);
  return weight >= 900 ? 0.075 : weight >= 700 ? 0.065 : 0.05;
}

/**
 * Turn composed lines (frame-relative points) into page display items at a frame origin. Each run
 * of two or more em dashes (the 破折号 ——, GB/T 15834 4.9) becomes one continuous rule over the
 * ems the composer gave it, with the dashes kept as hidden text so the PDF still extracts "——":
 * the fonts' em dashes are Western, low and leave a gap between the two halves.
 */
export function linesToItems(
  lines: readonly ComposedLine[],
  origin: { x: number; y: number },
  meta: { frameId?: number; storyId?: number; color?: InkColor } = {},
): DisplayItem[] {
  const out: DisplayItem[] = [];
  for (const line of lines) {
    for (const run of line.runs) {
      if (!run.text) continue;
      for (const piece of splitDashes(run)) {
        const item: TextItem = {
          kind: 'text',
          text: piece.text,
          fontId: run.fontId,
          size: run.size,
          scaleX: run.scaleX,
          x: piece.x.map((v) => round(origin.x + v)),
          y: round(origin.y + run.baseline),
          color: meta.color ?? BLACK,
        };
        if (meta.frameId !== undefined) item.frameId = meta.frameId;
        if (meta.storyId !== undefined) item.storyId = meta.storyId;
        if (piece.dash) {
          item.hidden = true;
          const em = run.size * run.scaleX;
          const y = round(origin.y + run.baseline - DASH_RAISE * run.size);
          out.push({ kind: 'rule', x1: round(origin.x + piece.x[0]! + 0.02 * em), y1: y, x2: round(origin.x + piece.end - 0.02 * em), y2: y, width: round(dashStroke(run.fontId) * run.size), color: item.color });
        }
        out.push(item);
      }
    }
  }
  return out;
}

/** Split a run into plain text and runs of em dashes; `end` is where the last glyph's em ends. */
function splitDashes(run: GlyphRun): Array<{ text: string; x: number[]; dash: boolean; end: number }> {
  const cps = Array.from(run.text);
  const xs = Array.from(run.x);
  const pieces: Array<{ text: string; x: number[]; dash: boolean; end: number }> = [];
  let i = 0;
  while (i < cps.length) {
    let j = i;
    const dash = cps[i] === '\u2014';
    while (j < cps.length && (cps[j] === '\u2014') === dash) j++;
    const isDashRun = dash && j - i >= 2;
    // A lone em dash stays a glyph: only the doubled 破折号 is drawn as one line.
    const last = pieces[pieces.length - 1];
    if (!isDashRun && last && !last.dash) {
      last.text += cps.slice(i, j).join('');
      last.x.push(...xs.slice(i, j));
    } else {
      const endX = j < xs.length ? xs[j]! : xs[j - 1]! + run.size * run.scaleX;
      pieces.push({ text: cps.slice(i, j).join(''), x: xs.slice(i, j), dash: isDashRun, end: endX });
    }
    i = j;
  }
  return pieces;
}

/** Positions to 1/1000 pt: far below a printer's resolution, and keeps display lists small and stable. */
export const round = (v: number): number => Math.round(v * 1000) / 1000;
