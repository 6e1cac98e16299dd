import type { FlowResult } from '../../shared/typeset/flow';
import type { ComposedLine, GlyphRun } from '../../shared/typeset/types';

/**
 * A composed line as plain data, its glyph runs read out. The composer's lines build their runs
 * on first read (shared/typeset/lazy-runs-line.ts), so deep equality on the line objects alone
 * would not compare glyph positions; compare these instead.
 */
export function plainLine(line: ComposedLine): Omit<ComposedLine, 'runs'> & { runs: GlyphRun[] } {
  return {
    block: line.block,
    start: line.start,
    end: line.end,
    text: line.text,
    width: line.width,
    measure: line.measure,
    left: line.left,
    baseline: line.baseline,
    justified: line.justified,
    overfull: line.overfull,
    forced: line.forced,
    lastInParagraph: line.lastInParagraph,
    runs: line.runs.map((r) => ({ ...r, x: [...r.x] })),
  };
}

/** A flow's result with every line as plain data (see `plainLine`). */
export function plainFlow(r: FlowResult): FlowResult {
  return { ...r, frames: r.frames.map((f) => ({ ...f, lines: f.lines.map(plainLine) })) };
}

/** `composeParagraphs`' result with every line as plain data. */
export function plainComposed<T extends { lines: readonly ComposedLine[] }>(r: T): T {
  return { ...r, lines: r.lines.map(plainLine) };
}
