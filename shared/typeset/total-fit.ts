import { breakLine, type BreakResult } from './break-line';
import { CharClass } from './char-class';
import type { PreparedParagraph } from './prepare';
import { EM } from './units';

/**
 * Total-fit line breaking for justified paragraphs, in the spirit of Knuth–Plass: instead of
 * filling each line as far as it goes (greedy 先挤后推), the breaks of the whole paragraph are
 * chosen together, so squeezing a mark on an earlier line or pushing a character down a line
 * sooner can save a line later from being letter-spaced loose.
 *
 * - The 禁则, ——/…… pairs, words and numbers with their units stay hard constraints: only the
 *   legal breaks the analysis marked (`brk`) are candidates.
 * - A candidate line must fit with every blank the placer can squeeze (the same test the
 *   greedy breaker makes), so a chosen line never overflows.
 * - Each line costs demerits as in TeX, (line penalty + badness)²: badness grows with the cube
 *   of the looseness per gap between characters (0.1 em per gap is badness 100) or of the share
 *   of the line's squeezable blank used, so one line spaced by two ems costs far more than two
 *   lines spaced by one, and squeezing a few marks is cheaper than pushing a character down
 *   (先挤后推). A line-end mark hanging into its own blank is free, as in the greedy breaker.
 *
 * The optimum is computed backwards (the best way to set the rest of the paragraph from each
 * break), so the line that starts at a given offset depends only on the paragraph, that
 * offset and the measure — what the flow cache relies on when it reuses lines — and a line
 * set after a column of another width simply starts a new plan from where it is.
 */

// Demerits. A line costs (LINE + badness)², badness 0…WORST; a forced break (no legal break
// fits) costs more than any set of legal lines.
const LINE = 10;
const WORST = 10_000;
const FORCED = 1e12;
// Badness of stretching by 0.1 em per gap between characters (cube law, as TeX's badness).
const LOOSE = 100;
const LOOSE_UNIT = 0.1;
// Badness of using all the squeezable blank of a line (its end mark's blank aside): low, since
// squeezing marks before pushing a character down is the rule (先挤后推).
const SQUEEZE = 30;
// Lines looser than this many ems are candidates only when nothing tighter is legal.
const SLACK_LIMIT = 1.5 * EM;
const HALF = EM / 2;
const QUARTER = EM / 4;

const SPACE = CharClass.Space;
const CONT = CharClass.Continuation;
const OPEN = CharClass.Open;

/** One paragraph's plan at one measure. */
interface Plan {
  p: PreparedParagraph | null;
  measure: number;
  /** Prefix sums per slot: natural advance + gap; squeezable blank; stretch points; glyphs; stretch room of spaces and gaps. */
  adv: Float64Array;
  shrink: Float64Array;
  points: Int32Array;
  glyphs: Int32Array;
  soft: Float64Array;
  /** Per start offset: the chosen end, whether it was forced, the cost from there, whether known. */
  next: Int32Array;
  forced: Uint8Array;
  cost: Float64Array;
  known: Uint8Array;
  /** Last use, for replacing the least recently used plan. */
  used: number;
}

function newPlan(): Plan {
  return {
    p: null,
    measure: 0,
    adv: new Float64Array(0),
    shrink: new Float64Array(0),
    points: new Int32Array(0),
    glyphs: new Int32Array(0),
    soft: new Float64Array(0),
    next: new Int32Array(0),
    forced: new Uint8Array(0),
    cost: new Float64Array(0),
    known: new Uint8Array(0),
    used: 0,
  };
}

// A flow sets a paragraph's lines one after another, at one measure or — across columns of
// different widths — a few: a handful of plans covers every interleaving the flow makes.
const plans: Plan[] = [newPlan(), newPlan(), newPlan(), newPlan()];
let clock = 0;
const greedy: BreakResult = { end: 0, forced: false };

