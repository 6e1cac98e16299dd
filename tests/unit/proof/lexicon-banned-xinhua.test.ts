import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES } from '../../../shared/proof/category-names';
import { checkText } from '../../../shared/proof/index';

// 新华社《新闻信息报道中的禁用词和慎用词》: slurs on people with disabilities, 民族简称, 国名 and
// 国际组织成员 (港澳台 wordings are political-formulation, see lexicon-formulations-fixed.test.ts).
// Sentences written fresh for this rule (county-news style, invented); offsets are UTF-16 code
// units, so a sentence with 𠮷 (two units) before the error catches a code-point slip.

/** [sentence, start, end, fix]: the only finding the whole checker may report on the sentence. */
const FLAG: [string, number, number, string][] = [
  ["𠮷祥村为村里的残废人免费安装了无障碍扶手。", 8, 11, "残疾人"],
  ["社区为瞎子提供上门理疗服务。", 3, 5, "盲人"],
  ["学校专门为聋子开设了手语课程。", 5, 7, "聋人"],
  ["他是全县有名的蒙族歌手。", 7, 9, "蒙古族"],
  ["来自新疆的维族姑娘在县城开了一家餐馆。", 5, 7, "维吾尔族"],
  ["北朝鲜代表团近日访问了我市。", 0, 3, "朝鲜"],
  ["一批南朝鲜游客来到古镇参观。", 2, 5, "韩国"],
  ["公司法人代表张某到场签约。", 2, 6, "法定代表人"],
  ["会议邀请了多个世界贸易组织成员国的代表。", 13, 16, "成员"],
  ["村长李明带领村民修建了机耕路。", 0, 2, "村委会主任"],
  ["这位影帝回到家乡拍摄公益短片。", 2, 4, "著名演员"],
  ["志愿者多年来照顾镇上的弱智儿童。", 11, 13, "智力障碍"],
  ["外蒙客商来我县洽谈羊绒深加工项目。", 0, 2, "蒙古国"],
  ["𠮷祥村的牧民曾随团赴外蒙考察草场改良。", 11, 13, "蒙古国"],
  ["县里组织企业参加在外蒙举办的商品博览会。", 9, 11, "蒙古国"],
];

/** Correct sentences containing the same characters: no finding at all. */
const LEAVE: string[] = [
  "企业额外蒙受的损失由保险公司赔付。",
  "国外蒙特利尔的客商也慕名而来。",
  "该村长期坚持“一事一议”，村容村貌焕然一新。",
  "他在村长大，对这里的一草一木都很熟悉。",
  "农村长期存在的出行难题得到解决。",
  "他是个书呆子，整天泡在图书馆。",
  "这部电影帝王将相的戏份很重。",
  "他吃了个哑巴亏，却从不抱怨。",
  "𠮷祥村的盲人按摩店开业了。",
  "联合国成员国代表出席了论坛。",
];

describe('新华社 禁用词', () => {
  it.each(FLAG)('flags %s', (text, start, end, fix) => {
    const found = checkText(text);
    expect(found.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([[start, end, 'banned-term', fix]]);
    const f = found[0]!;
    expect(f.suggestion).not.toBe(text.slice(f.start, f.end));
    expect(f.message).toMatch(/新华社/);
    expect(CATEGORY_NAMES[f.category]).toMatch(/\p{Script=Han}/u);
  });

  it.each(LEAVE)('leaves %s alone', (text) => {
    expect(checkText(text).map((f) => [text.slice(f.start, f.end), f.suggestion, f.rule])).toEqual([]);
  });
});
