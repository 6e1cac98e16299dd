import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStory, mergeText } from '../../../shared/model/merge-story';
import type { StoryContent } from '../../../shared/model/story';

const story = (headline: string, ...paras: string[]): StoryContent => ({
  kind: 'article', kicker: '', headline, subhead: '', byline: '融媒记者 徐婷婷', dateline: '', section: '要闻',
  body: paras.map((text) => ({ type: 'paragraph' as const, text })),
});

describe('three-way merge of copy', () => {
  it('applies both sides’ edits when they touch different places, astral characters included', () => {
    const base = '市委十五届七次全体（扩大）会议召开。𠮷祥村代表列席。';
    const mine = '市委十五届七次全体（扩大）会议隆重召开。𠮷祥村代表列席。';
    const theirs = '市委十五届七次全体（扩大）会议召开。𠮷祥村两名代表列席。';
    expect(mergeText(base, mine, theirs)).toBe('市委十五届七次全体（扩大）会议隆重召开。𠮷祥村两名代表列席。');
  });

  it('refuses when both sides changed the same words differently, and accepts the same change made twice', () => {
    expect(mergeText('全市上下', '全市各地', '全市上面')).toBeNull();
    // Neighbouring edits are not a clash: both are kept.
    expect(mergeText('全市上下', '全市各地', '全县上下')).toBe('全县各地');
    expect(mergeText('全市上下', '全市各地', '全市各地')).toBe('全市各地');
    // Two insertions at one point: which goes first is a decision for a person.
    expect(mergeText('甲乙', '甲一乙', '甲二乙')).toBeNull();
    // An insertion inside the other side's deletion.
    expect(mergeText('甲乙丙丁', '甲乙新丙丁', '甲丁')).toBeNull();
  });

  it('properties: a side that did not change yields the other; a merge is symmetric and never splits a surrogate pair', () => {
    const text = fc.array(fc.constantFrom(...Array.from('永康市委经济工作会议，。𠮷ab')), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, text, (base, mine, theirs) => {
        expect(mergeText(base, mine, base)).toBe(mine);
        expect(mergeText(base, base, theirs)).toBe(theirs);
        const m = mergeText(base, mine, theirs);
        if (m !== null) {
          // Symmetric, and no surrogate half left behind.
          expect(mergeText(base, theirs, mine)).toBe(m);
          expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(m)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('merges a story field by field; a clash names the field', () => {
    const base = story('推动高质量发展', '第一段原文。', '第二段原文。');
    const mine = { ...story('推动高质量发展', '第一段原文，补一句。', '第二段原文。'), byline: '融媒记者 徐婷婷 李梦楚' };
    const theirs = story('奋力推动高质量发展', '第一段原文。', '第二段原文改过。');
    const merged = mergeStory(base, mine, theirs);
    expect(merged).toEqual({ ok: true, content: { ...theirs, byline: '融媒记者 徐婷婷 李梦楚', body: [{ type: 'paragraph', text: '第一段原文，补一句。' }, { type: 'paragraph', text: '第二段原文改过。' }] } });
    const clash = mergeStory(base, { ...base, headline: '推动经济发展' }, { ...base, headline: '推动高水平发展' });
    expect(clash).toEqual({ ok: false, conflicts: ['headline'] });
  });

  it('keeps my paragraph types and bold when only I touched the body', () => {
    const base = story('题', '小标题', '正文。');
    const mine: StoryContent = { ...base, body: [{ type: 'subheading', text: '小标题' }, { type: 'paragraph', text: '正文。', marks: [{ type: 'bold', start: 0, end: 2 }] }] };
    const theirs = { ...base, headline: '新题' };
    expect(mergeStory(base, mine, theirs)).toEqual({ ok: true, content: { ...mine, headline: '新题' } });
  });

  it('keeps both sides\u2019 paragraph types and bold when both edited the body', () => {
    const base = story('题', '一、抓项目', '全年完成投资三亿元。', '同比增长百分之十二。');
    // I make the first paragraph a 小标题, bold 三亿元 and fix a word in the last paragraph.
    const mine: StoryContent = {
      ...base,
      body: [
        { type: 'subheading', text: '一、抓项目' },
        { type: 'paragraph', text: '全年完成投资三亿元。', marks: [{ type: 'bold', start: 6, end: 9 }] },
        { type: 'paragraph', text: '同比增长百分之十二点五。' },
      ],
    };
    // Meanwhile a colleague retypes the 小标题's words, adds to the second paragraph and bolds 同比增长.
    const theirs: StoryContent = {
      ...base,
      body: [
        { type: 'paragraph', text: '一、抓重大项目' },
        { type: 'paragraph', text: '全年完成固定资产投资三亿元。' },
        { type: 'paragraph', text: '同比增长百分之十二。', marks: [{ type: 'bold', start: 0, end: 4 }] },
      ],
    };
    const merged = mergeStory(base, mine, theirs);
    expect(merged).toEqual({
      ok: true,
      content: {
        ...base,
        body: [
          { type: 'subheading', text: '一、抓重大项目' },
          { type: 'paragraph', text: '全年完成固定资产投资三亿元。', marks: [{ type: 'bold', start: 10, end: 13 }] },
          { type: 'paragraph', text: '同比增长百分之十二点五。', marks: [{ type: 'bold', start: 0, end: 4 }] },
        ],
      },
    });
    // And the other way round: my un-bolding wins over their untouched bold.
    const unbold: StoryContent = { ...theirs, body: theirs.body.map((b) => ({ type: b.type, text: b.text })) };
    const again = mergeStory(theirs, unbold, { ...theirs, headline: '新题', body: [theirs.body[0]!, { type: 'paragraph', text: '全年完成固定资产投资三亿多元。' }, theirs.body[2]!] });
    expect(again.ok && again.content.body.map((b) => b.marks ?? [])).toEqual([[], [], []]);
  });

  it('keeps a 小标题 one side made when the other numbered it (text typed at its start)', () => {
    const base = story('题', '正文甲。', '概况', '正文乙。');
    const heading = (text: string): StoryContent['body'][number] => ({ type: 'subheading', text });
    const mine: StoryContent = { ...base, body: [base.body[0]!, heading('概况'), { type: 'paragraph', text: '正文乙，改。' }] };
    const theirs: StoryContent = { ...base, body: [base.body[0]!, { type: 'paragraph', text: '一、概况' }, base.body[2]!] };
    const expected = [base.body[0]!, heading('一、概况'), { type: 'paragraph', text: '正文乙，改。' }];
    expect(mergeStory(base, mine, theirs)).toEqual({ ok: true, content: { ...base, body: expected } });
    expect(mergeStory(base, theirs, mine)).toEqual({ ok: true, content: { ...base, body: expected } });
  });
});
