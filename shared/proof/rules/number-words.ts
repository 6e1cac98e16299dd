import type { Hit, Rule, RuleContext } from '../types';
import { hanNumber } from './util';

// Where GB/T 15835—2011 requires Han numerals (4.2) or forbids mixing the two forms (5.3), and
// the 专名 with month and day (5.1.6, 5.2.3): 1方面, 星期3, 农历8月15, “14五”, 20几, 百分之5, 3十万.
const STD = 'GB/T 15835—2011';

const DIGIT_OF: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const HAN_OF: Record<string, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九', 0: '〇' };

/**
 * 已定型的含汉字数字的词语 (4.2.3): words, idioms and fixed formulations whose numerals are
 * morphemes. Only words where a digit can never be a count are listed (一起, 一批, 一线 can).
 */
const FIXED_WORDS = [
  '一方面', '一律', '一旦', '一致', '一些', '一切', '一直', '一般', '一样', '一定', '一贯', '一向',
  '统一', '唯一', '万一', '一系列', '一揽子', '一体化', '一站式', '一把手', '一盘棋', '一刀切', '一票否决',
  '一心一意', '三心二意', '一五一十', '七上八下', '半斤八两', '五湖四海', '四面八方', '四书五经',
  '五四运动', '九三学社', '八国联军', '十万八千里', '三七二十一', '一带一路', '五位一体', '四个全面',
  '四个意识', '四个自信', '两个维护', '八项规定', '三严三实', '两学一做', '三会一课', '第一书记', '第一时间',
  '一网通办', '一网统管', '最多跑一次', '一张蓝图', '一举两得', '接二连三', '乱七八糟', '三令五申', '五花八门',
  '千方百计', '一丝不苟', '一鼓作气', '一马当先', '一往无前', '一以贯之', '一如既往', '一脉相承', '万无一失',
  '一分为二', '三番五次', '六方会谈', '一国两制', '三农', '一村一品', '一户一策', '一事一议', '九九重阳',
];

/** A pattern matching each fixed word with any of its numerals typed as a digit. */
function fixedWordSource(word: string): string {
  let out = '';
  for (const ch of word) {
    const d = DIGIT_OF[ch];
    out += d ? `[${ch}${d}]` : ch;
  }
  return out;
}

const FIXED_RE = new RegExp(`(?<![\\dA-Za-z.])(?:${FIXED_WORDS.map(fixedWordSource).join('|')})(?![\\d.])`, 'g');

/**
 * Cheap test run first: a fixed word typed with a digit puts that digit next to one of the Han
 * characters beside a numeral in the list (1方面, 星期…), so most paragraphs skip FIXED_RE.
 */
const FIXED_PREFILTER = (() => {
  const after = new Set<string>();
  const before = new Set<string>();
  for (const w of FIXED_WORDS) {
    const chars = [...w];
    chars.forEach((ch, k) => {
      if (!DIGIT_OF[ch]) return;
      const next = chars[k + 1];
      const prev = chars[k - 1];
      if (next) after.add(next);
      if (prev) before.add(prev);
    });
  }
  return new RegExp(`\\d[${[...after].join('')}]|[${[...before].join('')}]\\d`);
})();

function toHan(s: string): string {
  return s.replace(/\d/g, (d) => HAN_OF[d] ?? d);
}

/** Day of a lunar month as written: 初一 … 初十, 十一 … 三十. */
function lunarDay(n: number): string {
  return n <= 10 ? `初${n === 10 ? '十' : hanNumber(n)}` : hanNumber(n);
}

function fixedHits(s: string, hits: Hit[]): void {
  if (FIXED_PREFILTER.test(s)) for (const m of s.matchAll(FIXED_RE)) {
    if (!/\d/.test(m[0])) continue;
    const want = toHan(m[0]);
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.2.3：已定型的含汉字数字的词语应采用汉字数字，应作“${want}”。`,
    });
  }
  // “14五”规划 → “十四五”: the plan's name is a fixed word (4.2.3)
  for (const m of s.matchAll(/(?<![\d.])(1[0-9])五(?=规划|时期|期间|”|末|开局|以来|收官)/g)) {
    const want = `${hanNumber(Number(m[1]))}五`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.2.3：“${want}”是已定型的含汉字数字的词语，应采用汉字数字。`,
    });
  }
}

