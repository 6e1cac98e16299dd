import { dayOfWeek, daysInMonth, isValidDate, WEEKDAY_HAN } from '../calendar';
import { isHanAt, isHanBefore } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { hanNumber } from './util';

const STD = 'GB/T 15835—2011';

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];

  const hasDateSep = /\d[./-]\d/.test(s);
  const hasYear = s.includes('年');
  // 2025.1.18, 2025/1/18 and unpadded 2025-1-18 in Chinese text → 2025年1月18日
  if (hasDateSep) for (const m of s.matchAll(/(?<![\d.\-/])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g)) {
    const [, ys, sep, ms, ds] = m;
    const y = Number(ys);
    const mo = Number(ms);
    const d = Number(ds);
    if (!isValidDate(y, mo, d)) continue;
    // the GB/T 7408 extended form 2025-01-18 is legal
    if (sep === '-' && ms?.length === 2 && ds?.length === 2) continue;
    const end = m.index + m[0].length;
    if (!(isHanBefore(s, m.index) || isHanAt(s, end) || /[，。；、]/.test(s[end] ?? ''))) continue;
    hits.push({
      start: m.index,
      end,
      suggestion: `${y}年${mo}月${d}日`,
      message: `${STD} 5.1.4：年月日应写作“${y}年${mo}月${d}日”；用“-”时须按GB/T 7408写全补零，不用“${sep}”分隔的简写。`,
    });
  }

  // two-digit years: 98年3月 → 1998年3月
  if (hasYear) for (const m of s.matchAll(/(?<![\d.〇零一二三四五六七八九])(['’]?)(\d{2})年(?=\d{1,2}月|底|初|上半年|下半年|[一二三四]季度|前三季度)/g)) {
    const yy = Number(m[2]);
    const full = (yy >= 50 ? 1900 : 2000) + yy;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: `${full}年`,
      message: `${STD} 5.1.4：四位数字表示的年份不应简写为两位数字，应写全“${full}年”。`,
    });
  }

  // 2月12号 → 2月12日 (号楼, 号线, 号文件 … are numbers, not dates)
  if (s.includes('号')) for (const m of s.matchAll(/(\d{1,2})月(\d{1,2})号(?![楼院线文令码房门馆桥机车位段栋台箱舱])/g)) {
    const at = m.index + m[0].length - 1;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '日',
      message: `${STD} 5.1.4：书面语中日期用“日”，不用口语的“号”。`,
    });
  }

  // weekday that contradicts its date: 2025年1月3日（星期四）→ 五
  if (hasYear && /星期|周|礼拜/.test(s)) for (const m of s.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日\s*[（(]?\s*(星期|周|礼拜)([一二三四五六日天])/g)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDate(y, mo, d)) continue;
    const want = WEEKDAY_HAN[dayOfWeek(y, mo, d)] ?? '';
    const got = m[5] ?? '';
    if (got === want || (got === '天' && want === '日')) continue;
    const at = m.index + m[0].length - 1;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: want,
      message: `${y}年${mo}月${d}日是${m[4]}${want}，与文中的“${m[4]}${got}”不符（公历推算）。`,
    });
  }

  // impossible dates: 2月30日, 4月31日 (year known → leap years handled)
  if (s.includes('日')) for (const m of s.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)) {
    const y = m[1] ? Number(m[1]) : 2000; // 2000 is a leap year: without a year, 2月29日 passes
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || isValidDate(y, mo, d)) continue;
    // the fix must change the text: offer the month's last day, to be checked against the source
    const last = daysInMonth(y, mo);
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: `${m[1] ? `${m[1]}年` : ''}${mo}月${last}日`,
      severity: 'warning',
      message: `${STD} 5.1.4：日期“${m[0]}”不存在（${mo}月只有${last}天），请核对原稿（公历推算）。`,
    });
  }
  if (hasYear) mixedFormHits(s, hits);
  if (/\d：\d/.test(s)) timeColonHits(s, hits);
  return hits;
}

const HAN_NUM = '〇一二三四五六七八九';

/** 十二 → 12, 三 → 3, 二十一 → 21 (month and day numerals only). */
function hanToInt(h: string): number {
  if (!h.includes('十')) return HAN_NUM.indexOf(h);
  const [t = '', o = ''] = h.split('十');
  return (t ? HAN_NUM.indexOf(t) : 1) * 10 + (o ? HAN_NUM.indexOf(o) : 0);
}

/**
 * 二〇二四年3月5日 / 2024年三月五日: one date, one form (GB/T 15835—2011 4.3 “同类别同形式”,
 * 示例：不写为“二〇〇八年8月8日”). The year's form decides.
 */
function mixedFormHits(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(/([〇零一二三四五六七八九]{4})年(\d{1,2})月(?:(\d{1,2})日)?/g)) {
    const mo = Number(m[2]);
    const d = m[3] ? Number(m[3]) : 0;
    if (mo < 1 || mo > 12 || d > 31) continue;
    const want = `${m[1]}年${hanNumber(mo)}月${d ? `${hanNumber(d)}日` : ''}`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.3：同一日期的年月日应采用相同的数字形式，应作“${want}”。`,
    });
  }
  for (const m of s.matchAll(/(?<![\d.])(\d{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?(?!革命)/g)) {
    const mo = hanToInt(m[2] ?? '');
    const d = m[3] ? hanToInt(m[3]) : 0;
    if (mo < 1 || mo > 12 || d < 0 || d > 31) continue;
    const want = `${m[1]}年${mo}月${d ? `${d}日` : ''}`;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: want,
      message: `${STD} 4.3：同一日期的年月日应采用相同的数字形式，应作“${want}”。`,
    });
  }
}

/** 8：30 → 8:30: the time separator is the colon of GB/T 7408 (GB/T 15835—2011 5.1.5). */
function timeColonHits(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(/(?<![\d.])([01]?\d|2[0-4])：([0-5]\d)(?![\d])/g)) {
    // 3：1 / 21：15 after 比分, 以, 胜 … is a score, not a time
    if (/(?:比分?|以|胜|负|战|大比分|赢)$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (/^(?:战胜|击败|获胜|胜|负|不敌|拿下|取胜|落败|告负)/.test(s.slice(m.index + m[0].length))) continue;
    const at = m.index + (m[1]?.length ?? 0);
    hits.push({
      start: at,
      end: at + 1,
      suggestion: ':',
      message: `${STD} 5.1.5：时、分用“:”替代时应采用GB/T 7408的扩展格式（15:40），不用全角冒号“：”。`,
    });
  }
}

/** Dotted/slashed dates, 2-digit years, 号 for 日, weekday/date disagreement, impossible dates. */
export const dateFormatRule: Rule = { id: 'date-format/gb15835', category: 'date-format', check };
