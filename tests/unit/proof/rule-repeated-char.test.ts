import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';

// Accidentally doubled function words (衍字): 们 (a suffix, never the start of a word), the
// conjunction 和, the copula 是 and 将, each with the neighbours that make a doubling correct.
// Sentences written fresh for this rule (county-news style, invented).

/** [sentence, the doubled pair]: the only finding the whole checker may report. */
const FLAG: [string, string][] = [
  ['同志们们纷纷表示要把好事办好。', '们们'],
  ['𠮷祥村的党员们们冒雨清理了河道。', '们们'],
  ['全县交通和和水利建设同步推进。', '和和'],
  ['文化礼堂是是村民们最爱去的地方。', '是是'],
  ['新校区将将于今年秋季投入使用。', '将将'],
  ['我们们将继续做好服务保障工作。', '们们'],
  ['县人大常委会会议表决通过了了三项决定。', '了了'],
];

/** Near misses: a word ending in the character next to a word starting with it, or a reduplication. */
const LEAVE: string[] = [
  '这位老支书待人温和和善，村民都很敬重他。',
  '邻里之间和和睦睦，村里很少有纠纷。',
  '一家人和和美美地过了个团圆年。',
  '这件事的是是非非，群众心里自有公论。',
  '但是是否立项，还要经过专家论证。',
  '老党员说：“要是是我，也会这么做。”',
  '大家都在猜，可是是谁捐的款，始终没人知道。',
  '会议即将将其列入明年的重点工作。',
  '志愿者帮老人了了心愿。',
  '老人终于了了一桩多年的心事。',
];

describe('repeated-char/function-word', () => {
  it.each(FLAG)('flags %s', (text, pair) => {
    const found = checkText(text);
    const at = text.indexOf(pair);
    expect(found.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([[at, at + 2, 'repeated-char', pair[0]]]);
    expect(found[0]!.message).toMatch(/衍字/);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.rule])).toEqual([]);
  });
});
