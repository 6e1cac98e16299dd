import { CharClass } from '../../../../shared/typeset/char-class';
import type { PreparedParagraph } from './prepare';

/** Where a line ends, written by `breakLine` (reused to keep the hot path allocation-free). */
export interface BreakResult {
  /** UTF-16 offset one past the line's last code unit. */
  end: number;
  /** True when no break satisfied the rules and one was forced (禁则 ignored or a word split). */
  forced: boolean;
}

/**
 * Finds the end of the line that starts at `start` in `avail` units (1/1000 em), greedily,
 * squeezing before pushing (先挤进后推出, clreq 3.1.7):
 * 1. take as much as fits with at most the line-end mark trimmed to ½ em;
 * 2. if the first character that does not fit may not be separated from what precedes it
 *    (禁则, —— / ……, a word, a number and its unit), try to squeeze the line up to the next
 *    legal break, using every compressible blank on the line;
 * 3. otherwise push out: end at the last legal break that fits;
 * 4. with no legal break at all, force one at the overflow point (never splitting a surrogate
 *    pair or a ——/…… pair when avoidable); only a single glyph wider than the measure can
 *    then overflow.
 */
export function breakLine(p: PreparedParagraph, start: number, avail: number, out: BreakResult): void {
  const { cls, adv, lb, rb, gap, brk } = p;
  const n = p.length;
  const startTrim = p.trimLineStart && cls[start] === CharClass.Open ? lb[start]! : 0;
  let x = -startTrim;
  let shr = -startTrim;
  let spaceRun = 0;
  let lastRb = 0;
  let lastFit = -1;
  let i = start;
  for (; i < n; i++) {
    const c = cls[i]!;
    if (c === CharClass.Continuation) continue;
    if (i > start) {
      // [start, i) fitted in the previous iteration.
      if (brk[i] === 1) lastFit = i;
      const g = gap[i]!;
      x += g;
      shr += g >> 1;
    }
    const a = adv[i]!;
    x += a;
    if (c === CharClass.Space) {
      spaceRun += a + (i > start ? gap[i]! : 0);
    } else {
      spaceRun = 0;
      lastRb = rb[i]!;
      shr += lb[i]! + lastRb;
    }
    if (x - spaceRun - lastRb > avail) break;
  }
  out.forced = false;
  if (i >= n) {
    out.end = n;
    return;
  }
  const o = i;
  if (o > start && brk[o] === 1) {
    out.end = o;
    return;
  }
  // 先挤进: carry on to the next legal break and see whether squeezing makes it fit.
  let j = o + 1;
  for (;;) {
    if (j >= n) {
      if (x - spaceRun - shr <= avail) {
        out.end = n;
        return;
      }
      break;
    }
    const c = cls[j]!;
    if (c !== CharClass.Continuation) {
      if (brk[j] === 1) {
        if (x - spaceRun - shr <= avail) {
          out.end = j;
          return;
        }
        break;
      }
      const g = gap[j]!;
      x += g + adv[j]!;
      shr += g >> 1;
      if (c === CharClass.Space) {
        spaceRun += adv[j]! + g;
      } else {
        spaceRun = 0;
        shr += lb[j]! + rb[j]!;
      }
      if (x - spaceRun - shr > avail) break;
    }
    j++;
  }
  // 后推出.
  if (lastFit > start) {
    out.end = lastFit;
    return;
  }
  out.forced = true;
  if (o === start) {
    out.end = start + (start + 1 < n && cls[start + 1] === CharClass.Continuation ? 2 : 1);
    return;
  }
  let end = o;
  const prev = cls[end - 1] === CharClass.Continuation ? end - 2 : end - 1;
  const a = cls[prev]!;
  const b = cls[end]!;
  if (prev > start && ((a === CharClass.Dash && b === CharClass.Dash) || (a === CharClass.Ellipsis && b === CharClass.Ellipsis))) {
    end = prev;
  }
  out.end = end;
}
