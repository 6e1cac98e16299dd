import { isHanAt, isHanBefore } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { inSpans, memo, urlSpans } from './util';

const FORM_STD = 'GB/T 15834-2011《标点符号用法》';

function formHits(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  if (!/[.。…·\-－─]/.test(s)) return hits;
  // ellipsis: ASCII dots, three or more 。, a lone …, or mid-line dots ·· used as an ellipsis
  for (const m of s.matchAll(/\.{3,}|。{3,}|…+|·{3,}/g)) {
    if (m[0] === '……') continue;
    if (m[0].startsWith('…') && m[0].length % 2 === 0) continue; // ………… (double ellipsis) is legal
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: '……',
      message: `省略号应写作两个“…”相连的“……”，不用“${m[0]}”（${FORM_STD} 4.11.2）。`,
    });
  }
  // dash: ASCII/full-width hyphens or box-drawing lines standing for 破折号 between Chinese
  for (const m of s.matchAll(/-{2,}|－{2,}|─{2,}/g)) {
    const a = m.index;
    const b = a + m[0].length;
    if (m[0].startsWith('-') && !(isHanBefore(s, a) || isHanAt(s, b))) continue;
    hits.push({
      start: a,
      end: b,
      suggestion: '——',
      message: `破折号应写作占两个字位置的“——”，不用“${m[0]}”（${FORM_STD} 4.10.2）。`,
    });
  }
  if (!s.includes('-')) return hits;
  // year ranges take the 一字线: 2024-2025学年 → 2024—2025学年
  for (const m of s.matchAll(/(?<![\d.\-/])((?:19|20)\d{2})-((?:19|20)\d{2})(?![\d\-/.])/g)) {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    const hyphen = m.index + 4;
    const after = m.index + m[0].length;
    if (y2 <= y1 || y2 - y1 > 50) continue;
    if (!(isHanAt(s, after) || isHanBefore(s, m.index))) continue;
    hits.push({
      start: hyphen,
      end: hyphen + 1,
      suggestion: '—',
      message: `标示时间的起止用一字线“—”，不用连字符“-”（${FORM_STD} 4.13.3.2）。`,
    });
  }
  // place/time ranges between Han words use the 一字线, not an ASCII hyphen (北京-上海)
  const urls = memo(ctx, 'urls', () => urlSpans(s));
  for (let i = 1; i < s.length - 1; i++) {
    if (s[i] !== '-' || s[i - 1] === '-' || s[i + 1] === '-') continue;
    if (!isHanBefore(s, i) || !isHanAt(s, i + 1) || inSpans(urls, i)) continue;
    hits.push({
      start: i,
      end: i + 1,
      suggestion: '—',
      message: `标示起止或相关项目的连接用一字线“—”，不用半角连字符“-”（${FORM_STD} 4.13.3.2）。`,
      severity: 'warning',
    });
  }
  return hits;
}

// GB/T 15834 allows ？？ and ！！ for emphasis; the pause and stop marks are never doubled.
const DUP_RE = /([，。、；：])\1+/g;

function duplicateHits(ctx: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of ctx.text.matchAll(DUP_RE)) {
    // three or more 。 is a malformed ellipsis (punct-form), not a duplicate
    if (m[0][0] === '。' && m[0].length >= 3) continue;
    const mark = m[1] ?? '';
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: mark,
      message: `标点“${mark}”重复，应只保留一个（${FORM_STD} 3.1、5.1.1）。`,
    });
  }
  return hits;
}

function usageHits(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  // 顿号 between items that each carry quotes or book-title marks: “大乱”“大美”、《宪法》《民法典》
  for (const m of s.matchAll(/[”》]、[“《]/g)) {
    hits.push({
      start: m.index + 1,
      end: m.index + 2,
      suggestion: '',
      message: `并列的引号或书名号之间通常不用顿号（${FORM_STD} 4.5.3.5）。`,
    });
  }
  return hits;
}

/** `...`/`。。。`/`--`/year-range hyphen → ……, ——, — */
export const punctFormRule: Rule = { id: 'punct-form/ellipsis-dash', category: 'punct-form', check: formHits };
/** Doubled ，。、；： → one mark. */
export const punctDuplicateRule: Rule = { id: 'punct-duplicate/doubled', category: 'punct-duplicate', check: duplicateHits };
/** 顿号 between quoted or titled items. */
export const punctUsageRule: Rule = { id: 'punct-usage/dunhao-between-quotes', category: 'punct-usage', check: usageHits };
