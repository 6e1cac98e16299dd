import { CharClass } from '../../../../shared/typeset/char-class';
import type { PreparedParagraph } from './prepare';
import { GAP_PRIORITY, PRIORITY_LEVELS, squeezePriority } from '../../../../shared/typeset/punctuation';
import { EM } from '../../../../shared/typeset/units';

/** The result of positioning one line (reused between calls). */
export interface Placement {
  /** Pen position (glyph-box origin) per UTF-16 slot of the line, from the line's left edge, in 1/1000 em. */
  origin: Int32Array;
  /** Line width in 1/1000 em, trailing spaces excluded. */
  width: number;
  /** True when the line was stretched or squeezed to exactly the measure. */
  justified: boolean;
  /** True when even full squeezing left the line wider than the measure. */
  overfull: boolean;
}

let dL = new Int32Array(256);
let dR = new Int32Array(256);
let dG = new Int32Array(256);
let add = new Int32Array(256);
let room = new Int32Array(256);
let share = new Int32Array(256);

function ensure(len: number): void {
  if (dL.length >= len) return;
  const size = Math.max(len, dL.length * 2);
  dL = new Int32Array(size);
  dR = new Int32Array(size);
  dG = new Int32Array(size);
  add = new Int32Array(size);
  room = new Int32Array(size);
  share = new Int32Array(size);
}

/** Creates a reusable placement buffer. */
export function createPlacement(): Placement {
  return { origin: new Int32Array(256), width: 0, justified: false, overfull: false };
}

// Shares `take` out of the `total` room listed in `room[0..len)` in proportion, with the
// integer remainder going to the first items that still have room: exact and deterministic.
function distribute(len: number, total: number, take: number, target: Int32Array): void {
  let given = 0;
  for (let k = 0; k < len; k++) {
    const r = room[k]!;
    if (r === 0) continue;
    const share = Math.floor((r * take) / total);
    target[k] = target[k]! + share;
    room[k] = r - share;
    given += share;
  }
  for (let k = 0; k < len && given < take; k++) {
    if (room[k]! > 0) {
      target[k] = target[k]! + 1;
      room[k] = room[k]! - 1;
      given++;
    }
  }
}

/**
 * Positions the line [start, end) in `avail` units: squeezes in clreq's reduction order
 * when it is too wide. When `justify` is set and it is short, first undoes adjacent-mark
 * compression (which puts the following glyphs back on the character grid), then stretches
 * Western spaces (to ½ em), then Han–Latin gaps (to ½ em), then spreads the rest evenly
 * between characters (never inside a word, ——, ……, or around connectors).
 */
