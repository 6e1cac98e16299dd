import type { Hit, Rule, RuleContext } from '../types';
import { hanNumber } from './util';

const STD = 'GB/T 15835—2011';
const HAN_DIGITS = '一二三四五六七八九';

function rangeHits(s: string, hits: Hit[]): void {
  // 2～3% → 2%～3%; 13～17万元 → 13万元～17万元: the unit may be dropped from the first
  // number only where nothing becomes ambiguous
  const re = /(?<![\d.-])(\d+(?:\.\d+)?)([～~－—–-])(\d+(?:\.\d+)?)(%|‰|万|亿)([元人户吨亩台辆件家个名头只套间次]?)/g;
  for (const m of s.matchAll(re)) {
    const [whole, a, tilde, b, mag, unit] = m;
    const u = `${mag ?? ''}${unit ?? ''}`;
    // 0571-8888万? no: a hyphen pair is a range only when ascending (codes and scores are not)
    if (tilde !== '～' && tilde !== '~' && (Number(a) >= Number(b) || /^0\d/.test(a ?? ''))) continue;
    const mark = tilde === '—' ? '—' : '～';
    hits.push({
      start: m.index,
      end: m.index + whole.length,
      suggestion: `${a}${u}${mark}${b}${u}`,
      message: `${STD} 5.1.3：数值范围中省略前一个数的“${mag}”会造成歧义，不应省略，应写作“${a}${u}${mark}${b}${u}”。`,
    });
  }
}

function approxHits(s: string, hits: Hit[]): void {
  // 三、四个月 → 三四个月: adjacent numerals of an approximate number take no 顿号
  // (一、二季度 / 一、二等奖 / 三、四年级 are enumerations and stay)
  const re = /(?<![一二三四五六七八九十百千万第])([一二三四五六七八九])、([一二三四五六七八九])(?=(?:十|百|千|万)?(?:个|天|年(?!级)|月|岁|次|人|家|成|倍|名|位|种|项|条|米|公里|小时|分钟|周|斤|元|辆|户|所|座|场|遍|趟|里|层|块|亩))/g;
  for (const m of s.matchAll(re)) {
    const a = HAN_DIGITS.indexOf(m[1] ?? '');
    const b = HAN_DIGITS.indexOf(m[2] ?? '');
    if (b !== a + 1) continue;
    hits.push({
      start: m.index,
      end: m.index + 3,
      suggestion: `${m[1]}${m[2]}`,
      message: `${STD} 5.2.1：两个数字连用表示概数时，两数之间不用顿号隔开，应作“${m[1]}${m[2]}”（GB/T 15834—2011 4.5.3.4）。`,
    });
  }
}

// 十五、六岁 → 十五六岁, 三十七、八万 → 三十七八万: the tens shared by both numbers
const TENS_APPROX_RE = /(?<![一二三四五六七八九十百千万第])((?:[二三四五六七八九])?十)([一二三四五六七八九])、([一二三四五六七八九])(?=(?:万)?(?:个|天|年(?!级)|月|岁|次|人|家|倍|名|位|种|项|条|米|公里|小时|分钟|周|斤|元|辆|户|所|座|场|遍|趟|里|层|块|亩))/g;

