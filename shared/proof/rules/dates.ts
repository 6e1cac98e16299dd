import { dayOfWeek, isValidDate, WEEKDAY_HAN } from '../calendar';
import { isHanAt, isHanBefore } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';

const STD = 'GB/T 15835-2011《出版物上数字用法》';

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
      message: `年月日应写作“${y}年${mo}月${d}日”；用“-”时须按GB/T 7408写全补零，不用“${sep}”分隔的简写（${STD} 5.1.4）。`,
    });
  }

  // two-digit years: 98年3月 → 1998年3月
  if (hasYear) for (const m of s.matchAll(/(?<![\d.〇零一二三四五六七八九'’])(\d{2})年(?=\d{1,2}月)/g)) {
    const yy = Number(m[1]);
    const full = (yy >= 50 ? 1900 : 2000) + yy;
    hits.push({
      start: m.index,
      end: m.index + 3,
      suggestion: `${full}年`,
      message: `年份不能简写为两位数字，应写全“${full}年”（${STD} 5.1.4）。`,
    });
  }

  // 2月12号 → 2月12日 (号楼, 号线, 号文件 … are numbers, not dates)
  if (s.includes('号')) for (const m of s.matchAll(/(\d{1,2})月(\d{1,2})号(?![楼院线文令码房门馆桥机车位段栋台箱舱])/g)) {
    const at = m.index + m[0].length - 1;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '日',
      message: `书面语中日期用“日”，不用口语的“号”（${STD}）。`,
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
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: m[0],
      severity: 'warning',
      message: `日期“${m[0]}”不存在，请核对（公历推算）。`,
    });
  }
  return hits;
}

/** Dotted/slashed dates, 2-digit years, 号 for 日, weekday/date disagreement, impossible dates. */
export const dateFormatRule: Rule = { id: 'date-format/gb15835', category: 'date-format', check };
