import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { expectClean, expectFlag, type FlagCase } from './rule-cases';

// date-format/gb15835, extended: one date, one numeral form (GB/T 15835—2011 4.3), the time
// colon (5.1.5), two-digit years before 底/初/季度 (5.1.4), and an impossible date's fix
const RULE = 'date-format/gb15835';

const FLAG: FlagCase[] = [
  { text: '𠮷祥村于二〇二四年3月5日完成了土地确权。', found: '二〇二四年3月5日', fix: '二〇二四年三月五日' },
  { text: '该条例自2025年三月一日起施行。', found: '2025年三月一日', fix: '2025年3月1日' },
  { text: '工程已于2024年十二月通过验收。', found: '2024年十二月', fix: '2024年12月' },
  { text: '一九九八年8月，这里发生过特大洪水。', found: '一九九八年8月', fix: '一九九八年八月' },
  { text: '当天上午8：30，首批游客进入景区。', found: '：', fix: ':' },
  { text: '开幕式于19：45正式开始。', found: '：', fix: ':' },
  { text: '该项目计划于25年底前建成投用。', found: '25年', fix: '2025年' },
  { text: '公司’23年上半年营收增长两成。', found: '’23年', fix: '2023年' },
  { text: '据统计，24年一季度全县进出口总额创新高。', found: '24年', fix: '2024年' },
  { text: '会议定于2025年2月30日召开。', found: '2025年2月30日', fix: '2025年2月28日' },
  { text: '报名截止时间为4月31日。', found: '4月31日', fix: '4月30日' },
];

const CLEAN = [
  '该条例自2025年3月1日起施行，二〇二五年是实施的第一年。',
  '本场比赛主队以21：15拿下首局。',
  '这家老店已经开了25年，见证了小城的变化。',
  '二〇二四年三月五日，村里完成了土地确权。',
  '县女排21：19拿下决胜局。',
  '1917年十月革命的消息传到了这里。',
  '2024年2月29日，县里召开了春耕动员会。',
];

describe(RULE, () => {
  it.each(FLAG)('flags $found in $text', (c) => {
    expectFlag(RULE, c);
  });

  it('counts offsets in UTF-16 code units after an astral ideograph', () => {
    const f = expectFlag(RULE, FLAG[0] as FlagCase);
    expect(f.start).toBe(5);
  });

  it.each(CLEAN)('leaves alone: %s', (text) => {
    expectClean(RULE, text);
  });

  it('never offers a fix that equals the text for an impossible date', () => {
    for (const text of ['2023年2月29日', '6月31日', '2024年11月31日']) {
      for (const f of checkText(text)) expect(f.suggestion).not.toBe(text.slice(f.start, f.end));
    }
  });
});
