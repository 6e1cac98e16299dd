/**
 * Character classes for Chinese copy, on code points (use with `codePoints()` so astral Han such
 * as 𠮷 U+20BB7 are classified as one character).
 */

/** Han ideographs: URO, Extension A–I (incl. astral planes 2 and 3), compatibility ideographs, 〇. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // Extension A
    (cp >= 0xf900 && cp <= 0xfaff) || // Compatibility Ideographs
    (cp >= 0x20000 && cp <= 0x2ffff) || // Extensions B–F, I, compatibility supplement (plane 2)
    (cp >= 0x30000 && cp <= 0x323af) || // Extensions G, H (plane 3)
    cp === 0x3007 // 〇, used in years such as 二〇二五
  );
}

/** CJK punctuation: the CJK Symbols and Punctuation block and the Chinese-use general punctuation. */
export function isCjkPunct(cp: number): boolean {
  if (cp >= 0x3000 && cp <= 0x303f) return cp !== 0x3000 && cp !== 0x3007; // not the ideographic space, not 〇
  // “ ” ‘ ’ — … · are shared with Western text but set full-width in Chinese copy.
  if (cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019) return true;
  if (cp === 0x2014 || cp === 0x2026 || cp === 0x00b7 || cp === 0x2015 || cp === 0x2e3a) return true;
  if (cp >= 0xfe10 && cp <= 0xfe1f) return true; // vertical forms
  if (cp >= 0xfe30 && cp <= 0xfe4f) return true; // CJK compatibility forms
  return isFullwidthPunct(cp);
}

/** Full-width forms block (U+FF01–FF60, U+FFE0–FFE6): full-width ASCII variants and symbols. */
export function isFullwidthForm(cp: number): boolean {
  return (cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6);
}

/** Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ). */
export function isFullwidthAlnum(cp: number): boolean {
  return (cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);
}

/** Full-width punctuation: full-width forms that are not letters or digits (，（）！？：；…). */
export function isFullwidthPunct(cp: number): boolean {
  return isFullwidthForm(cp) && !isFullwidthAlnum(cp);
}

/** Kana and Hangul: CJK script that is not Han (counted like Han in 字数). */
export function isOtherCjkScript(cp: number): boolean {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff);
}

/** ASCII digits and letters. */
export function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

/** White space, including the ideographic space U+3000 and no-break/zero-width spaces. */
export function isWhitespace(cp: number): boolean {
  return (
    cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x3000 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200b) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0xfeff
  );
}

/** Control characters that never belong in copy (C0 except tab/newlines, DEL, C1). */
export function isControl(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || (cp >= 0x7f && cp <= 0x9f);
}

const SENTENCE_FINAL = new Set([0x3002, 0xff01, 0xff1f, 0x2e, 0x21, 0x3f, 0x2026, 0xff0e]);
// Closing quotes/brackets may follow the final mark: 。” or ！）.
const CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 0x29, 0x300b, 0x3011, 0x22, 0x27]);

/** 。！？. ! ? … — marks that end a sentence. */
export function isSentenceFinal(cp: number): boolean {
  return SENTENCE_FINAL.has(cp);
}

/** Closing quotes and brackets (” ’ 」 』 ） ) 》 】). */
export function isCloser(cp: number): boolean {
  return CLOSERS.has(cp);
}

/** ，、；：, ; : — marks inside a sentence. */
export function isClausePunct(cp: number): boolean {
  return cp === 0xff0c || cp === 0x3001 || cp === 0xff1b || cp === 0xff1a || cp === 0x2c || cp === 0x3b || cp === 0x3a;
}