// The plan being solved, its tables held in module bindings: a start's window of candidate
// lines is the innermost loop (every legal break of the paragraph is solved once), and reads
// there should go neither through the plan object nor through the paragraph.
let curP: PreparedParagraph | null = null;
let curCls: Uint8Array = new Uint8Array(0);
let curBrk: Uint8Array = new Uint8Array(0);
let curGap: Int16Array = new Int16Array(0);
let curLb: Int16Array = new Int16Array(0);
let curRb: Int16Array = new Int16Array(0);
let curA: Float64Array = new Float64Array(0);
let curS: Float64Array = new Float64Array(0);
let curK: Int32Array = new Int32Array(0);
let curG: Int32Array = new Int32Array(0);
let curF: Float64Array = new Float64Array(0);
let curNext: Int32Array = new Int32Array(0);
let curForced: Uint8Array = new Uint8Array(0);
let curCost: Float64Array = new Float64Array(0);
let curKnown: Uint8Array = new Uint8Array(0);
let curN = 0;
let curMeasure = 0;
let curIndent = 0;
let curTrim = false;

function use(plan: Plan): void {
  const p = plan.p!;
  curP = p;
  curCls = p.cls;
  curBrk = p.brk;
  curGap = p.gap;
  curLb = p.lb;
  curRb = p.rb;
  curA = plan.adv;
  curS = plan.shrink;
  curK = plan.points;
  curG = plan.glyphs;
  curF = plan.soft;
  curNext = plan.next;
  curForced = plan.forced;
  curCost = plan.cost;
  curKnown = plan.known;
  curN = p.length;
  curMeasure = plan.measure;
  curIndent = indentOf(p);
  curTrim = p.trimLineStart;
}

/**
 * The end of the line of a justified paragraph `p` that starts at `start`, at `measure`
 * (1/1000 em; the first line loses the indent), chosen for the best whole paragraph.
 */
export function breakTotalFit(p: PreparedParagraph, start: number, measure: number, out: BreakResult): void {
  if (start >= p.length) {
    out.end = p.length;
    out.forced = false;
    return;
  }
  let plan = cachedPlan(p, measure);
  if (plan === null) {
    // The rest fits on one line at its natural width: the plan would end it there (one last
    // line costs the least any line can, and every other end adds a line), so no plan is built
    // — a headline-length paragraph, or one re-set at a wider measure.
    if (fitsNaturally(p, start, measure - (start === 0 ? indentOf(p) : 0))) {
      out.end = p.length;
      out.forced = false;
      return;
    }
    plan = newestPlan(p, measure);
  }
  if (plan.known[start] !== 1) {
    use(plan);
    solve(start);
  }
  out.end = plan.next[start]!;
  out.forced = plan.forced[start] === 1;
}

/** True when [start, end of paragraph) is no wider than `avail` unsqueezed (stops at the first slot past it). */
function fitsNaturally(p: PreparedParagraph, start: number, avail: number): boolean {
  const { adv, gap, lb, cls } = p;
  const n = p.length;
  let w = -gap[start]! - (p.trimLineStart && cls[start] === OPEN ? lb[start]! : 0);
  for (let i = start; i < n; i++) {
    w += adv[i]! + gap[i]!;
    if (w > avail) return false;
  }
  return true;
}

function cachedPlan(p: PreparedParagraph, measure: number): Plan | null {
  for (const plan of plans) {
    if (plan.p === p && plan.measure === measure) {
      plan.used = ++clock;
      return plan;
    }
  }
  return null;
}

function newestPlan(p: PreparedParagraph, measure: number): Plan {
  let oldest = plans[0]!;
  for (const plan of plans) if (plan.used < oldest.used) oldest = plan;
  build(oldest, p, measure);
  oldest.used = ++clock;
  return oldest;
}

