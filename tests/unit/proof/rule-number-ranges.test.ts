import { describe, expect, it } from 'vitest';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// number-format/gb15835, extended: a range must not drop the first number's %/万/亿 whatever
// its connector (GB/T 15835—2011 5.1.3), and 十五、六岁 takes no 顿号 (5.2.1)
const RULE = 'number-format/gb15835';

const FLAG: FlagCase[] = [
  { text: '𠮷祥镇今年蔬菜产量预计增长8-10%，带动农户增收。', found: '8-10%', fix: '8%～10%' },
  { text: '全县规上工业增加值增速保持在6—8%之间。', found: '6—8%', fix: '6%—8%' },
  { text: '每个项目可获得补助资金5-10万元。', found: '5-10万元', fix: '5万元～10万元' },
  { text: '全镇年接待游客约20～30万人次。', found: '20～30万人', fix: '20万人～30万人' },
  { text: '新增专项债券额度为3~5亿元。', found: '3~5亿元', fix: '3亿元～5亿元' },
  { text: '受访企业中，有40－50%表示将扩大招工。', found: '40－50%', fix: '40%～50%' },
  { text: '村里来了位十五、六岁的小志愿者。', found: '十五、六', fix: '十五六' },
  { text: '这片竹林已有三十七、八年了。', found: '三十七、八', fix: '三十七八' },
  { text: '附近有七、八个村的群众赶来看戏。', found: '七、八', fix: '七八' },
  { text: '文化站每年举办二十五、六场演出。', found: '二十五、六', fix: '二十五六' },
  // 年 as a span of years stays an approximate number; only 年级 (a grade) is an enumeration
  { text: '这项技术在当地推广了三、四年。', found: '三、四', fix: '三四' },
  { text: '他在村里当了五、六年的会计。', found: '五、六', fix: '五六' },
  { text: '老人已经七、八年没有回过老家了。', found: '七、八', fix: '七八' },
];

const CLEAN = [
  '今年蔬菜产量预计增长8%～10%，带动农户增收。',
  '每个项目可获得补助资金5万元～10万元。',
  '咨询电话0571-6688万号段已全部开通。',
  '这次评选出一、二等奖各5名。',
  '村里来了位十五六岁的小志愿者。',
  '小区3-5栋已完成外墙改造。',
  '全县三、四年级学生都参加了这次研学活动。',
  '𠮷祥小学五、六年级新开设了编程课。',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    expectFlag(RULE, c);
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    expect(f.start).toBe(14);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });
});
