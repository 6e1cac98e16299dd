import type { Node as PmNode } from 'prosemirror-model';
import type { Block } from '../../../../shared/model/story';
import { bodySchema } from './schema';

type Mark = NonNullable<Block['marks']>[number];

/**
 * The editor document as `Block[]`: one block per top-level node, bold spans as UTF-16 offsets
 * of the block text, adjacent spans merged. A document that is one empty paragraph (what an
 * empty body looks like in the editor) is the empty body.
 */
export function docToBlocks(doc: PmNode): Block[] {
  const blocks: Block[] = [];
  doc.forEach((node) => {
    const marks: Mark[] = [];
    let offset = 0;
    node.forEach((child) => {
      const text = child.text ?? '';
      if (text && child.marks.some((m) => m.type === bodySchema.marks.bold)) {
        const last = marks[marks.length - 1];
        if (last && last.end === offset) last.end = offset + text.length;
        else marks.push({ type: 'bold', start: offset, end: offset + text.length });
      }
      offset += text.length;
    });
    const type = node.type === bodySchema.nodes.subheading ? 'subheading' : 'paragraph';
    const block: Block = { type, text: node.textContent };
    if (marks.length) block.marks = marks;
    blocks.push(block);
  });
  const only = blocks[0];
  if (blocks.length === 1 && only && only.type === 'paragraph' && only.text === '') return [];
  return blocks;
}

/** The editor document for `Block[]`; marks out of range or overlapping are clamped, never thrown. */
export function blocksToDoc(blocks: readonly Block[]): PmNode {
  const { paragraph, subheading } = bodySchema.nodes;
  const nodes = blocks.map((b) => (b.type === 'subheading' ? subheading : paragraph).create(null, inlineNodes(b)));
  if (nodes.length === 0) nodes.push(paragraph.create());
  return bodySchema.nodes.doc.create(null, nodes);
}

function inlineNodes(block: Block): PmNode[] {
  const { text } = block;
  if (!text) return [];
  // Mark boundaries cut the text into runs; each run is bold when any mark covers it.
  const bold = new Uint8Array(text.length);
  for (const m of block.marks ?? []) {
    for (let i = Math.max(0, m.start); i < Math.min(text.length, m.end); i++) bold[i] = 1;
  }
  const out: PmNode[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && bold[i] === bold[start]) continue;
    const marks = bold[start] ? [bodySchema.marks.bold.create()] : [];
    out.push(bodySchema.text(text.slice(start, i), marks));
    start = i;
  }
  return out;
}

/** The plain text of the body, paragraphs joined by newlines (for 字数). */
export function docPlainText(doc: PmNode): string {
  const parts: string[] = [];
  doc.forEach((node) => parts.push(node.textContent));
  return parts.join('\n');
}