function build(plan: Plan, p: PreparedParagraph, measure: number): void {
  const n = p.length;
  if (plan.next.length < n + 1) {
    const size = Math.max(n + 1, plan.next.length * 2);
    plan.adv = new Float64Array(size);
    plan.shrink = new Float64Array(size);
    plan.points = new Int32Array(size);
    plan.glyphs = new Int32Array(size);
    plan.soft = new Float64Array(size);
    plan.next = new Int32Array(size);
    plan.forced = new Uint8Array(size);
    plan.cost = new Float64Array(size);
    plan.known = new Uint8Array(size);
  }
  plan.p = p;
  plan.measure = measure;
  use(plan);
  const { cls, adv, lb, rb, gap, stretch, pairTrim } = p;
  const A = plan.adv;
  const S = plan.shrink;
  const K = plan.points;
  const G = plan.glyphs;
  const F = plan.soft;
  // Running sums kept in locals (every width is an integer, so the sums are exact whichever
  // way they are added): one write per table and slot, no read back.
  let a0 = 0;
  let s0 = 0;
  let k0 = 0;
  let g0 = 0;
  let f0 = 0;
  A[0] = 0;
  S[0] = 0;
  K[0] = 0;
  G[0] = 0;
  F[0] = 0;
  for (let i = 0; i < n; i++) {
    const c = cls[i]!;
    const a = adv[i]!;
    const g = gap[i]!;
    A[i + 1] = a0 += a + g;
    // What the placer can squeeze: marks' blanks, half of each Han–Latin gap, Western spaces down to ¼ em.
    S[i + 1] = s0 += (c === SPACE ? (a > QUARTER ? a - QUARTER : 0) : lb[i]! + rb[i]!) + (g >> 1);
    if (stretch[i] === 1 && c !== CONT) k0++;
    K[i + 1] = k0;
    // Glyphs the reader sees: not the second half of a surrogate pair, nor a typed space set as a gap.
    if (c !== CONT && !(c === SPACE && a === 0)) g0++;
    G[i + 1] = g0;
    let soft = pairTrim[i]!;
    if (g > 0 && g < HALF) soft += HALF - g;
    if (c === SPACE && a > 0 && a < HALF) soft += HALF - a;
    F[i + 1] = f0 += soft;
  }
  const known = plan.known;
  known.fill(0, 0, n + 1);
  known[n] = 1;
  plan.cost[n] = 0;
  plan.next[n] = n;
  plan.forced[n] = 0;
  const brk = p.brk;
  // Backwards: every legal break's best continuation is known before any earlier start needs
  // it. A forced chain only runs forwards, so a start met here is never known yet.
  lastLo = n;
  for (let i = n - 1; i > 0; i--) if (brk[i] === 1 && !solveLegal(i)) solve(i);
  solve(0);
}

/** Indent of the first line, in 1/1000 em. */
function indentOf(p: PreparedParagraph): number {
  return Math.round(p.style.indent * EM);
}

// The best line from `start` to a legal break of the current plan, given the best
// continuations after it (all later breaks known); false when no legal break fits.
function solveLegal(start: number): boolean {
  const n = curN;
  const cls = curCls;
  const brk = curBrk;
  const A = curA;
  const S = curS;
  const cost = curCost;
  const avail = curMeasure - (start === 0 ? curIndent : 0);
  const startTrim = curTrim && cls[start] === OPEN ? curLb[start]! : 0;
  const g0 = curGap[start]!;
  // Natural width of [start, t) is A[t] - base; squeezable blank S[t] - sBase.
  const base = A[start]! + g0 + startTrim;
  const sBase = S[start]! + (g0 >> 1) + startTrim;
  // Lines shorter than avail - SLACK_LIMIT are not considered while a tighter one is legal:
  // find the first slot past that point (A is non-decreasing).
  const floor = base + avail - SLACK_LIMIT;
  // Walked from the window of the start solved last (the next slot, while a plan is built):
  // a step or two, where a binary search would take a dozen unpredictable ones.
  let lo = lastLo > start + 1 ? (lastLo < n ? lastLo : n) : start + 1 < n ? start + 1 : n;
  while (lo > start + 1 && A[lo - 1]! >= floor) lo--;
  while (lo < n && A[lo]! < floor) lo++;
  lastLo = lo;
  let best = Infinity;
  let bestEnd = -1;
  // The widest a line may be before it cannot fit even fully squeezed.
  const limit = base + avail;
  for (let j = lo; j <= n; j++) {
    const aj = A[j]!;
    // No later break can fit once the text up to here does not, squeezed (trailing spaces
    // aside; natural width less squeezable blank never shrinks as a line grows): stop, or a
    // long unbreakable run would be scanned to its end from every start.
    if (aj - base - (S[j]! - sBase) > avail && cls[j - 1] !== SPACE) break;
    if (j < n && brk[j] !== 1) continue;
    // No line costs less than EXACT: a break whose continuation alone cannot beat the best
    // found needs no costing (ties keep the earlier end, so skipping an equal one is exact).
    const rest = cost[j]!;
    if (EXACT + rest >= best) continue;
    // The common line (no trailing space, exactly full) without the general cost's reads.
    const c = aj === limit && j < n && cls[j - 1] !== SPACE ? EXACT : lineCost(start, j, avail, base, sBase);
    if (c === Infinity) break;
    const total = c + rest;
    if (total < best) {
      best = total;
      bestEnd = j;
    }
  }
  if (bestEnd < 0) {
    // Nothing in the window: the last legal break before it (a long word pushed down whole).
    for (let j = lo - 1; j > start; j--) {
      if (brk[j] !== 1) continue;
      const c = lineCost(start, j, avail, base, sBase);
      if (c !== Infinity) {
        best = c + cost[j]!;
        bestEnd = j;
      }
      break;
    }
  }
  if (bestEnd < 0) return false;
  curNext[start] = bestEnd;
  curForced[start] = 0;
  cost[start] = best;
  curKnown[start] = 1;
  return true;
}

