import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// punct-usage/gb15834-patterns: A.9.2 (……等), 4.5.3.1 and A.3 (、等 / 、和 / 、以及),
// 4.5.3.3 (（一）、 and 一.), 4.4.3.2 (首先、)
const RULE = 'punct-usage/gb15834-patterns';

const FLAG: FlagCase[] = [
  { text: '展销会上有𠮷祥果、猕猴桃、蜂蜜……等农特产品。', found: '……', fix: '' },
  { text: '大棚里种着西红柿、黄瓜、辣椒等等……品种多达二十个。', found: '……', fix: '' },
  { text: '全县已建成村级图书室、文化广场、等公共文化设施。', found: '、', fix: '', nth: 1 },
  { text: '县里组织交通、住建、水利、以及应急管理部门开展联合检查。', found: '、', fix: '，', nth: 2 },
  { text: '乡镇干部、驻村工作队员、和村“两委”成员一起入户走访。', found: '、', fix: '', nth: 1 },
  { text: '镇卫生院、村卫生室、及家庭医生团队共同参与义诊。', found: '、', fix: '', nth: 1 },
  { text: '（一）、持续抓好粮食生产。', found: '、', fix: '' },
  { text: '（2），加强农田水利建设。', found: '，', fix: '' },
  { text: '首先、要把安全生产责任落实到人。', found: '、', fix: '，' },
  { text: '最后、他希望年轻干部多到基层去。', found: '、', fix: '，' },
  { text: '二.推进人居环境整治', found: '.', fix: '、' },
  { text: '三．做好秋冬季森林防火工作', found: '．', fix: '、' },
];

const CLEAN = [
  '全县各乡镇、各部门要高度重视，确保政策落实到位。',
  '村里的文化礼堂、和美乡村示范点都已建成。',
  '他们坚持做到准确、及时、全面地发布信息。',
  '参加培训的有种粮大户、家庭农场主等120余人。',
  '1.加强组织领导，压实工作责任。',
  '这次评选出一、二等奖各5名。',
  '（一）持续抓好粮食生产',
  '首先是抓好春耕备耕，其次是做好防汛准备。',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    expectFlag(RULE, c);
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    expect(f.start).toBe(16);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });

  it('keeps the 下脚点 after an Arabic ordinal (halfwidth-punct does not turn it into 。)', () => {
    expect(checkText('1.加强组织领导，压实工作责任。')).toEqual([]);
    expect(checkText('2.完善考核机制').filter((f) => f.category === 'halfwidth-punct')).toEqual([]);
  });
});
