import { describe, expect, it } from 'vitest';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// number-format/han-numerals: GB/T 15835—2011 4.2.1 (农历), 4.2.2 (概数), 4.2.3 (定型词语),
// 5.1.6 / 5.2.3 (含月日的专名), 5.3 (no mixed forms)
const RULE = 'number-format/han-numerals';

const FLAG: FlagCase[] = [
  { text: '𠮷祥村一方面抓产业，另1方面抓治理。', found: '1方面', fix: '一方面' },
  { text: '全县上下1心1意谋发展。', found: '1心1意', fix: '一心一意' },
  { text: '县里召开“14五”规划实施情况中期评估会。', found: '14五', fix: '十四五' },
  { text: '星期5上午，县长到信访局接待来访群众。', found: '星期5', fix: '星期五' },
  { text: '农历8月15日，敬老院里摆起了团圆宴。', found: '农历8月15日', fix: '农历八月十五' },
  { text: '正月15当晚，古镇举办了花灯巡游。', found: '正月15', fix: '正月十五' },
  { text: '腊月23，志愿者给独居老人送去年货。', found: '腊月23', fix: '腊月二十三' },
  { text: '大年初3，景区接待游客1.2万人次。', found: '大年初3', fix: '大年初三' },
  { text: '活动吸引了20几家企业参展。', found: '20几', fix: '二十几' },
  { text: '这棵古樟树已有几100年树龄。', found: '几100', fix: '几百' },
  { text: '大约3、4个月后，新厂房就能投产。', found: '3、4', fix: '三四' },
  { text: '全村百分之8的耕地实现了流转。', found: '百分之8', fix: '8%' },
  { text: '合作社去年分红3十万元。', found: '3十', fix: '30' },
  { text: '县市场监管局在“3.15”消费者权益日开展宣传。', found: '.', fix: '·' },
  { text: '全校师生纪念“九·一八”事变爆发93周年。', found: '·', fix: '' },
  { text: '学生们重温一二九运动的历史。', found: '一二九', fix: '一二·九' },
  { text: '全县森林覆盖率提高了0。6个百分点。', found: '。', fix: '.' },
];

const CLEAN = [
  // grades 3 and 4 (an enumeration), not “three or four years”
  '全县3、4年级学生参加了游泳培训。',
  '一方面要抓好产业，另一方面要抓好治理。',
  '全县新建农村公路1起步段，共3个标段。',
  '星期五上午，县长到信访局接待来访群众。',
  '农历八月十五，敬老院里摆起了团圆宴。',
  '今年已发生1起交通事故，同比下降50%。',
  '活动吸引了二十几家企业参展，签约项目20多个。',
  '县市场监管局在“3·15”消费者权益日开展宣传。',
  '“一二·九”运动纪念日当天，学生们重温历史。',
  '五一假期，全县接待游客35万人次。',
  '全村8%的耕地实现了流转，亩均增收300元。',
  '这家民宿在平台上的评分是“4.8”分。',
  '当天最低气温降至0。3日起气温回升。',
  '今年新增债务为0，30个村集体经济收入超过10万元。',
  '去年全县安全事故为0。30个村实现了零发案。',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    expectFlag(RULE, c);
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    expect(f.start).toBe(12);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });
});
