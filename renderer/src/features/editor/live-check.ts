import type { Node as PmNode } from 'prosemirror-model';
import type { Finding, ProofCategory } from '../../../../shared/proof/types';

/** A finding placed in the editor document: ProseMirror positions, ready for a decoration. */
export interface LiveFinding {
  from: number;
  to: number;
  category: ProofCategory;
  message: string;
  suggestion: string;
  severity: Finding['severity'];
}

/** The paragraphs the checker sees: one per top-level block, as the body is stored (joined by \n). */
export function docParagraphs(doc: PmNode): string[] {
  const out: string[] = [];
  doc.forEach((node) => out.push(node.textContent));
  return out;
}

/**
 * Map per-paragraph findings (UTF-16 offsets in each paragraph, as checkParagraphs returns them)
 * to document positions. A block holds only text, and ProseMirror counts text in UTF-16 code
 * units too, so paragraph offset k is position blockStart + 1 + k: an astral character such as
 * 𠮷 is two positions, exactly as it is two offsets.
 */
export function findingsToPositions(doc: PmNode, perParagraph: readonly (readonly Finding[])[]): LiveFinding[] {
  const out: LiveFinding[] = [];
  let i = 0;
  doc.forEach((node, offset) => {
    const found = perParagraph[i++] ?? [];
    const size = node.content.size;
    for (const f of found) {
      if (f.start < 0 || f.end > size || f.start > f.end) continue; // stale: the document moved on
      out.push({ from: offset + 1 + f.start, to: offset + 1 + f.end, category: f.category, message: f.message, suggestion: f.suggestion, severity: f.severity });
    }
  });
  return out;
}

/** Colour family of a category: punctuation, spacing and breaks, words, numbers and dates, formulations. */
export type CategoryGroup = 'punct' | 'space' | 'word' | 'number' | 'policy';

const GROUPS: Record<ProofCategory, CategoryGroup> = {
  'halfwidth-punct': 'punct', 'fullwidth-alnum': 'punct', 'quote-unbalanced': 'punct', 'quote-style': 'punct', 'punct-form': 'punct',
  'punct-duplicate': 'punct', 'punct-usage': 'punct',
  'spurious-space': 'space', 'cjk-latin-space': 'space', 'broken-paragraph': 'space', 'import-artifact': 'space',
  'repeated-char': 'word', 'de-di-de': 'word', 'confusable-word': 'word', 'variant-form': 'word', 'trad-simp-mix': 'word', 'char-form': 'word',
  'number-format': 'number', 'date-format': 'number',
  'political-formulation': 'policy', 'banned-term': 'policy',
};

export const categoryGroup = (c: ProofCategory): CategoryGroup => GROUPS[c];
