import {
  isAsciiAlnum,
  isAsciiDigit,
  isAsciiLetter,
  isChineseAt,
  isChineseBefore,
  isHanAt,
  isHanBefore,
  isSpace,
} from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { inSpans, memo, urlSpans } from './util';

const FULL: Record<string, string> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const NAMES: Record<string, string> = {
  ',': '逗号',
  '.': '句号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '(': '括号',
  ')': '括号',
};

function message(ch: string): string {
  return `中文语句中的${NAMES[ch] ?? '标点'}应使用全角“${FULL[ch] ?? ch}”，不用半角“${ch}”（GB/T 15834-2011《标点符号用法》）。`;
}

// Neighbouring ASCII marks are looked through: they are converted too, so 增长)? must be
// judged as if it read 增长）? (otherwise a second pass would find new work).
function transparent(ch: string | undefined): boolean {
  return isSpace(ch) || isAsciiMark(ch);
}

// The marks this rule converts, by code unit (a property lookup per character was the rule's hot spot).
const ASCII_MARK = new Uint8Array(128);
for (const ch of Object.keys(FULL)) ASCII_MARK[ch.charCodeAt(0)] = 1;

function isAsciiMark(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return c < 128 && ASCII_MARK[c] === 1;
}

/**
 * ASCII marks this rule converts. A converted mark reads as its full-width form, which is
 * Chinese context: the walk stops there, as a second pass over the fixed text would.
 */
type Converting = ReadonlySet<number>;

/** Index of the nearest character before `i` that is neither space nor unconverted ASCII mark, or -1. */
function leftIndex(s: string, i: number, converting: Converting): number {
  let j = i - 1;
  while (j >= 0 && transparent(s[j]) && !converting.has(j)) j--;
  return j;
}

/** Index of the nearest character after `i` that is neither space nor unconverted ASCII mark, or s.length. */
function rightIndex(s: string, i: number, converting: Converting): number {
  let j = i + 1;
  while (j < s.length && transparent(s[j]) && !converting.has(j)) j++;
  return j;
}

/** Chinese on the left, looking through a number and its unit sign (增长8.7%.). */
function chineseLeftThroughNumber(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[0-9.,%‰\s;:?!()]/.test(s[j - 1] ?? '')) j--;
  return j < i && isChineseBefore(s, j);
}

/**
 * The ASCII run containing `i` reads as an English sentence (3+ Latin words separated by
 * spaces): its own punctuation stays half-width (GB/T 15834; clean traps like a quoted
 * English sentence inside Chinese text).
 */
