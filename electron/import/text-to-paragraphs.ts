import { collapseSpaces, normalizeNewlines, removeControlChars, stripBom } from '../../shared/text';
import type { SourceParagraph } from './source-paragraph';

/**
 * Plain text → paragraphs: one paragraph per non-empty line (a line break in extracted copy is
 * either a paragraph end or a column break; the rejoin repair decides, reviewably). Spaces are
 * collapsed inside lines; U+3000 runs are kept as a single space (they separate headline phrases).
 */
export function textToParagraphs(text: string): SourceParagraph[] {
  const lines = removeControlChars(normalizeNewlines(stripBom(text))).split('\n');
  const out: SourceParagraph[] = [];
  let blank = false;
  for (const line of lines) {
    const t = collapseSpaces(line.replace(/\u3000+/g, ' '));
    if (t.length === 0) {
      blank = true;
      continue;
    }
    const p: SourceParagraph = { text: t };
    if (blank && out.length > 0) p.afterBlank = true;
    out.push(p);
    blank = false;
  }
  return out;
}
