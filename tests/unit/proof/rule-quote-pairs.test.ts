import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';

// Unpaired quotes and titles (GB/T 15834-2011 4.8, 4.15): a quote closed by a title mark or a
// title closed by a quote is one mark typed for the other (one finding, on the closer); a quoted
// name after 称…为/被誉为/号称 ends at the first pause, not with the sentence.
// Sentences written fresh for this rule (county-news style, invented).

/** [sentence, found, fix]: the only quote-unbalanced finding on the sentence. */
const FLAG: [string, string, string][] = [
  ['县里推出了“乡村夜校》，报名十分踊跃。', '》', '”'],
  ['𠮷祥村编印了《村规民约”，人手一册。', '”', '》'],
  ['镇里开展了“清河行动》专项整治。', '》', '”'],
  ['村民们称他为“泥腿子专家，有事都找他。', '，', '”，'],
  ['这条古道被誉为“浙中茶马道，吸引了不少游客。', '，', '”，'],
  ['小镇号称“五金之都、商贾云集。', '、', '”、'],
];

/** Near misses: balanced marks, and a quotation (not a name) that runs to the end of its sentence. */
const LEAVE: string[] = [
  '村民们称他为“泥腿子专家”，有事都找他。',
  '县里推出了“乡村夜校”，报名十分踊跃。',
  '学习《关于〈村规民约〉的说明》后，大家很受启发。',
  '他说：“我们村今年要再种两百亩茶叶。”',
];

describe('quote-unbalanced/pairs', () => {
  it.each(FLAG)('flags %s', (text, found, fix) => {
    const hits = checkText(text).filter((f) => f.category === 'quote-unbalanced');
    const at = text.indexOf(found);
    expect(hits.map((f) => [f.start, f.end, f.suggestion])).toEqual([[at, at + found.length, fix]]);
    expect(hits[0]!.message).toMatch(/GB\/T 15834/);
  });

  it('puts the close after a quoted name before the first pause even after an astral ideograph', () => {
    const text = '𠮷祥村的人都叫她为“蚕桑能手，一年四季忙个不停。';
    const hits = checkText(text).filter((f) => f.category === 'quote-unbalanced');
    expect(hits.map((f) => [f.start, f.suggestion])).toEqual([[text.indexOf('，'), '”，']]);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.rule])).toEqual([]);
  });
});