// Where the last window began (see solveLegal).
let lastLo = 0;

// Starts waiting for the cost after their forced break (reused; a chain is rare and short).
const pending: number[] = [];

/**
 * Solves `start` of the current plan. Where no legal break fits (a word longer than the
 * measure), the line breaks where the greedy breaker forces one and the plan goes on from
 * there, off the legal breaks: such starts are followed forward without recursion (a long
 * unbreakable run may force thousands of lines), then costed backwards.
 */
function solve(start: number): void {
  const p = curP!;
  let s = start;
  while (curKnown[s] !== 1 && !solveLegal(s)) {
    breakLine(p, s, curMeasure - (s === 0 ? curIndent : 0), greedy);
    curNext[s] = greedy.end;
    curForced[s] = greedy.forced ? 1 : 0;
    pending.push(s);
    s = greedy.end;
  }
  while (pending.length > 0) {
    const t = pending.pop()!;
    curCost[t] = (curForced[t] === 1 ? FORCED : demerits(WORST)) + curCost[curNext[t]!]!;
    curKnown[t] = 1;
  }
}

const demerits = (badness: number): number => (LINE + badness) * (LINE + badness);
const EXACT = demerits(0);

// Demerits of the line [start, end) of the current plan: Infinity when it does not fit even
// fully squeezed.
function lineCost(start: number, end: number, avail: number, base: number, sBase: number): number {
  const cls = curCls;
  let t = end;
  while (t > start && cls[t - 1] === SPACE) t--;
  if (t === start) return EXACT;
  let last = t - 1;
  if (last > start && cls[last] === CONT) last--;
  const excess = curA[t]! - base - avail;
  if (excess > 0) {
    const room = curS[t]! - sBase;
    if (excess > room) return Infinity;
    const hang = curRb[last]!;
    if (excess <= hang) return EXACT;
    const r = (excess - hang) / (room - hang);
    return demerits(SQUEEZE * r * r * r);
  }
  // The last line is set ragged: any length is fine.
  if (end >= curN || excess === 0) return EXACT;
  const slack = -excess;
  // Looseness is what the reader sees: the space added per gap between glyphs, wherever the
  // placer puts it (Western spaces and Han–Latin gaps first, then between characters).
  const gaps = curG[t]! - curG[start]! - 1;
  if (gaps <= 0 || (curK[last]! - curK[start]! === 0 && curF[t]! - curF[start + 1]! < slack)) return demerits(WORST);
  const r = slack / gaps / (EM * LOOSE_UNIT);
  return demerits(Math.min(WORST, LOOSE * r * r * r));
}
