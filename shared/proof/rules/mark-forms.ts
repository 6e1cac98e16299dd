import { isChineseAt, isChineseBefore, isHanAt, isHanBefore } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { inSpans, memo, urlSpans } from './util';

// Marks typed in a form GB/T 15834—2011 does not use: compatibility and small forms, the
// Japanese middle dot, ASCII tildes and hyphens in number ranges, << >> for 书名号. Each
// replacement is the one form the standard gives for that mark (its clause x.2 “形式”).
const STD = 'GB/T 15834—2011';

/** Compatibility code points that are always some other mark in Chinese text. */
const COMPAT: Record<string, [string, string]> = {
  '﹐': ['，', '4.4.2'],
  '﹑': ['、', '4.5.2'],
  '﹔': ['；', '4.6.2'],
  '﹕': ['：', '4.7.2'],
  '﹖': ['？', '4.2.2'],
  '﹗': ['！', '4.3.2'],
  '｡': ['。', '4.1.2'],
  '､': ['、', '4.5.2'],
  '﹙': ['（', '4.9.2'],
  '﹚': ['）', '4.9.2'],
};
const COMPAT_RE = /[﹐﹑﹔﹕﹖﹗｡､﹙﹚]/g;

// Bullets and the katakana middle dot typed for the 间隔号 between parts of a name or a date.
const DOT_RE = /[•・‧∙⋅･]/g;

// Units after a number range that name calendar months, days or hours (1-3月, 8-10日, 9-11时):
// a span of time (一字线). 3-5年 and 1-3个月 are durations, quantities like any other (浪纹线).
const TIME_UNIT = /^(?:月|日|时|点|世纪)/;
// Numbers that are addresses or codes, not ranges: 3-502室, 5-2号楼.
const SCORE_BEFORE = /(?:以|比分|比)$/;
const SCORE_AFTER = /^(?:战胜|不敌|击败|负|胜|告负|落败|获胜|惜败|战平|逆转|的比分)/;
const CODE_AFTER = /^(?:室|号|栋|幢|单元|层|楼|床|排|座|次列车|路)/;

function compatHits(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(COMPAT_RE)) {
    const [want, clause] = COMPAT[m[0]] ?? ['', ''];
    hits.push({
      start: m.index,
      end: m.index + 1,
      suggestion: want,
      message: `${STD} ${clause}：此处应使用标准形式“${want}”，不用兼容字符“${m[0]}”。`,
    });
  }
}

function dotHits(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(DOT_RE)) {
    const i = m.index;
    // a bullet opening a list item is not an interpunct
    if (i === 0 || /^\s*$/.test(s.slice(0, i))) continue;
    const left = isHanBefore(s, i) || /\d/.test(s[i - 1] ?? '');
    const right = isHanAt(s, i + 1) || /\d/.test(s[i + 1] ?? '');
    if (!left || !right) continue;
    hits.push({
      start: i,
      end: i + 1,
      suggestion: '·',
      message: `${STD} 4.14.2：间隔号的形式是居中的“·”，不用“${m[0]}”。`,
    });
  }
}

function dashHits(s: string, hits: Hit[]): void {
  // 破折号 is exactly two 一字线: ――, ———, —― → ——
  for (const m of s.matchAll(/[—―]{2,}/g)) {
    if (m[0] === '——' || m[0] === '————') continue;
    if (!(isChineseBefore(s, m.index) || isChineseAt(s, m.index + m[0].length))) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: '——',
      message: `${STD} 4.10.2：破折号的形式是占两个字位置的“——”，不用“${m[0]}”。`,
    });
  }
}

