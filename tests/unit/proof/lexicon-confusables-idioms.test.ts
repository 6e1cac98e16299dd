import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES } from '../../../shared/proof/category-names';
import { checkText } from '../../../shared/proof/index';

// Common 错别字 in fixed phrases and idioms (the kind 《咬文嚼字》 lists): each wrong form is no
// correct word, or is conditioned on the context that makes it wrong.
// Sentences written fresh for this rule (county-news style, invented); offsets are UTF-16 code
// units, so a sentence with 𠮷 (two units) before the error catches a code-point slip.

/** [sentence, start, end, fix]: the only finding the whole checker may report on the sentence. */
const FLAG: [string, number, number, string][] = [
  ["𠮷祥村的村民们迫不急待地走进新建的文化礼堂。", 8, 12, "迫不及待"],
  ["面对连续阴雨，果农们一愁莫展。", 10, 14, "一筹莫展"],
  ["节日期间，县城主干道上车辆穿流不息。", 13, 17, "川流不息"],
  ["这支年轻的球队从不甘败下风。", 9, 13, "甘拜下风"],
  ["老支书谈笑风声，讲起了村里几十年的变化。", 3, 7, "谈笑风生"],
  ["企业不能默守成规，要敢于创新。", 4, 8, "墨守成规"],
  ["在走头无路之际，他回到家乡创业。", 1, 5, "走投无路"],
  ["工人们正在给新房按装太阳能热水器。", 8, 10, "安装"],
  ["他在外打工多年，回乡后带领乡亲脱贫至富。", 15, 19, "脱贫致富"],
  ["垃圾分类在全镇慰然成风。", 7, 11, "蔚然成风"],
  ["这项惠民活动倍受群众欢迎。", 6, 8, "备受"],
  ["新建的游客中心座落在水库东侧。", 7, 9, "坐落"],
  ["只有把理论和实践融汇贯通，才能解决实际问题。", 8, 12, "融会贯通"],
  ["𠮷祥村的老师傅把几种编法融汇贯通，创出了新花样。", 13, 17, "融会贯通"],
  ["学员们对所学知识溶汇贯通，考核全部合格。", 8, 12, "融会贯通"],
];

/** Correct sentences containing the same characters: no finding at all. */
const LEAVE: string[] = [
  "这座建筑融汇中西风格，成为古镇地标。",
  "大家把所学知识融会贯通，运用到工作中。",
  "这座落成于1958年的水库，至今仍在发挥作用。",
  "比赛按排名先后发放奖金。",
  "村集体收入翻了一倍受益于乡村旅游。",
  "希望大家再接再厉，争取更好成绩。",
  "在各方帮助下，企业渡过了难关。",
  "𠮷祥村安排专人负责垃圾分类。",
];

describe('常见错别字 in fixed phrases', () => {
  it.each(FLAG)('flags %s', (text, start, end, fix) => {
    const found = checkText(text);
    expect(found.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([[start, end, 'confusable-word', fix]]);
    const f = found[0]!;
    expect(f.suggestion).not.toBe(text.slice(f.start, f.end));
    expect(f.message).toMatch(/《现代汉语词典》/);
    expect(CATEGORY_NAMES[f.category]).toMatch(/\p{Script=Han}/u);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.suggestion, f.rule])).toEqual([]);
  });
});