function weekdayHits(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(/(星期|礼拜)([1-7])(?!\d)/g)) {
    const n = Number(m[2]);
    const want = `${m[1]}${n === 7 ? '日' : hanNumber(n)}`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.2.3：星期几是已定型的词语，应采用汉字数字，应作“${want}”。`,
    });
  }
}

function lunarHits(s: string, hits: Hit[]): void {
  // 农历8月15日 / 正月15 / 腊月23 / 大年初1: non-Gregorian dates take Han numerals (4.2.1)
  const re = /(农历|阴历|夏历)(\d{1,2})月(初)?(\d{1,2})日?|(正月|腊月|冬月|大年)(初)?(\d{1,2})(?:日)?(?!\d)/g;
  for (const m of s.matchAll(re)) {
    let want: string;
    if (m[1]) {
      const mo = Number(m[2]);
      const d = Number(m[4]);
      if (mo < 1 || mo > 12 || d < 1 || d > 30 || (m[3] && d > 10)) continue;
      want = `${m[1]}${mo === 1 ? '正' : mo === 12 ? '腊' : hanNumber(mo)}月${lunarDay(d)}`;
    } else {
      const d = Number(m[7]);
      if (d < 1 || d > 30 || (m[6] && d > 10)) continue;
      if (m[5] === '大年') {
        // 大年初一 … 初十, and 大年三十 (除夕)
        if (!m[6] && d !== 30) continue;
        want = `大年${m[6] ? lunarDay(d) : '三十'}`;
      } else {
        want = `${m[5]}${lunarDay(d)}`;
      }
    }
    if (want === m[0]) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.2.1：农历月日等非公历纪年应采用汉字数字，应作“${want}”。`,
    });
  }
}

function approxHits(s: string, hits: Hit[]): void {
  // 20几个 → 二十几个; 几10个 → 几十个: a 概数 with 几 takes Han numerals (4.2.2)
  for (const m of s.matchAll(/(?<![\d.A-Za-z])([1-9]0)几(?=[\u4e00-\u9fff])/g)) {
    const n = Number(m[1]);
    const want = `${hanNumber(n)}几`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.2.2：含“几”的概数应采用汉字数字，应作“${want}”。`,
    });
  }
  for (const m of s.matchAll(/几(10|100|1000|10000)(?![\d.])/g)) {
    const want = `几${{ 10: '十', 100: '百', 1000: '千', 10000: '万' }[m[1] as '10'] ?? ''}`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.2.2：含“几”的概数应采用汉字数字，应作“${want}”。`,
    });
  }
  // 3、4个月 → 三四个月: adjacent digits as an approximate number (4.2.2, 5.2.1)
  for (const m of s.matchAll(/(?<![\d.、])([1-9])、([1-9])(?![\d.、])(?=(?:十|百|千|万)?(?:个|天|年(?!级)|月|岁|次|人|家|倍|名|位|种|项|条|米|公里|小时|分钟|周|斤|元|辆|户|所|座|场|遍|趟|里|层|块|亩))/g)) {
    if (Number(m[2]) !== Number(m[1]) + 1) continue;
    const want = `${hanNumber(Number(m[1]))}${hanNumber(Number(m[2]))}`;
    hits.push({
      start: m.index,
      end: m.index + 3,
      suggestion: want,
      message: `${STD} 4.2.2、5.2.1：相邻两数字连用表示概数应采用汉字数字，中间不用顿号，应作“${want}”。`,
    });
  }
}

