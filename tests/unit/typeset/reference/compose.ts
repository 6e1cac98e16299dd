import type { FontSet } from '../../../../shared/typeset/font-set';
import { prepareParagraph, type PreparedParagraph } from './prepare';
import { baselineInSlot, setLine } from './set-line';
import type { TextStyle } from '../../../../shared/typeset/styles';
import type { ComposedLine, TypesetWarning } from '../../../../shared/typeset/types';
import { ptToUnits } from '../../../../shared/typeset/units';

/** Lines of a block of paragraphs set in one style. */
export interface ComposeResult {
  readonly lines: ComposedLine[];
  /** Height in points (lines × leading). */
  readonly height: number;
  readonly warnings: TypesetWarning[];
}

/** Warnings of a prepared paragraph (glyphs no font has) and of its lines. */
export function collectWarnings(
  p: PreparedParagraph,
  block: number,
  lines: readonly ComposedLine[],
  into: TypesetWarning[],
  from = 0,
): void {
  for (const m of p.missing) {
    into.push({
      kind: 'missing-glyph',
      block,
      offset: m.offset,
      codePoint: m.codePoint,
      message: `no font has a glyph for U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
    });
  }
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.overfull) into.push({ kind: 'overfull', block, offset: l.start, message: 'line wider than its measure' });
    else if (l.forced) into.push({ kind: 'forced-break', block, offset: l.start, message: 'line break forced against the rules' });
  }
}

/**
 * Composes paragraphs (one string each, no newlines) in `style` at a measure of `measure`
 * points, stacking lines at the style's leading from y = 0.
 */
export function composeParagraphs(
  paragraphs: readonly string[],
  style: TextStyle,
  measure: number,
  fonts: FontSet,
): ComposeResult {
  const lines: ComposedLine[] = [];
  const warnings: TypesetWarning[] = [];
  const units = ptToUnits(measure, style.size);
  const first = baselineInSlot(style.size, style.leading);
  for (let b = 0; b < paragraphs.length; b++) {
    const p = prepareParagraph(paragraphs[b]!, style, fonts);
    const from = lines.length;
    let start = 0;
    do {
      const line = setLine(p, b, start, { measure: units, x: 0, baseline: first + lines.length * style.leading });
      lines.push(line);
      start = line.end;
    } while (start < p.length);
    collectWarnings(p, b, lines, warnings, from);
  }
  return { lines, height: lines.length * style.leading, warnings };
}
