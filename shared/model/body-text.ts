import { diffChars } from '../diff/char-diff';
import { positionMapper } from '../diff/position-map';
import type { Block } from './story';

/** The body as one text: blocks joined by "\n". Corrections and findings use offsets into it. */
export const joinBody = (blocks: readonly Block[]): string => blocks.map((b) => b.text).join('\n');

/**
 * Give the body a new text while keeping what the text does not carry: each new paragraph takes
 * the type (paragraph / 小标题) of the old block whose start maps onto it, and bold marks are
 * mapped through the edit (a mark that would cross a paragraph break is clipped to its block).
 */
export function withBodyText(blocks: readonly Block[], newText: string): Block[] {
  const oldText = joinBody(blocks);
  const map = positionMapper(diffChars(oldText, newText));
  const starts: number[] = [];
  const paras = newText.split('\n');
  let at = 0;
  for (const p of paras) {
    starts.push(at);
    at += p.length + 1;
  }
  const typeAt = new Map<number, Block['type']>();
  const marks: Array<{ start: number; end: number }> = [];
  let oldAt = 0;
  for (const b of blocks) {
    // A block's type rides on the paragraph break before it, not on its first character: text
    // typed at the start of a 小标题 (一、) must not turn it into a paragraph.
    typeAt.set(oldAt === 0 ? 0 : map(oldAt - 1, 1) + 1, b.type);
    for (const m of b.marks ?? []) marks.push({ start: map(oldAt + m.start, 1), end: map(oldAt + m.end, -1) });
    oldAt += b.text.length + 1;
  }
  return paras.map((text, i) => {
    const s = starts[i]!;
    const e = s + text.length;
    const own = marks
      .filter((m) => m.end > s && m.start < e)
      .map((m) => ({ type: 'bold' as const, start: Math.max(m.start, s) - s, end: Math.min(m.end, e) - s }))
      .filter((m) => m.end > m.start);
    const block: Block = { type: typeAt.get(s) ?? 'paragraph', text };
    if (own.length) block.marks = own;
    return block;
  });
}

/** Apply non-overlapping replacements to a text, given in any order. */
export function applyReplacements(text: string, edits: ReadonlyArray<{ start: number; end: number; replacement: string }>): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}