function inEnglishSentence(s: string, i: number): boolean {
  let a = i;
  while (a > 0 && s.charCodeAt(a - 1) < 0x80) a--;
  let b = i + 1;
  while (b < s.length && s.charCodeAt(b) < 0x80) b++;
  const words = s.slice(a, b).match(/[A-Za-z][A-Za-z'’-]*/g);
  return (words?.length ?? 0) >= 3 && /[A-Za-z]\s+[A-Za-z]/.test(s.slice(a, b));
}

/** Pairs of ASCII parentheses in the paragraph (innermost matching, same paragraph). */
function parenPairs(s: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (const m of s.matchAll(/[(（)）]/g)) {
    const i = m.index;
    const c = m[0];
    if (c === '(' || c === '（') stack.push(i);
    else if (c === ')' || c === '）') {
      const o = stack.pop();
      if (o !== undefined) {
        pairs.set(o, i);
        pairs.set(i, o);
      }
    }
  }
  return pairs;
}

function hasChinese(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isChineseAt(s, k)) return true;
  return false;
}

/** A bracket pair is Chinese when it touches Chinese outside or encloses any Chinese. */
function chineseParen(s: string, open: number, close: number, converting: Converting): boolean {
  const l = leftIndex(s, open, converting);
  const r = rightIndex(s, close, converting);
  return converting.has(l) || converting.has(r) || (l >= 0 && isChineseBefore(s, l + 1)) || isChineseAt(s, r) || hasChinese(s, open + 1, close);
}

function isChineseContext(s: string, i: number, converting: Converting): boolean {
  const ch = s[i] ?? '';
  const l = leftIndex(s, i, converting);
  const r = rightIndex(s, i, converting);
  const leftCh = s[l];
  const rightCh = s[r];
  // 1,256.3 / 19:30 / 3.5 / 1:500: number-internal marks
  if ((ch === ',' || ch === '.' || ch === ':') && isAsciiDigit(s[i - 1]) && isAsciiDigit(s[i + 1])) return false;
  if (ch === '.') {
    // 1.加强… opening a paragraph: an Arabic ordinal takes the 下脚点 (GB/T 15834—2011 4.5.3.3 注);
    // 一.加强… is punct-usage's (the Han ordinal takes 、, not 。)
    if (/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(s.slice(0, i))) return false;
    // abbreviations, domains, version numbers (No.1, U.S., v2.0) and runs of dots (punct-form)
    if (s[i - 1] === '.' || s[i + 1] === '.') return false;
    if (isAsciiLetter(s[i - 1])) return false;
    if (isAsciiAlnum(s[i - 1]) && isAsciiAlnum(s[i + 1])) return false;
  }
  const leftChinese = converting.has(l) || (l >= 0 && (isHanBefore(s, l + 1) || isChineseAt(s, l)));
  const rightChinese = converting.has(r) || (r < s.length && isChineseAt(s, r));
  if (isAsciiAlnum(leftCh) && inEnglishSentence(s, i) && !(rightCh !== undefined && isHanAt(s, r))) return false;
  if (leftChinese || rightChinese) return true;
  return chineseLeftThroughNumber(s, i) && (r >= s.length || !isAsciiAlnum(rightCh));
}

/**
 * Whether a converted mark has an unconverted ASCII mark beside it (through spaces and marks):
 * only then can another round change anything. Almost every paragraph stops here after one round.
 */
function touchesUnconverted(s: string, converting: Converting): boolean {
  for (const i of converting) {
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < s.length && transparent(s[j]); j += step) {
        if (!isSpace(s[j]) && !converting.has(j)) return true;
      }
    }
  }
  return false;
}

/** The marks to convert, given the ones already known to convert. */
function convertedMarks(s: string, urls: ReturnType<typeof urlSpans>, parens: Map<number, number>, converting: Converting): Set<number> {
  const out = new Set<number>();
  // let the regex engine find the candidates: a per-character loop is far slower
  for (const m of s.matchAll(/[,.;:?!()]/g)) {
    const i = m.index;
    const ch = m[0];
    if (inSpans(urls, i)) continue;
    const other = ch === '(' || ch === ')' ? parens.get(i) : undefined;
    const flag =
      other === undefined ? isChineseContext(s, i, converting) : chineseParen(s, Math.min(i, other), Math.max(i, other), converting);
    if (flag) out.add(i);
  }
  return out;
}

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const urls = memo(ctx, 'urls', () => urlSpans(s));
  if (!/[,.;:?!()]/.test(s)) return [];
  const parens = memo(ctx, 'parens', () => parenPairs(s));
  // A mark converted here changes its neighbours' context (?( becomes ？（), so decide again
  // with the converted marks read as full-width until nothing more converts: the fix is then
  // idempotent. Stops when a round changes nothing (in practice after one or two).
  let converting = convertedMarks(s, urls, parens, new Set());
  for (let round = 0; round < 8 && touchesUnconverted(s, converting); round++) {
    const next = convertedMarks(s, urls, parens, converting);
    if (next.size === converting.size && [...next].every((i) => converting.has(i))) break;
    converting = next;
  }
  return [...converting]
    .sort((a, b) => a - b)
    .map((i) => {
      const ch = s[i] ?? '';
      return { start: i, end: i + 1, suggestion: FULL[ch] ?? ch, message: message(ch) };
    });
}

/** ASCII , . ; : ? ! ( ) inside Chinese text → full-width marks. */
export const halfwidthPunctRule: Rule = { id: 'halfwidth-punct/ascii-mark', category: 'halfwidth-punct', check };