function rangeHits(s: string, hits: Hit[], urls: readonly (readonly [number, number])[]): void {
  // 3~5天, 3-5天, 3－5天, 3–5天: a number range takes ～ (quantities) or — (times), GB/T 15834 4.13.3
  const re = /(?<![\dA-Za-z.\-/:_#～~])(\d+(?:\.\d+)?%?)([~\-－–])(\d+(?:\.\d+)?)(?![\d.\-/:~])/g;
  for (const m of s.matchAll(re)) {
    const [, a = '', mark = '', b = ''] = m;
    const at = m.index + a.length;
    const end = m.index + m[0].length;
    if (inSpans(urls, at)) continue;
    const after = s.slice(end, end + 4);
    // 2~3% and 13~17万元 lose their unit: number-format reports the whole range
    if (!a.endsWith('%') && /^(?:%|‰|万|亿)/.test(after)) continue;
    if (CODE_AFTER.test(after)) continue;
    // 以1-2不敌, 比分2-3: a score, not a range
    if (SCORE_BEFORE.test(s.slice(Math.max(0, m.index - 3), m.index)) || SCORE_AFTER.test(after)) continue;
    const left = m.index === 0 || isChineseBefore(s, m.index);
    const right = isHanAt(s, end) || after.startsWith('%');
    if (!left || !right) continue;
    // phone numbers and codes (0571-…) and descending pairs (scores 3-1) are not ranges
    if (/^0\d/.test(a) || a.length > 6 || b.length > 6) continue;
    if (Number.parseFloat(a) >= Number.parseFloat(b)) continue;
    // 2024-2025 between years: punct-form/ellipsis-dash already asks for the 一字线
    if (/^(?:19|20)\d{2}$/.test(a) && /^(?:19|20)\d{2}$/.test(b)) continue;
    const time = TIME_UNIT.test(after);
    const want = time ? '—' : '～';
    hits.push({
      start: at,
      end: at + 1,
      suggestion: want,
      message: time
        ? `${STD} 4.13.3.2：标示时间的起止用一字线“—”，不用“${mark}”。`
        : `${STD} 4.13.3.3：标示数值范围用浪纹线“～”，不用“${mark}”。`,
    });
  }
  // 9:00-11:30 → 9:00—11:30
  for (const m of s.matchAll(/(?<![\d:])(\d{1,2}:\d{2})([~－–～-])(\d{1,2}:\d{2})(?![\d:])/g)) {
    const at = m.index + (m[1]?.length ?? 0);
    if (m[2] === '～') continue;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '—',
      message: `${STD} 4.13.3.2：标示时间的起止用一字线“—”，不用“${m[2]}”。`,
    });
  }
}

function titleHits(s: string, hits: Hit[]): void {
  // <<人民日报>> / ＜＜…＞＞ → 《人民日报》; a single <…> around Han text inside 《》 → 〈〉
  for (const m of s.matchAll(/([<＜]{1,2})([^<>＜＞\n]{1,40}?)([>＞]{1,2})/g)) {
    const [, open = '', body = '', close = ''] = m;
    if (!/[\u4e00-\u9fff]/.test(body) || /[=+*/]/.test(body)) continue;
    const double = open.length === 2 && close.length === 2;
    const inside = (s.slice(0, m.index).split('《').length - s.slice(0, m.index).split('》').length) > 0;
    const [o, c] = double || !inside ? ['《', '》'] : ['〈', '〉'];
    if (open.length !== close.length) continue;
    const endAt = m.index + m[0].length;
    const msg = `${STD} 4.15.2：书名号的形式是“${o}${c}”，不用“${open}${close}”。`;
    hits.push({ start: m.index, end: m.index + open.length, suggestion: o, message: msg });
    hits.push({ start: endAt - close.length, end: endAt, suggestion: c, message: msg });
  }
}

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  if (/[﹐﹑﹔﹕﹖﹗｡､﹙﹚]/.test(s)) compatHits(s, hits);
  if (/[•・‧∙⋅･]/.test(s)) dotHits(s, hits);
  if (/[—―]{2}/.test(s)) dashHits(s, hits);
  if (/\d%?[~\-－–]\d/.test(s)) rangeHits(s, hits, memo(ctx, 'urls', () => urlSpans(s)));
  if (/[<＜]/.test(s)) titleHits(s, hits);
  return hits;
}

/** Non-standard forms of ， 、 · —— ～ — 《》 (compatibility characters, ASCII stand-ins). */
export const markFormsRule: Rule = { id: 'punct-form/mark-forms', category: 'punct-form', check };