function tensApproxHits(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(TENS_APPROX_RE)) {
    const a = HAN_DIGITS.indexOf(m[2] ?? '');
    const b = HAN_DIGITS.indexOf(m[3] ?? '');
    if (b !== a + 1) continue;
    const want = `${m[1]}${m[2]}${m[3]}`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 5.2.1：两个数字连用表示概数时，两数之间不用顿号隔开，应作“${want}”（GB/T 15834—2011 4.5.3.4）。`,
    });
  }
}

function mixedHits(s: string, hits: Hit[]): void {
  // 3千 → 3000, 5百 → 500: only 万 and 亿 combine with Arabic digits (千克/千米/千瓦… are units)
  const re = /(?<![\d.])(\d+(?:\.\d+)?)([千百])(?![克米瓦伏帕焦卡赫兆字节分])/g;
  for (const m of s.matchAll(re)) {
    const n = Number(m[1]) * (m[2] === '千' ? 1000 : 100);
    if (!Number.isFinite(n) || !Number.isInteger(n)) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: String(n),
      message: `${STD} 5.3：阿拉伯数字只能与“万”“亿”连用，不与“${m[2]}”连用，应作“${n}”。`,
    });
  }
}

// 会议届次 with Han numerals: 十一届全国人大一次会议, not 11届全国人大1次会议
const SESSION_BODY = '(?:全国|中央|中共|[省市县区镇乡])?(?:人民代表大会|人大|政协|党代会|代表大会|委员会|中央委员会|常委会|纪委|[一二三四五六七八九十\\d]+中全会|[一二三四五六七八九十\\d]+次)';

function sessionHits(s: string, hits: Hit[]): void {
  const push = (at: number, digits: string): void => {
    const n = Number(digits);
    hits.push({
      start: at,
      end: at + digits.length,
      suggestion: hanNumber(n),
      message: `${STD} 4.3：会议的届次、次数宜用汉字数字，应作“${hanNumber(n)}”（示例：十一届全国人大一次会议）。`,
    });
  };
  for (const m of s.matchAll(new RegExp(`(?<![\\d.])(\\d{1,2})届(?=${SESSION_BODY})`, 'g'))) push(m.index, m[1] ?? '');
  for (const m of s.matchAll(/(?<![\d.])(\d{1,2})中全会/g)) push(m.index, m[1] ?? '');
  for (const m of s.matchAll(/党的(\d{1,2})大/g)) push(m.index + 2, m[1] ?? '');
  // 第4次会议 after a 届 in the same clause: 第十八届人民代表大会第4次会议
  for (const m of s.matchAll(/(?<![\d.])(\d{1,2})次(?:全体|代表)?(?:会议|大会)/g)) {
    const clauseStart = Math.max(s.lastIndexOf('。', m.index), s.lastIndexOf('，', m.index), 0);
    if (!s.slice(clauseStart, m.index).includes('届')) continue;
    push(m.index, m[1] ?? '');
  }
}

function yearZeroHits(s: string, hits: Hit[]): void {
  // 二零二五年 → 二〇二五年: 〇 in numbering (years), 零 in quantities
  for (const m of s.matchAll(/[〇零○OoО0０一二三四五六七八九]{4}(?=年)/g)) {
    if (!/[一二三四五六七八九]/.test(m[0])) continue;
    for (let k = 0; k < m[0].length; k++) {
      if (m[0][k] !== '零') continue;
      hits.push({
        start: m.index + k,
        end: m.index + k + 1,
        suggestion: '〇',
        message: `${STD} 5.2.5：汉字数字表示年份（编号）时“0”写作“〇”，“零”用于计量。`,
      });
    }
  }
  // 三千〇五十二 → 三千零五十二
  for (const m of s.matchAll(/(?<=[一二三四五六七八九][十百千万亿])〇(?=[一二三四五六七八九])/g)) {
    hits.push({
      start: m.index,
      end: m.index + 1,
      suggestion: '零',
      message: `${STD} 5.2.5：汉字数字表示数量时“0”写作“零”，“〇”用于编号和年份。`,
    });
  }
}

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  // cheap guards first: most paragraphs trigger none of these passes
  if (/\d[～~\-－—–]\d/.test(s)) rangeHits(s, hits);
  if (s.includes('、')) {
    approxHits(s, hits);
    tensApproxHits(s, hits);
  }
  if (/\d[千百]/.test(s)) mixedHits(s, hits);
  if (/届|中全会|党的\d/.test(s)) sessionHits(s, hits);
  if (/[零〇]/.test(s)) yearZeroHits(s, hits);
  return hits;
}

/** GB/T 15835 number forms: ranges, 概数, 3千, 会议届次, 〇/零. */
export const numberFormatRule: Rule = { id: 'number-format/gb15835', category: 'number-format', check };