function mixedHits(s: string, hits: Hit[]): void {
  // 百分之5 → 5%: one number, one form (5.3)
  for (const m of s.matchAll(/百分之(\d+(?:\.\d+)?)(?![\d.])/g)) {
    const want = `${m[1]}%`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 5.3：一个数值不能同时采用阿拉伯数字和汉字数字，应作“${want}”。`,
    });
  }
  // 3十万 → 30万, 5十 → 50 (only 万 and 亿 combine with digits; 千/百 are number-format/gb15835's)
  for (const m of s.matchAll(/(?<![\d.A-Za-z])([1-9])十([1-9])?(?![\d十])/g)) {
    const n = Number(m[1]) * 10 + Number(m[2] ?? 0);
    const want = String(n);
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 5.3：阿拉伯数字只能与“万”“亿”连用，不与“十”连用，应作“${want}”。`,
    });
  }
}

function decimalHits(s: string, hits: Hit[]): void {
  // 0。46 / 0．46 → 0.46: the decimal point is the baseline dot (5.1.2); a stop after a lone 0 and
  // before digits that are not a date is a mistyped point
  for (const m of s.matchAll(/(?<![\d.])0([。．])(\d+)(?=%|‰|个百分点|倍|[万亿]?(?:元|吨|米|亩|千克|公斤|公里|平方|立方|摄氏度|秒|克))/g)) {
    hits.push({
      start: m.index + 1,
      end: m.index + 2,
      suggestion: '.',
      message: `${STD} 5.1.2：小数点是齐阿拉伯数字底线的实心点“.”，不用“${m[1]}”。`,
    });
  }
}

function festivalHits(s: string, hits: Hit[]): void {
  // “3.15” / “5•12” → “3·15”: a 专名 with month and day in digits takes the 间隔号 (5.1.6)
  for (const m of s.matchAll(/“(\d{1,2})([.．\-－/])(\d{1,2})”(?=事件|晚会|消费者|国际|讲话|地震|大地震|特大|纪念日|活动|[^，。；、\d]{0,3}节|惨案|专案|行动|宣传|维权|洪水|暴雨)/g)) {
    const mo = Number(m[1]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const at = m.index + 1 + (m[1]?.length ?? 0);
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '·',
      message: `${STD} 5.1.6：含有月日的专名用阿拉伯数字表示时，月、日之间用间隔号“·”，不用“${m[2]}”。`,
    });
  }
  // 九·一八 / 五·四 → 九一八 / 五四: with Han numerals only 一月、十一月、十二月 take “·” (5.2.3)
  for (const m of s.matchAll(/(?<![一二三四五六七八九十])([二三四五六七八九]|十)·([一二三四五六七八九十]{1,3})(?=”?(?:事变|运动|劳动节|国际劳动节|青年节|惨案|纪念日|讲话|事件|起义))/g)) {
    const at = m.index + (m[1]?.length ?? 0);
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '',
      message: `${STD} 5.2.3：用汉字数字表示含月日的专名，只有一月、十一月、十二月用间隔号，此处不用“·”。`,
    });
  }
  // 一二九运动 → 一二·九运动, 一二八事变 → 一·二八事变 (5.2.3 示例)
  for (const m of s.matchAll(/(一二九)(?=”?运动)|(一二八)(?=”?事变)/g)) {
    const want = m[1] ? '一二·九' : '一·二八';
    hits.push({
      start: m.index,
      end: m.index + 3,
      suggestion: want,
      message: `${STD} 5.2.3：涉及一月、十一月、十二月的月日专名，月和日之间用间隔号，应作“${want}”。`,
    });
  }
}

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  const digits = /\d/.test(s);
  if (digits) {
    fixedHits(s, hits);
    if (/星期|礼拜/.test(s)) weekdayHits(s, hits);
    if (/[历月年]/.test(s)) lunarHits(s, hits);
    if (/几|、/.test(s)) approxHits(s, hits);
    if (/百分之|\d十/.test(s)) mixedHits(s, hits);
    if (/0[。．]\d/.test(s)) decimalHits(s, hits);
  }
  if ((digits && s.includes('“')) || s.includes('·') || /一二[九八]/.test(s)) festivalHits(s, hits);
  return hits;
}

/** Han numerals where GB/T 15835 requires them, no mixed forms, 专名 with month and day. */
export const numberWordsRule: Rule = { id: 'number-format/han-numerals', category: 'number-format', check };
