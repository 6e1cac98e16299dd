import { describe, expect, it } from 'vitest';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// punct-form/mark-forms: GB/T 15834—2011 x.2 “形式” clauses (4.10.2, 4.13.3, 4.14.2, 4.15.2, 4.4.2 …)
const RULE = 'punct-form/mark-forms';

const FLAG: FlagCase[] = [
  { text: '新建的𠮷祥广场每天3~5场文艺演出，吸引不少市民。', found: '~', fix: '～' },
  { text: '县城至东湖镇的公交线路全长12-18公里，票价2元。', found: '-', fix: '～' },
  { text: '全县1-3月份完成固定资产投资8.6亿元。', found: '-', fix: '—' },
  { text: '图书馆开放时间为每天8:30-17:30，周一闭馆。', found: '-', fix: '—' },
  { text: '今年粮食单产预计提高5%-8%，创近年新高。', found: '-', fix: '～' },
  { text: '育苗期间棚内温度需保持在20－25摄氏度之间。', found: '－', fix: '～' },
  { text: '据<<青溪日报>>报道，县里新建了三座桥。', found: '<<', fix: '《' },
  { text: '据<<青溪日报>>报道，县里新建了三座桥。', found: '>>', fix: '》' },
  { text: '来自肯尼亚的留学生玛丽・奥蒂诺参加了活动。', found: '・', fix: '·' },
  { text: '这条路修好了――村民们再也不用绕远路了。', found: '――', fix: '——' },
  { text: '他停顿片刻———又接着讲起了村里的变化。', found: '———', fix: '——' },
  { text: '会上﹐县长强调要抓好春耕生产。', found: '﹐', fix: '，' },
  { text: '茶叶、竹笋､香菇是全镇的三大特色产业。', found: '､', fix: '、' },
  { text: '每亩补贴资金为80–120元，由乡镇统一发放。', found: '–', fix: '～' },
  { text: '全县共有1-2年级学生3200人。', found: '-', fix: '～' },
  { text: '这批果树再过3-5年就能挂果。', found: '-', fix: '～' },
];

const CLEAN = [
  '咨询电话0571-88886666，工作日均可拨打。',
  '该户住在幸福小区3-502室，家中有两位老人。',
  '本场比赛主队以3-1战胜客队，晋级半决赛。',
  '县篮球队以1-2不敌对手，获得亚军。',
  '2024-2025学年全县新增学位1200个。',
  '项目编号为QX-2025-017，已完成招标。',
  '——访县人大代表李春梅',
  '他说：“这件事我们一定要办好——办到群众心坎上。”',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    expectFlag(RULE, c);
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    // 新建的𠮷祥广场每天3 is 11 code units (𠮷 is a surrogate pair)
    expect(f.start).toBe(11);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });
});
