import { describe, expect, it } from 'vitest';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// quote-style/curly-nesting, extended: a title inside a title takes 〈〉 (GB/T 15834—2011
// 4.15.3.5); a first-level quotation takes “” not ‘’ (4.8.3.4)
const RULE = 'quote-style/curly-nesting';

const FLAG: FlagCase[] = [
  { text: '𠮷祥镇干部认真学习《关于《乡村振兴促进法》的解读》一书。', found: '《', fix: '〈', nth: 1 },
  { text: '𠮷祥镇干部认真学习《关于《乡村振兴促进法》的解读》一书。', found: '》', fix: '〉', nth: 0 },
  { text: '县图书馆推出《读《红岩》有感》征文活动。', found: '《', fix: '〈', nth: 1 },
  { text: '县图书馆推出《读《红岩》有感》征文活动。', found: '》', fix: '〉', nth: 0 },
  { text: '县剧团排演的《〈白毛女〉选段与《洪湖赤卫队》选段》受到欢迎。', found: '《', fix: '〈', nth: 1 },
  { text: '全县中小学全面落实‘双减’政策。', found: '‘', fix: '“' },
  { text: '全县中小学全面落实‘双减’政策。', found: '’', fix: '”' },
  { text: '村民们亲切地称他为‘泥腿子专家’。', found: '‘', fix: '“' },
  { text: '该镇打造‘一村一品’特色产业，带动农民增收。', found: '’', fix: '”' },
  { text: '这座老桥被当地人叫作‘连心桥’，已有百年历史。', found: '‘', fix: '“' },
  { text: '会议强调，要把‘最多跑一次’改革向基层延伸。', found: '’', fix: '”' },
];

const CLEAN = [
  '县干部学习《〈乡村振兴促进法〉解读》一书。',
  '他说：“这就是我们常说的‘绿水青山就是金山银山’。”',
  '县图书馆推出《红岩》《林海雪原》等红色经典书目。',
  '全县中小学全面落实“双减”政策。',
  'The slogan “Let’s go green” was printed on the bags.',
  '组织党员观看电影《长津湖，并阅读《人民日报》相关评论。',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    const f = expectFlag(RULE, c);
    expect(f.message).toMatch(/4\.(15\.3\.5|8\.3\.4)/);
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    expect(f.start).toBe(13);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });

  it('leaves ‘’ alone inside a quotation opened in the previous paragraph', async () => {
    const { checkText } = await import('../../../shared/proof/index');
    const text = '他接着说：“我们村的变化大家都看得到。\n“老百姓常说‘好日子是干出来的’，这话一点不假。”';
    expect(checkText(text).filter((f) => f.rule === RULE)).toEqual([]);
  });
});
