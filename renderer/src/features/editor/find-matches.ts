import type { Node as PmNode } from 'prosemirror-model';

/** A match of the find box, in ProseMirror document positions. */
export interface FindMatch {
  from: number;
  to: number;
}

/**
 * Every occurrence of `query` in the body, block by block (a match never spans two paragraphs),
 * non-overlapping, in document order. Blocks hold only text, so a text offset maps to a position.
 */
export function findMatches(doc: PmNode, query: string): FindMatch[] {
  if (!query) return [];
  const out: FindMatch[] = [];
  doc.forEach((node, offset) => {
    const text = node.textContent;
    let i = text.indexOf(query);
    while (i >= 0) {
      const from = offset + 1 + i;
      out.push({ from, to: from + query.length });
      i = text.indexOf(query, i + query.length);
    }
  });
  return out;
}
