import { breakLine, type BreakResult } from '../../../../shared/typeset/break-line';
import { CharClass } from '../../../../shared/typeset/char-class';
import type { PreparedParagraph } from '../../../../shared/typeset/prepare';
import { EM } from '../../../../shared/typeset/units';

/**
 * The total-fit rules of shared/typeset/total-fit.ts stated directly, as the yardstick of its
 * differential test: every quantity of a candidate line is summed slot by slot, every legal
 * break after the start is tried, and the best continuation is a memoised recursion — no
 * prefix sums, no sliding window, no early exits, no plan cache. Slow (quadratic) and plain
 * on purpose: the fast breaker must give exactly its ends.
 *
 * The costs restate the module's (a change there must be made here too):
 * a line costs (LINE + badness)²; badness is LOOSE·(added space per gap / 0.1 em)³ capped at
 * WORST for a loose line, SQUEEZE·(share of squeezable blank used past the end mark's hang)³
 * for a tight one; lines looser than SLACK_LIMIT are tried only when no tighter legal line
 * fits, and then only the last legal break before them; with no legal break at all, the
 * greedy breaker's forced break costs FORCED.
 */

const LINE = 10;
const WORST = 10_000;
const FORCED = 1e12;
const LOOSE = 100;
const LOOSE_UNIT = 0.1;
const SQUEEZE = 30;
const SLACK_LIMIT = 1.5 * EM;
const HALF = EM / 2;
const QUARTER = EM / 4;
const SPACE = CharClass.Space;
const CONT = CharClass.Continuation;

const demerits = (badness: number): number => (LINE + badness) * (LINE + badness);

interface Choice {
  end: number;
  forced: boolean;
  cost: number;
}

/** The reference breaker for one paragraph at one measure (1/1000 em; the first line loses the indent). */
export function referenceTotalFit(p: PreparedParagraph, measure: number): (start: number) => BreakResult {
  const n = p.length;
  const memo = new Map<number, Choice>();
  const indent = Math.round(p.style.indent * EM);
  const availAt = (start: number): number => measure - (start === 0 ? indent : 0);
  const startTrim = (start: number): number => (p.trimLineStart && p.cls[start] === CharClass.Open ? p.lb[start]! : 0);

  // Natural width of [start, t): advances and gaps, the start's gap and trimmed blank dropped.
  const width = (start: number, t: number): number => {
    let w = -p.gap[start]! - startTrim(start);
    for (let i = start; i < t; i++) w += p.adv[i]! + p.gap[i]!;
    return w;
  };
  // Blank the placer can squeeze on [start, t).
  const squeezable = (start: number, t: number): number => {
    let s = -(p.gap[start]! >> 1) - startTrim(start);
    for (let i = start; i < t; i++) {
      const a = p.adv[i]!;
      s += (p.cls[i] === SPACE ? Math.max(0, a - QUARTER) : p.lb[i]! + p.rb[i]!) + (p.gap[i]! >> 1);
    }
    return s;
  };
  const count = (from: number, to: number, test: (i: number) => boolean): number => {
    let k = 0;
    for (let i = from; i < to; i++) if (test(i)) k++;
    return k;
  };
  // Extra room that spacing may take without being letter-spacing (narrow gaps and spaces up to ½ em, trimmed pairs).
  const soft = (from: number, to: number): number => {
    let f = 0;
    for (let i = from; i < to; i++) {
      const g = p.gap[i]!;
      const a = p.adv[i]!;
      f += p.pairTrim[i]!;
      if (g > 0 && g < HALF) f += HALF - g;
      if (p.cls[i] === SPACE && a > 0 && a < HALF) f += HALF - a;
    }
    return f;
  };

  const lineCost = (start: number, end: number): number => {
    const avail = availAt(start);
    let t = end;
    while (t > start && p.cls[t - 1] === SPACE) t--;
    if (t === start) return demerits(0);
    let last = t - 1;
    if (last > start && p.cls[last] === CONT) last--;
    const excess = width(start, t) - avail;
    if (excess > 0) {
      const room = squeezable(start, t);
      if (excess > room) return Infinity;
      const hang = p.rb[last]!;
      if (excess <= hang) return demerits(0);
      const r = (excess - hang) / (room - hang);
      return demerits(SQUEEZE * r * r * r);
    }
    if (end >= n || excess === 0) return demerits(0);
    const slack = -excess;
    const gaps = count(start, t, (i) => p.cls[i] !== CONT && !(p.cls[i] === SPACE && p.adv[i] === 0)) - 1;
    const points = count(start, last, (i) => p.stretch[i] === 1 && p.cls[i] !== CONT);
    if (gaps <= 0 || (points === 0 && soft(start + 1, t) < slack)) return demerits(WORST);
    const r = slack / gaps / (EM * LOOSE_UNIT);
    return demerits(Math.min(WORST, LOOSE * r * r * r));
  };

  const choose = (start: number): Choice => {
    if (start >= n) return { end: n, forced: false, cost: 0 };
    const known = memo.get(start);
    if (known) return known;
    const avail = availAt(start);
    const legal: number[] = [];
    for (let j = start + 1; j < n; j++) if (p.brk[j] === 1) legal.push(j);
    legal.push(n);
    // The window: ends no shorter than avail - SLACK_LIMIT (the first such slot onwards).
    let lo = n;
    for (let j = start + 1; j <= n; j++) {
      if (width(start, j) >= avail - SLACK_LIMIT) {
        lo = j;
        break;
      }
    }
    let best: Choice | null = null;
    for (const j of legal) {
      if (j < lo) continue;
      const c = lineCost(start, j);
      if (c === Infinity) continue;
      const total = c + choose(j).cost;
      if (!best || total < best.cost) best = { end: j, forced: false, cost: total };
    }
    if (!best) {
      const before = legal.filter((j) => j < lo).pop();
      if (before !== undefined) {
        const c = lineCost(start, before);
        if (c !== Infinity) best = { end: before, forced: false, cost: c + choose(before).cost };
      }
    }
    if (!best) {
      const out: BreakResult = { end: 0, forced: false };
      breakLine(p, start, avail, out);
      best = { end: out.end, forced: out.forced, cost: (out.forced ? FORCED : demerits(WORST)) + choose(out.end).cost };
    }
    memo.set(start, best);
    return best;
  };

  return (start) => {
    const c = choose(start);
    return { end: c.end, forced: c.forced };
  };
}