export function placeLine(
  p: PreparedParagraph,
  start: number,
  end: number,
  avail: number,
  justify: boolean,
  out: Placement,
): void {
  const { cls, adv, lb, rb, gap, preLeft, stretch } = p;
  const len = end - start;
  ensure(len);
  if (out.origin.length < len) out.origin = new Int32Array(Math.max(len, out.origin.length * 2));
  dL.fill(0, 0, len);
  dR.fill(0, 0, len);
  dG.fill(0, 0, len);
  add.fill(0, 0, len);

  let t = end;
  while (t > start && cls[t - 1] === CharClass.Space) t--;
  let last = t - 1;
  if (last > start && cls[last] === CharClass.Continuation) last--;
  const startTrim = p.trimLineStart && cls[start] === CharClass.Open ? lb[start]! : 0;

  let natural = -startTrim;
  for (let i = start; i < t; i++) {
    natural += adv[i]!;
    if (i > start) natural += gap[i]!;
  }
  let excess = natural - avail;
  let justified = false;

  if (excess > 0 && last >= start) {
    // 1. The line-end mark gives up its right blank.
    const endTake = Math.min(rb[last]!, excess);
    dR[last - start] = endTake;
    excess -= endTake;
    for (let pr = 2; pr <= PRIORITY_LEVELS && excess > 0; pr++) {
      let total = 0;
      room.fill(0, 0, len);
      if (pr === GAP_PRIORITY) {
        for (let i = start + 1; i < t; i++) {
          const r = gap[i]! >> 1;
          room[i - start] = r;
          total += r;
        }
        if (total === 0) continue;
        const take = Math.min(total, excess);
        distribute(len, total, take, dG);
        excess -= take;
        continue;
      }
      for (let i = start; i < t; i++) {
        const c = cls[i]! as CharClass;
        if (squeezePriority(c) !== pr) continue;
        let r: number;
        if (c === CharClass.Space) r = Math.max(0, adv[i]! - EM / 4);
        else r = lb[i]! - (i === start ? startTrim : 0) + rb[i]! - dR[i - start]!;
        room[i - start] = r;
        total += r;
      }
      if (total === 0) continue;
      const take = Math.min(total, excess);
      // A mark's share comes off its left blank first, then its right.
      share.fill(0, 0, len);
      distribute(len, total, take, share);
      for (let k = 0; k < len; k++) {
        const s = share[k]!;
        if (s === 0) continue;
        const i = start + k;
        const leftRoom = lb[i]! - (i === start ? startTrim : 0) - dL[k]!;
        const l = cls[i] === CharClass.Space ? 0 : Math.min(leftRoom, s);
        dL[k] = dL[k]! + l;
        dR[k] = dR[k]! + s - l;
      }
      excess -= take;
    }
    justified = excess === 0;
  } else if (excess < 0 && justify) {
    let slack = -excess;
    // 0. Undo adjacent-mark compression first: it puts the following glyphs back on the grid.
    let total = 0;
    room.fill(0, 0, len);
    for (let i = start + 1; i < t; i++) {
      const r = p.pairTrim[i]!;
      room[i - start] = r;
      total += r;
    }
    if (total > 0) {
      const take = Math.min(total, slack);
      share.fill(0, 0, len);
      distribute(len, total, take, share);
      for (let k = 0; k < len; k++) dG[k] = dG[k]! - share[k]!;
      slack -= take;
    }
    // a. Western word spaces up to ½ em.
    total = 0;
    room.fill(0, 0, len);
    for (let i = start + 1; i < t; i++) {
      if (cls[i] !== CharClass.Space || adv[i] === 0) continue;
      const r = Math.max(0, EM / 2 - adv[i]!);
      room[i - start] = r;
      total += r;
    }
    if (total > 0) {
      const take = Math.min(total, slack);
      distribute(len, total, take, add);
      slack -= take;
    }
    // b. Han–Latin gaps up to ½ em (stored as negative squeeze).
    if (slack > 0) {
      total = 0;
      room.fill(0, 0, len);
      for (let i = start + 1; i < t; i++) {
        const g = gap[i]!;
        if (g === 0) continue;
        const r = Math.max(0, EM / 2 - g);
        room[i - start] = r;
        total += r;
      }
      if (total > 0) {
        const take = Math.min(total, slack);
        share.fill(0, 0, len);
        distribute(len, total, take, share);
        for (let k = 0; k < len; k++) dG[k] = dG[k]! - share[k]!;
        slack -= take;
      }
    }
    // c. Even inter-character spacing.
    if (slack > 0) {
      let k = 0;
      for (let i = start; i < last; i++) if (cls[i] !== CharClass.Continuation && stretch[i] === 1) k++;
      if (k > 0) {
        const per = Math.floor(slack / k);
        let rem = slack - per * k;
        for (let i = start; i < last; i++) {
          if (cls[i] === CharClass.Continuation || stretch[i] !== 1) continue;
          let extra = per;
          if (rem > 0) {
            extra++;
            rem--;
          }
          add[i - start] = add[i - start]! + extra;
        }
        slack = 0;
      }
    }
    justified = slack === 0;
  } else if (excess === 0) {
    justified = true;
  }

  // Pen walk: glyph-box origin of every slot; trailing spaces take no width.
  const origin = out.origin;
  let pen = 0;
  for (let i = start; i < end; i++) {
    const k = i - start;
    if (cls[i] === CharClass.Continuation) {
      origin[k] = origin[k - 1] ?? pen;
      continue;
    }
    if (i >= t) {
      origin[k] = pen;
      continue;
    }
    if (i > start) pen += gap[i]! - dG[k]!;
    const lt = i === start ? startTrim : 0;
    origin[k] = pen - preLeft[i]! - lt - dL[k]!;
    pen += adv[i]! - lt - dL[k]! - dR[k]! + add[k]!;
  }
  // The last glyph's stretch is never added (k excludes `last`), so pen is the width.
  out.width = pen;
  out.justified = justified;
  out.overfull = excess > 0;
}
