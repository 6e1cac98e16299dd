import type { HeadlineTierStyle } from '../model/headline-typography';
import { composeParagraphs, fitHeadline, type FontSet, type TextStyle } from '../typeset';
import type { ComposedLine, GlyphRun, TypesetWarning } from '../typeset/types';

/** A tier set: its lines (block-relative points), the height it takes, the size it ended at. */
export interface TierLines {
  lines: readonly ComposedLine[];
  height: number;
  size: number;
  warnings: readonly TypesetWarning[];
}

const SPACE = /[\s\u3000]/;

/**
 * Where to break a headline into `n` lines: at the spaces the text already has when there are
 * enough (choosing those that give the most even lines), otherwise at even character counts.
 * Offsets are UTF-16 positions after which a new line starts.
 */
export function balancedBreaks(text: string, n: number): number[] {
  if (n <= 1) return [];
  const cps = Array.from(text);
  const offsets: number[] = [];
  let u = 0;
  for (const c of cps) {
    offsets.push(u);
    u += c.length;
  }
  const spaces = cps.flatMap((c, i) => (SPACE.test(c) ? [i] : []));
  const picks: number[] = [];
  for (let k = 1; k < n; k++) {
    const ideal = (cps.length * k) / n;
    const pool = spaces.length >= n - 1 ? spaces : cps.map((_, i) => i).filter((i) => i > 0);
    let best = -1;
    for (const i of pool) {
      if (picks.includes(i) || (picks.length && i <= picks[picks.length - 1]!)) continue;
      if (best < 0 || Math.abs(i - ideal) < Math.abs(best - ideal)) best = i;
    }
    if (best > 0) picks.push(best);
  }
  return picks.map((i) => offsets[i]!);
}

/** The text cut at break offsets, spaces at the cuts dropped; empty pieces skipped. */
export function splitAt(text: string, breaks: readonly number[]): string[] {
  const cuts = [...new Set(breaks.filter((b) => b > 0 && b < text.length))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const b of [...cuts, text.length]) {
    const piece = text.slice(from, b).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (piece) out.push(piece);
    from = b;
  }
  return out;
}

/**
 * Spread a line's glyphs by `track` points after each character and place it again at its
 * alignment within the measure. The composer set the line narrower by the same amount, so the
 * tracked line still fits.
 */
function trackLine(line: ComposedLine, track: number, measure: number, align: TextStyle['align'], size: number): ComposedLine {
  const n = Array.from(line.text.replace(/[\s\u3000]+$/, '')).length;
  const natural = line.width * size;
  const tracked = natural + Math.max(0, n - 1) * track;
  const shift = align === 'center' ? (measure - tracked) / 2 : align === 'end' ? measure - tracked : 0;
  let i = 0;
  const runs: GlyphRun[] = line.runs.map((r) => ({ ...r, x: r.x.map((x) => x - line.left + shift + track * i++) }));
  return { ...line, runs, left: shift };
}

/**
 * Set one tier of a headline: its manual breaks (or `lines`, balanced), its tracking, and — when
 * it has no size — fitted to the measure within its limits. Tracking applies to lines that are not
 * spread to the measure (均排 already spaces the characters evenly).
 */
export function setTier(text: string, s: HeadlineTierStyle, style: TextStyle, measure: number, fonts: FontSet): TierLines {
  const breaks = s.breaks?.length ? s.breaks : balancedBreaks(text, s.lines ?? 1);
  const pieces = splitAt(text, breaks);
  if (style.fit && pieces.length <= 1) {
    const fit = fitHeadline(text, style, measure, fonts);
    return { lines: fit.lines, height: fit.height, size: fit.size, warnings: fit.warnings };
  }
  const track = style.align === 'distribute' ? 0 : (s.tracking ?? 0) * style.size;
  if (track === 0) {
    const r = composeParagraphs(pieces, style, measure, fonts);
    return { lines: r.lines, height: r.height, size: style.size, warnings: r.warnings };
  }
  // Each character takes `track` more: set at a measure narrowed in proportion, then spread.
  const em = style.size * style.scaleX;
  const narrowed = Math.max(em, (measure * em) / (em + track));
  const r = composeParagraphs(pieces, { ...style, align: 'start' }, narrowed, fonts);
  return { lines: r.lines.map((l) => trackLine(l, track, measure, style.align, style.size)), height: r.height, size: style.size, warnings: r.warnings };
}
