import type { FlowResult, Frame as FlowFrame } from '../typeset';

/**
 * 平衡栏尾 (column balance), as 飞腾 does it: a story that ends inside its frames does not fill
 * its last row of columns one after another and leave the last half empty; the lines of that
 * row are shared out so every column there ends level or one line shorter than the one before.
 *
 * The row is the run of the thread's segments that holds the story's last line and sits with
 * it side by side: same page, same top, same height, same width, each a whole frame (no picture
 * cutting it) with balancing on. Balancing only lowers where lines stop in those columns; the
 * lines themselves are the same (same measure), and copyfit still counts the frames' full room.
 */
export interface BalanceSegment {
  /** Balancing on for this segment's frame, and the segment is the whole frame. */
  readonly balance: boolean;
  /** Segments with equal rows sit side by side: page, top, height and width in one key. */
  readonly row: string;
}

const EPS = 1e-6;

/**
 * Heights for `columns` columns holding `lines` lines of `pitch`: the first columns one line
 * longer than the rest when the lines do not share out evenly.
 */
export function balancedHeights(lines: number, columns: number, pitch: number): number[] {
  const short = Math.floor(lines / columns);
  const long = lines - short * columns;
  return Array.from({ length: columns }, (_, i) => (short + (i < long ? 1 : 0)) * pitch);
}

/**
 * The balanced flow of a story already flowed once as `flow` through `frames`, or null when
 * there is nothing to balance (overset, balancing off, one column, already level). `reflow`
 * flows the story again through frames of other heights (the caller's flow, cache and all).
 */
export function balanceColumns(
  flow: FlowResult,
  frames: readonly FlowFrame[],
  segments: readonly BalanceSegment[],
  pitch: number,
  reflow: (frames: readonly FlowFrame[]) => FlowResult,
): FlowResult | null {
  if (flow.overset) return null;
  let last = -1;
  flow.frames.forEach((f, i) => {
    if (f.lines.length > 0) last = i;
  });
  if (last < 0 || !segments[last]!.balance) return null;
  const row = segments[last]!.row;
  const same = (i: number): boolean => i >= 0 && i < segments.length && segments[i]!.balance && segments[i]!.row === row;
  let from = last;
  while (same(from - 1)) from--;
  let to = last;
  while (same(to + 1)) to++;
  const columns = to - from + 1;
  if (columns < 2) return null;
  const counts = flow.frames.slice(from, to + 1).map((f) => f.lines.length);
  if (counts.every((n, i) => i === 0 || (n <= counts[i - 1]! && counts[i - 1]! - n <= 1))) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const room = Math.floor((frames[from]!.height + EPS) / pitch);
  // Usually the first share fits; a 小标题's space before it can need a line more.
  for (let lines = total; lines <= columns * room; lines++) {
    const heights = balancedHeights(lines, columns, pitch);
    const tried = frames.map((f, i) => (i < from || i > to ? f : { ...f, height: heights[i - from]! }));
    const balanced = reflow(tried);
    if (!balanced.overset) {
      // Same lines in the same frames, ending level; the room left is still the frames' own.
      const out = balanced.frames.map((f, i) => ({ ...f, frame: frames[i]! }));
      return { ...balanced, frames: out, copyfit: flow.copyfit };
    }
  }
  return null;
}
