import { isAsciiAlnum, isCjkPunct, isFullwidthForm, isHan, isOtherCjkScript, isWhitespace } from './char-class';
import { codePoints } from './code-points';

/** A breakdown of {@link countChars}. */
export interface CharCount {
  /** Han ideographs (BMP and astral). */
  han: number;
  /** CJK and full-width punctuation, full-width letters/digits, kana, hangul: one 字 each. */
  fullWidth: number;
  /** Half-width characters: ASCII letters, digits, punctuation and other non-CJK symbols. */
  halfWidth: number;
  /** 字数 = han + fullWidth + ceil(halfWidth / 2). */
  total: number;
}

/**
 * 字数 as a newsroom counts it for planning and copyfit. The rule (chosen, and used everywhere):
 *  - every Han character counts 1, including astral ones (𠮷 is one character, not two code units);
 *  - every CJK / full-width punctuation mark, full-width letter or digit, kana or hangul counts 1
 *    (each fills one 字 cell on the page);
 *  - half-width characters (ASCII digits, Latin letters, ASCII punctuation, other symbols) count ½
 *    each, because two of them fill one 字 cell — this is how layout-oriented 采编 systems count,
 *    so "2025年" is 3 字 (2 + 1);
 *  - white space (incl. U+3000 and line breaks) counts 0;
 *  - the half-width sum is rounded up once at the end.
 */
export function countCharsDetailed(text: string): CharCount {
  let han = 0;
  let fullWidth = 0;
  let halfWidth = 0;
  for (const { cp } of codePoints(text)) {
    if (isWhitespace(cp)) continue;
    if (isHan(cp)) han++;
    else if (isCjkPunct(cp) || isFullwidthForm(cp) || isOtherCjkScript(cp)) fullWidth++;
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0xfe00 && cp <= 0xfe0f)) continue; // controls, combining marks, variation selectors
    else halfWidth++;
  }
  return { han, fullWidth, halfWidth, total: han + fullWidth + Math.ceil(halfWidth / 2) };
}

/** 字数 of `text`; see {@link countCharsDetailed} for the rule. */
export function countChars(text: string): number {
  return countCharsDetailed(text).total;
}

/** True for characters that take a full 字 cell (Han, CJK punctuation, full-width forms). */
export function isFullCell(cp: number): boolean {
  return isHan(cp) || isCjkPunct(cp) || isFullwidthForm(cp) || isOtherCjkScript(cp);
}

/** True for ASCII letters/digits (half a 字 cell each). */
export function isHalfCellAlnum(cp: number): boolean {
  return isAsciiAlnum(cp);
}
