import type { Frame } from '../../shared/model/layout';

/** How far around a picture a story's frame still counts as beside it, in mm (about a line and a gutter). */
const REACH = 5;

const overlap = (a: Frame, b: Frame, grow: number): number => {
  const w = Math.min(a.x + a.w + grow, b.x + b.w) - Math.max(a.x - grow, b.x);
  const h = Math.min(a.y + a.h + grow, b.y + b.h) - Math.max(a.y - grow, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

/**
 * The story a picture illustrates, for the e-paper's article pages: the story whose frames on the
 * same page the picture overlaps (its text wraps around it) or sits against most. Null when no
 * story's frame is near — a picture on its own.
 */
export function pictureOwner(picture: Frame, frames: readonly Frame[]): number | null {
  const score = new Map<number, number>();
  for (const f of frames) {
    if (f.storyId === null || f.id === picture.id || f.pageId !== picture.pageId) continue;
    const a = overlap(picture, f, REACH);
    if (a > 0) score.set(f.storyId, (score.get(f.storyId) ?? 0) + a);
  }
  let best: number | null = null;
  let most = 0;
  for (const [id, a] of score) if (a > most || (a === most && best !== null && id < best)) [best, most] = [id, a];
  return best;
}
