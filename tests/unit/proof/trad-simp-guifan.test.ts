import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES } from '../../../shared/proof/category-names';
import { checkText } from '../../../shared/proof/index';

// 《通用规范汉字表》: traditional characters and 异体字 in simplified copy. 著/於/瞭/藉 are standard
// characters in some words, so they are flagged only where the traditional reading is certain.
// Sentences written fresh for this rule (county-news style, invented); offsets are UTF-16 code
// units, so a sentence with 𠮷 (two units) before the error catches a code-point slip.

/** [sentence, start, end, fix]: the only finding the whole checker may report on the sentence. */
const FLAG: [string, number, number, string][] = [
  ["𠮷祥村的經濟发展很快。", 5, 7, "经济"],
  ["随著新项目落地，全村就业岗位增加。", 1, 2, "着"],
  ["这意味著村集体收入将翻番。", 3, 4, "着"],
  ["由於天气原因，比赛推迟一天。", 1, 2, "于"],
  ["村民们对新政策非常瞭解。", 9, 10, "了"],
  ["不能以任何藉口推脱责任。", 5, 6, "借"],
  ["远处的山峯在云雾中若隐若现。", 4, 5, "峰"],
  ["广场上人羣熙熙攘攘。", 4, 5, "群"],
  ["村裏新建了一座文化礼堂。", 1, 2, "里"],
  ["全县上下沿著既定目标前进。", 5, 6, "着"],
  ["於是大家决定提前收割。", 0, 1, "于"],
  ["县里的臺灣同胞联谊会今天成立。", 3, 5, "台湾"],
];

/** Correct sentences containing the same characters: no finding at all. */
const LEAVE: string[] = [
  "陕西乾县的乾陵是唐代帝王陵墓。",
  "这位著名作家出生在我县。",
  "护林员每天登上瞭望塔巡查。",
  "於先生是村里的老会计。",
  "他的事迹给大家带来了慰藉。",
  "随著名专家来到村里的还有三名研究生。",
  "𠮷祥村的蒜薹喜获丰收，乾坤朗朗。",
];

describe('traditional and variant characters (《通用规范汉字表》)', () => {
  it.each(FLAG)('flags %s', (text, start, end, fix) => {
    const found = checkText(text);
    expect(found.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([[start, end, 'trad-simp-mix', fix]]);
    const f = found[0]!;
    expect(f.suggestion).not.toBe(text.slice(f.start, f.end));
    expect(f.message).toMatch(/《通用规范汉字表》/);
    expect(CATEGORY_NAMES[f.category]).toMatch(/\p{Script=Han}/u);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.suggestion, f.rule])).toEqual([]);
  });
});
