import { CharClass } from './char-class';
import { createPlacement, placeLine } from './place-line';
import type { PreparedParagraph } from './prepare';
import { indentUnits } from './set-line';
import { EM } from './units';

const placement = createPlacement();

/**
 * How loose a justified line is: the space justification adds to the line [start, end) of `p`
 * at `measure` (1/1000 em), in ems per gap between its glyphs — what a reader sees as
 * letter-spacing. 0 for a line that fills the measure or is squeezed to it, and for the last
 * line of a paragraph (set ragged). The figure the loose-line count of the benchmark and the
 * breaker's tests read; independent of how the breaker chose the line.
 */
export function looseness(p: PreparedParagraph, start: number, end: number, measure: number): number {
  if (end >= p.length) return 0;
  const avail = measure - (start === 0 ? indentUnits(p) : 0);
  placeLine(p, start, end, avail, false, placement);
  const slack = avail - placement.width;
  if (slack <= 0) return 0;
  const { cls } = p;
  let t = end;
  while (t > start && cls[t - 1] === CharClass.Space) t--;
  let glyphs = 0;
  // A typed space set as a Han–Latin gap (zero width) is no glyph.
  for (let i = start; i < t; i++) if (cls[i] !== CharClass.Continuation && !(cls[i] === CharClass.Space && p.adv[i] === 0)) glyphs++;
  return glyphs > 1 ? slack / (glyphs - 1) / EM : slack / EM;
}

/** Looseness above which a line reads as letter-spaced (the 0.1 em per gap). */
export const LOOSE_PER_GAP = 0.1;
