import type { RuleContext } from '../types';

/** Compute once per paragraph and share between the rules of one family. */
export function memo<T>(ctx: RuleContext, key: string, fn: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = fn();
  ctx.memo.set(key, v);
  return v;
}

/** Half-open spans [start, end). */
export type Span = readonly [number, number];

// URLs, domains and e-mail addresses keep their ASCII punctuation. The character class
// stops at the first non-ASCII character, so a Chinese word right after a URL ends it.
const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|info|io)(?:\/[A-Za-z0-9\-._~/?#=&%]*)?\b/g;

/** Spans of URLs and e-mail addresses in `text` (trailing ASCII sentence marks excluded). */
export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/[A-Za-z0-9][.@][A-Za-z]|:\/\//.test(text)) return out;
  for (const m of text.matchAll(URL_RE)) {
    let end = m.index + m[0].length;
    // a URL does not end in , . ; : ! ? ) — those belong to the sentence
    while (end > m.index && /[,.;:!?)]/.test(text[end - 1] ?? '')) end--;
    out.push([m.index, end]);
  }
  return out;
}

export function inSpans(spans: readonly Span[], i: number): boolean {
  for (const [a, b] of spans) if (i >= a && i < b) return true;
  return false;
}

/**
 * A headline, folio or slogan line: no sentence punctuation at all. Such lines use spaces
 * as separators by design (绘蓝图 明任务 聚共识), so space rules skip them.
 */
export function isHeadlineLike(text: string): boolean {
  return text.length <= 60 && !/[，。；！,;!：:]/.test(text);
}

/** Arabic integer 1–99 as Han numerals (十一, 二十, 二十一). */
export function hanNumber(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : (d[tens] ?? '')}十${ones ? (d[ones] ?? '') : ''}`;
  }
  return String(n);
}
