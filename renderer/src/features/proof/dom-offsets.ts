/**
 * Map a DOM point inside the proof text to a UTF-16 offset of the body (paragraphs joined by "\n").
 * Text runs carry `data-at` (their body offset) and hold exactly their body text, so a point in a
 * run's text node is `at + offset`. Widgets (inserted copy, marks) carry `data-at` and `data-widget`:
 * any point inside one is its anchor. Paragraph elements carry `data-at` and `data-end`, which
 * answers points between children. Returns null for points outside the body.
 */
export function pointToOffset(root: Node, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const el = node.nodeType === 3 ? node.parentElement : (node as Element);
  if (!el) return null;
  const host = el.closest<HTMLElement>('[data-at]');
  if (!host || !root.contains(host)) return null;
  const at = Number(host.dataset.at);
  if (host.dataset.widget !== undefined) return at;
  if (host.dataset.end !== undefined) {
    // A point between the children of a paragraph: the start of the child after it, else the end.
    if (node !== host) return node.nodeType === 3 ? at : Number(host.dataset.end);
    const next = host.childNodes[offset];
    const target = next instanceof HTMLElement ? (next.matches('[data-at]') ? next : next.querySelector<HTMLElement>('[data-at]')) : null;
    return target ? Number(target.dataset.at) : Number(host.dataset.end);
  }
  if (node.nodeType === 3) return at + offset;
  // An element point inside a text run (rare): count the text before the child at `offset`.
  let n = 0;
  for (let i = 0; i < offset && i < node.childNodes.length; i++) n += node.childNodes[i]!.textContent?.length ?? 0;
  return at + n;
}

/** The window selection inside `root` as a body span [start, end), or null. */
export function selectionSpan(root: HTMLElement, sel: Selection | null): { start: number; end: number } | null {
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  const a = pointToOffset(root, r.startContainer, r.startOffset);
  const b = pointToOffset(root, r.endContainer, r.endOffset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

const isLow = (s: string, i: number): boolean => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!);

/** Widen a span so it never cuts an astral character (a surrogate pair) in half. */
export function snapToCharacters(text: string, start: number, end: number): { start: number; end: number } {
  return { start: isLow(text, start) ? start - 1 : start, end: isLow(text, end) ? end + 1 : end };
}
