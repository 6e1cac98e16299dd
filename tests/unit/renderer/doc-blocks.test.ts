import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/story';
import { blocksToDoc, docPlainText, docToBlocks } from '../../../renderer/src/features/editor/doc-blocks';
import { bodySchema } from '../../../renderer/src/features/editor/schema';

describe('doc ↔ blocks', () => {
  it('keeps block types, text and bold spans in UTF-16 offsets, astral characters included', () => {
    const blocks: Block[] = [
      { type: 'subheading', text: '一、绘蓝图' },
      { type: 'paragraph', text: '𠮷野家在永康开业，2025年', marks: [{ type: 'bold', start: 0, end: 2 }, { type: 'bold', start: 10, end: 15 }] },
      { type: 'paragraph', text: '' },
    ];
    const doc = blocksToDoc(blocks);
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).type).toBe(bodySchema.nodes.subheading);
    // The astral 𠮷 is two code units and stays bold as one character.
    const first = doc.child(1).firstChild!;
    expect(first.text).toBe('𠮷');
    expect(first.marks.map((m) => m.type.name)).toEqual(['bold']);
    expect(docToBlocks(doc)).toEqual(blocks);
    expect(docPlainText(doc)).toBe('一、绘蓝图\n𠮷野家在永康开业，2025年\n');
  });

  it('merges touching and overlapping bold spans and clamps ones past the end', () => {
    const doc = blocksToDoc([
      { type: 'paragraph', text: '聚共识擂战鼓', marks: [{ type: 'bold', start: 0, end: 2 }, { type: 'bold', start: 1, end: 3 }, { type: 'bold', start: 3, end: 4 }, { type: 'bold', start: 5, end: 99 }] },
    ]);
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', text: '聚共识擂战鼓', marks: [{ type: 'bold', start: 0, end: 4 }, { type: 'bold', start: 5, end: 6 }] }]);
  });

  it('maps an empty body to one empty paragraph and back to an empty body', () => {
    const doc = blocksToDoc([]);
    expect(doc.childCount).toBe(1);
    expect(doc.child(0).type).toBe(bodySchema.nodes.paragraph);
    expect(docToBlocks(doc)).toEqual([]);
  });

  const text = fc.array(fc.constantFrom('绘', '蓝', '图', '𠮷', 'a', '1', '，', '“', ' '), { maxLength: 12 }).map((a) => a.join(''));
  const block = text.chain((t) => {
    const len = t.length;
    return fc.record({
      type: fc.constantFrom('paragraph' as const, 'subheading' as const),
      text: fc.constant(t),
      bold: fc.array(fc.boolean(), { minLength: len, maxLength: len }),
    });
  });

  it('round-trips any normalised body (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (raw) => {
        const blocks: Block[] = raw.map((b) => {
          const marks = spans(b.text, b.bold);
          return marks.length ? { type: b.type, text: b.text, marks } : { type: b.type, text: b.text };
        });
        const onlyEmpty = blocks.length === 1 && blocks[0]!.type === 'paragraph' && blocks[0]!.text === '';
        expect(docToBlocks(blocksToDoc(blocks))).toEqual(onlyEmpty ? [] : blocks);
      }),
    );
  });
});

/** Bold spans from a per-code-unit flag, never splitting a surrogate pair. */
function spans(text: string, flags: boolean[]): Array<{ type: 'bold'; start: number; end: number }> {
  const out: Array<{ type: 'bold'; start: number; end: number }> = [];
  let i = 0;
  for (const ch of text) {
    const on = flags[i] ?? false;
    const last = out[out.length - 1];
    if (on && last && last.end === i) last.end = i + ch.length;
    else if (on) out.push({ type: 'bold', start: i, end: i + ch.length });
    i += ch.length;
  }
  return out;
}
