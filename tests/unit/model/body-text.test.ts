import { describe, expect, it } from 'vitest';
import { joinBody, withBodyText } from '../../../shared/model/body-text';
import type { Block } from '../../../shared/model/story';

const blocks: Block[] = [
  { type: 'paragraph', text: '正文甲。' },
  { type: 'subheading', text: '概况' },
  { type: 'paragraph', text: '记者张三报道。', marks: [{ type: 'bold', start: 0, end: 4 }] },
];

describe('withBodyText: a new body text keeps its blocks’ types and bold', () => {
  it('keeps a 小标题 when text is typed at its start, at its end, or at the end of the paragraph before', () => {
    for (const text of ['正文甲。\n一、概况\n记者张三报道。', '正文甲。\n概况介绍\n记者张三报道。', '正文甲。补一句。\n概况\n记者张三报道。']) {
      expect(withBodyText(blocks, text).map((b) => b.type)).toEqual(['paragraph', 'subheading', 'paragraph']);
    }
  });

  it('maps bold through an insertion before it, and splits and joins paragraphs', () => {
    const typed = withBodyText(blocks, '正文甲。\n概况\n本报记者张三报道。');
    expect(typed[2]).toEqual({ type: 'paragraph', text: '本报记者张三报道。', marks: [{ type: 'bold', start: 2, end: 6 }] });
    // A paragraph break typed into the 小标题: the part after it is a new paragraph.
    const split = withBodyText(blocks, '正文甲。\n概\n况\n记者张三报道。');
    expect(split.map((b) => [b.type, b.text])).toEqual([['paragraph', '正文甲。'], ['subheading', '概'], ['paragraph', '况'], ['paragraph', '记者张三报道。']]);
    // The break before the 小标题 deleted: it joins the paragraph before, which keeps its type.
    const joined = withBodyText(blocks, '正文甲。概况\n记者张三报道。');
    expect(joined.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(joinBody(joined)).toBe('正文甲。概况\n记者张三报道。');
  });
});
