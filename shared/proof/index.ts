/**
 * Chinese proofreading checker (pure, deterministic). House style: GB/T 15834-2011
 * punctuation, GB/T 15835-2011 numbers, print spacing (no typed spaces), the newsroom's
 * lexicons. Offsets are UTF-16 code units throughout.
 */
import type { CheckOptions } from './engine';
import { checkParagraph, neighbours, normalise, splitParagraphs } from './engine';
import type { Finding } from './types';

export type { CheckOptions } from './engine';
export { checkParagraphs, ProofCache } from './incremental';
export { defaultLexicons } from './lexicons';
export type { LexiconEntry, Lexicons } from './lexicons';
export { RULES } from './registry';
export type { Finding, Hit, ProofCategory, Rule, RuleContext, Severity } from './types';

/** Every category, for UIs and filters. */
export const PROOF_CATEGORIES = [
  'halfwidth-punct',
  'fullwidth-alnum',
  'quote-unbalanced',
  'quote-style',
  'punct-form',
  'punct-duplicate',
  'punct-usage',
  'spurious-space',
  'cjk-latin-space',
  'broken-paragraph',
  'import-artifact',
  'repeated-char',
  'de-di-de',
  'confusable-word',
  'variant-form',
  'number-format',
  'date-format',
  'trad-simp-mix',
  'char-form',
  'political-formulation',
  'banned-term',
] as const satisfies readonly import('./types').ProofCategory[];

/**
 * Check a whole text (a paragraph, a page or an issue; paragraphs separated by \n).
 * Findings are sorted by start; no two findings of one category overlap. A paragraph
 * broken mid-sentence is reported on the line break(s) between the halves (suggestion "").
 */
export function checkText(text: string, options?: CheckOptions): Finding[] {
  const spans = splitParagraphs(text);
  const paragraphs = spans.map((p) => text.slice(p.start, p.end));
  const { prev, next } = neighbours(paragraphs);
  const out: Finding[] = [];
  let prevEnd = -1;
  paragraphs.forEach((p, i) => {
    const span = spans[i];
    if (!span || !p.trim()) return;
    for (const f of checkParagraph(p, prev[i] ?? null, next[i] ?? null, options)) {
      if (f.category === 'broken-paragraph' && f.start === 0 && f.end === 0 && prevEnd >= 0) {
        out.push({ ...f, start: prevEnd, end: span.start });
      } else if (f.category === 'import-artifact' && f.start === 0 && f.end === p.length && prevEnd >= 0) {
        // Page furniture between two paragraphs: delete it with the breaks around it, so the
        // paragraphs it cut apart meet again.
        const next = spans.findIndex((s, j) => j > i && paragraphs[j]!.trim() !== '');
        out.push({ ...f, start: prevEnd, end: next >= 0 ? spans[next]!.start : span.end });
      } else {
        out.push({ ...f, start: f.start + span.start, end: f.end + span.start });
      }
    }
    prevEnd = span.start + p.trimEnd().length;
  });
  return normalise(out);
}
