import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryName } from '../../../shared/proof/category-names';
import { PROOF_CATEGORIES, checkText } from '../../../shared/proof/index';
import { defaultLexicons } from '../../../shared/proof/lexicons/index';

// Pieces every rule reacts to, with unpaired and misturned quotes and brackets in every position,
// and every shipped word-list entry's wrong form.
const lexicon = Object.values(defaultLexicons()).flat().map((e) => e.wrong);
const piece = fc.oneof(
  fc.constantFrom(
    '县政府', '召开', '会议', '他说', '：', '“', '”', '‘', '’', '《', '》', '（', '）', '(', ')', '【', '】', '〔', '〕', '〈', '〉',
    '「', '」', '"', "'", ',', '.', '，', '。', '！', '？', '、', '；', ' ', '　', '2025', '年', '月', '日', '１２', 'O', '二O二五年',
    '了了', '的的', '把把', '得很', '經濟', '...', '--', '……', '——', '\n', '第3版', '%', '1,256.3',
  ),
  fc.constantFrom(...lexicon),
);
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('findings in words a proofreader reads', () => {
  it('every category has a Chinese name', () => {
    for (const c of PROOF_CATEGORIES) {
      expect(categoryName(c), c).toMatch(/^[\p{Script=Han}“”]+$/u);
      expect(categoryName(c)).not.toBe('其他');
    }
  });

  it('no finding of any rule offers a fix that leaves the text as it is, and every reason is in Chinese', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const f of checkText(s)) {
          const found = s.slice(f.start, f.end);
          expect(f.suggestion === found, `${f.rule}: ${JSON.stringify(found)} → ${JSON.stringify(f.suggestion)} in ${JSON.stringify(s)}`).toBe(false);
          expect(f.message, f.rule).toMatch(/\p{Script=Han}/u);
        }
      }),
      { numRuns: Number(process.env.BANXIN_STRESS) ? 20_000 : 1_000 },
    );
  });

  it('an unpaired quote or bracket gets the fix it most likely needs', () => {
    const fixOf = (s: string) => checkText(s, { categories: ['quote-unbalanced'] }).map((f) => [s.slice(f.start, f.end), f.suggestion]);
    // the example: a closing quote typed as an opening one (“ → “ was offered)
    expect(fixOf('他说：“我们一定办好。“')).toEqual([['“', '”']]);
    expect(fixOf('“你好“，他说。')).toEqual([['“', '”']]);
    // an opening quote typed as a closing one
    expect(fixOf('他说：”我们一定办好。”')).toEqual([['”', '“']]);
    // a quotation never closed ends with its sentence
    expect(fixOf('他说：“我们一定办好。下午散会')).toEqual([['。', '。”']]);
    // a bracket closes before the next pause
    expect(fixOf('县人大（常委会，今天开会。')).toEqual([['，', '），']]);
    // a quotation never opened begins after the colon that introduces it
    expect(fixOf('他说：我们一定办好。”')).toEqual([['：', '：“']]);
  });
});
