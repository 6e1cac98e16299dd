// Character classes used by the rules. All take a UTF-16 string and an index so that
// astral ideographs (𠮷 U+20BB7, a surrogate pair) are recognised as Han.

/** True for a Han ideograph code point (URO, Ext A, compatibility, astral planes 2–3). */
export function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007 // 〇
  );
}

/** Code point at `i`, or the full astral code point when `i` is a high surrogate. */
export function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? -1;
}

/** Code point of the character that ends just before `i` (handles surrogate pairs). */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Han ideograph at index `i` (a high surrogate index counts for the pair). */
export function isHanAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  return isHanCodePoint(codePointAt(s, i));
}

/** Han ideograph ending just before `i`. */
export function isHanBefore(s: string, i: number): boolean {
  return isHanCodePoint(codePointBefore(s, i));
}

/** Full-width Chinese punctuation marks (GB/T 15834 forms). */
export const FULL_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·～';
const FULL_PUNCT_SET = new Set(FULL_PUNCT);

export function isFullPunct(ch: string | undefined): boolean {
  return ch !== undefined && FULL_PUNCT_SET.has(ch);
}

/** Han or full-width Chinese punctuation: "Chinese text" for context decisions. */
export function isChineseAt(s: string, i: number): boolean {
  return isHanAt(s, i) || isFullPunct(s[i]);
}

export function isChineseBefore(s: string, i: number): boolean {
  return isHanBefore(s, i) || isFullPunct(s[i - 1]);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return isAsciiDigit(ch) || isAsciiLetter(ch);
}

/** Space characters a typist may insert: ASCII space, tab, NBSP, ideographic space. */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';
}

/** True when index `i` is the low half of a surrogate pair (never a valid span edge). */
export function splitsSurrogate(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const lo = s.charCodeAt(i);
  const hi = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}
