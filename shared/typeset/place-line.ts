import { CharClass, CLASS_COUNT } from './char-class';
import type { PreparedParagraph } from './prepare';
import { GAP_PRIORITY, PRIORITY_LEVELS, squeezePriority } from './punctuation';
import { EM } from './units';

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

const SPACE = CharClass.Space;
const CONT = CharClass.Continuation;
const OPEN = CharClass.Open;
const HALF = EM / 2;

// Bit `1 << squeezePriority(class)` per class, so a line knows which levels it can squeeze.
const LEVEL_BIT = new Uint8Array(CLASS_COUNT);
for (let c = 0; c < CLASS_COUNT; c++) {
  const pr = squeezePriority(c as CharClass);
  if (pr > 0) LEVEL_BIT[c] = 1 << pr;
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
  const { cls, adv, lb, rb, gap, preLeft, stretch, pairTrim } = p;
  const len = end - start;
  ensure(len);
  if (out.origin.length < len) out.origin = new Int32Array(Math.max(len, out.origin.length * 2));

  let t = end;
  while (t > start && cls[t - 1] === SPACE) t--;
  let last = t - 1;
  if (last > start && cls[last] === CONT) last--;
  const startTrim = p.trimLineStart && cls[start] === OPEN ? lb[start]! : 0;

  // Natural width, and whether the line has any of the blanks the justify steps 0–b adjust
  // (most body lines have none, so those steps are skipped without touching their buffers).
  let natural = -startTrim;
  let trims = 0;
  let spaces = 0;
  let gaps = 0;
  let levels = 0;
  for (let i = start; i < t; i++) {
    natural += adv[i]!;
    levels |= LEVEL_BIT[cls[i]!]!;
    if (i > start) {
      const g = gap[i]!;
      natural += g;
      gaps |= g;
      trims |= pairTrim[i]!;
      if (cls[i] === SPACE) spaces = 1;
    }
  }
  let excess = natural - avail;
  if (excess <= 0 && (excess === 0 || !justify || (trims | gaps | spaces) === 0)) {
    placePlain(p, start, end, t, last, startTrim, excess < 0 && justify ? -excess : 0, excess === 0, out);
    return;
  }
  let justified = false;
  // Lines that get here (squeezed, or with Western spaces or Han–Latin gaps to stretch) are
  // few: every buffer is cleared. A loop, not fill(): lines are ~13 slots.
  for (let k = 0; k < len; k++) {
    add[k] = 0;
    dL[k] = 0;
    dR[k] = 0;
    dG[k] = 0;
  }

  if (excess > 0 && last >= start) {
    // 1. The line-end mark gives up its right blank.
    const endTake = Math.min(rb[last]!, excess);
    dR[last - start] = endTake;
    excess -= endTake;
    for (let pr = 2; pr <= PRIORITY_LEVELS && excess > 0; pr++) {
      // A level with nothing on the line to squeeze gives nothing: skip its passes.
      if (pr === GAP_PRIORITY ? gaps === 0 : (levels & (1 << pr)) === 0) continue;
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
    if (trims !== 0) {
      room.fill(0, 0, len);
      for (let i = start + 1; i < t; i++) {
        const r = pairTrim[i]!;
        room[i - start] = r;
        total += r;
      }
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
    if (spaces !== 0) {
      room.fill(0, 0, len);
      for (let i = start + 1; i < t; i++) {
        // A typed space set as the Han–Latin gap (zero width) is not a word space.
        if (cls[i] !== SPACE || adv[i] === 0) continue;
        const r = Math.max(0, HALF - adv[i]!);
        room[i - start] = r;
        total += r;
      }
    }
    if (total > 0) {
      const take = Math.min(total, slack);
      distribute(len, total, take, add);
      slack -= take;
    }
    // b. Han–Latin gaps up to ½ em (stored as negative squeeze).
    if (slack > 0 && gaps !== 0) {
      total = 0;
      room.fill(0, 0, len);
      for (let i = start + 1; i < t; i++) {
        const g = gap[i]!;
        if (g === 0) continue;
        const r = Math.max(0, HALF - g);
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
      for (let i = start; i < last; i++) if (stretch[i] === 1 && cls[i] !== CONT) k++;
      if (k > 0) {
        const per = Math.floor(slack / k);
        let rem = slack - per * k;
        for (let i = start; i < last; i++) {
          if (stretch[i] !== 1 || cls[i] === CONT) continue;
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
    if (cls[i] === CONT) {
      origin[k] = k > 0 ? origin[k - 1]! : pen;
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

/**
 * The common body line, in two passes and no scratch buffer: nothing to squeeze, no blanks
 * to restore, so the only adjustment is `slack` spread evenly over the stretch points (the
 * same shares, remainder to the first points, as step c of `placeLine`). A ragged or exact
 * line passes `slack` 0.
 */
function placePlain(p: PreparedParagraph, start: number, end: number, t: number, last: number, startTrim: number, slack: number, exact: boolean, out: Placement): void {
  const { cls, adv, gap, preLeft, stretch } = p;
  let per = 0;
  let rem = 0;
  let justified = exact;
  if (slack > 0) {
    let k = 0;
    for (let i = start; i < last; i++) if (stretch[i] === 1 && cls[i] !== CONT) k++;
    if (k > 0) {
      per = Math.floor(slack / k);
      rem = slack - per * k;
      justified = true;
    }
  }
  const origin = out.origin;
  let pen = 0;
  for (let i = start; i < end; i++) {
    const k = i - start;
    if (cls[i] === CONT) {
      origin[k] = k > 0 ? origin[k - 1]! : pen;
      continue;
    }
    if (i >= t) {
      origin[k] = pen;
      continue;
    }
    if (i > start) pen += gap[i]!;
    const lt = i === start ? startTrim : 0;
    origin[k] = pen - preLeft[i]! - lt;
    pen += adv[i]! - lt;
    if (i < last && stretch[i] === 1) {
      pen += per;
      if (rem > 0) {
        pen++;
        rem--;
      }
    }
  }
  out.width = pen;
  out.justified = justified;
  out.overfull = false;
}
