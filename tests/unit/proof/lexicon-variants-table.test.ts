import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES } from '../../../shared/proof/category-names';
import { checkText } from '../../../shared/proof/index';
import { GUARDED_VARIANTS, VARIANT_GROUPS } from '../../../shared/proof/lexicons/variants';

// The 第一批异形词整理表 (GF 1001-2001): a non-recommended form becomes the recommended one; a
// guarded group stays silent where its characters only meet across a word boundary.
// Sentences written fresh for this rule (county-news style, invented); offsets are UTF-16 code
// units, so a sentence with 𠮷 (two units) before the error catches a code-point slip.

/** [sentence, start, end, fix]: the only finding the whole checker may report on the sentence. */
const FLAG: [string, number, number, string][] = [
  ["检测显示，𠮷祥村土壤中有机质成份明显增加。", 15, 17, "成分"],
  ["县志办编纂的新版县志，对村落变迁刻划细致入微。", 16, 18, "刻画"],
  ["关键时刻，镇党委一槌定音，决定连夜转移群众。", 8, 12, "一锤定音"],
  ["文化礼堂里锣鼓喧天，喝采声一阵高过一阵。", 10, 12, "喝彩"],
  ["这家企业的股分结构去年进行了调整。", 5, 7, "股份"],
  ["老人一生澹泊名利，把积蓄全部捐给了村小。", 4, 6, "淡泊"],
  ["游客在古镇老街留连忘返，直到夜色降临。", 7, 9, "流连"],
  ["民俗文化节上，各色小吃五采缤纷。", 11, 15, "五彩缤纷"],
  ["她工作塌实肯干，连续三年被评为优秀。", 3, 5, "踏实"],
  ["几名少年必恭必敬地向烈士纪念碑献花。", 4, 8, "毕恭毕敬"],
  ["监控系统可以实时传回高清图象。", 12, 14, "图像"],
  ["新修的县道蜿蜒曲折，沿途风光秀丽，令人心旷神怡，不少游客驻足拍照，想把这份美景记录下来，直到暮色中山峦渐渐模胡。", 53, 55, "模糊"],
];

/** Correct sentences containing the same characters: no finding at all. */
const LEAVE: string[] = [
  "合作社按股分红，社员人均增收3000元。",
  "记录相关数据后，技术员把样本送往县检测中心。",
  "这份内部资料详细记录了古村落的修缮过程。",
  "镇里确定单价后，统一收购农户的茶叶。",
  "上山查看林情的护林员，每天要走二十多公里。",
  "生猪价格下跌交易量萎缩，养殖户压力加大。",
  "𠮷祥村的什锦小吃和五彩缤纷的花灯吸引了游客。",
];

describe('《第一批异形词整理表》 non-recommended forms', () => {
  it.each(FLAG)('flags %s', (text, start, end, fix) => {
    const found = checkText(text);
    expect(found.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([[start, end, 'variant-form', fix]]);
    const f = found[0]!;
    expect(f.suggestion).not.toBe(text.slice(f.start, f.end));
    expect(f.message).toMatch(/《第一批异形词整理表》/);
    expect(CATEGORY_NAMES[f.category]).toMatch(/\p{Script=Han}/u);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.suggestion, f.rule])).toEqual([]);
  });

  it('lists a guarded form only with its guard (an unguarded copy would flag 需要末端, 值班白天 …)', () => {
    const plain = new Set(Object.values(VARIANT_GROUPS).flatMap((v) => v.replace(/\n/g, '').split('|').flatMap((g) => g.trim().split(' ').slice(1))));
    expect(GUARDED_VARIANTS.filter((e) => plain.has(e.wrong)).map((e) => e.wrong)).toEqual([]);
    expect(checkText('这么多年来，需要末端治理的项目已全部完工。', { categories: ['variant-form'] })).toEqual([]);
  });
});
