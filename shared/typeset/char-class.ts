/**
 * Character classes the composer needs, after clreq §3 and GB/T 15834.
 *
 * The class of a mark decides its width, where its adjustable blank sits, and the
 * line-breaking prohibitions — never the font, so composition does not change when a
 * user swaps the body face.
 */
export const CharClass = {
  /** Ideographs, kana, full-width forms: a 1 em box, the grid unit. */
  Han: 0,
  /** Opening brackets, quotes, book-title marks: ink right, blank left. */
  Open: 1,
  /** Closing brackets, quotes, book-title marks: ink left, blank right. */
  Close: 2,
  /** ，、 */
  Comma: 3,
  /** 。． */
  Stop: 4,
  /** ：； (left-aligned in GB style) */
  Colon: 5,
  /** ？！ */
  Excl: 6,
  /** Interpunct · ・ ‧ (centred). */
  Middle: 7,
  /** — ⸺ ― : a pair forms the unbreakable 2 em dash. */
  Dash: 8,
  /** … ⋯ : a pair forms the unbreakable 2 em ellipsis. */
  Ellipsis: 9,
  /** Full-width connector ～ 〜. */
  Connector: 10,
  /** Full-width solidus ／. */
  Solidus: 11,
  /** Latin, Greek, Cyrillic letters. */
  Latin: 12,
  /** ASCII digits. */
  Digit: 13,
  /** Latin punctuation that attaches to the preceding word: . , ; : ! ? ) ] } ' " */
  LatinClose: 14,
  /** Latin punctuation that attaches to the following word: ( [ { */
  LatinOpen: 15,
  /** Prefixes and suffixes that stay with numbers: % ‰ ℃ ° $ ¥ € £ + − # & @ - _ / */
  NumberAffix: 16,
  /** Breakable space (U+0020 and other proportional spaces). */
  Space: 17,
  /** No-break space U+00A0, U+202F. */
  NoBreakSpace: 18,
  /** The low surrogate of an astral character: part of the previous code point. */
  Continuation: 19,
  /** Anything else (symbols, controls): proportional, breakable on both sides. */
  Other: 20,
} as const;

/** A character class value. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** Number of classes, for sizing lookup tables. */
export const CLASS_COUNT = 21;

const table = new Uint8Array(0x10000).fill(CharClass.Other);

function setAll(chars: string, cls: CharClass): void {
  for (const ch of chars) table[ch.codePointAt(0)!] = cls;
}
function setRange(from: number, to: number, cls: CharClass): void {
  table.fill(cls, from, to + 1);
}

// Wide ranges first, then marks override them.
setRange(0x1100, 0x115f, CharClass.Han);
setRange(0x2e80, 0x2fdf, CharClass.Han);
setRange(0x3000, 0x303f, CharClass.Han);
setRange(0x3040, 0x30ff, CharClass.Han);
setRange(0x3100, 0x31ff, CharClass.Han);
setRange(0x3200, 0x33ff, CharClass.Han);
setRange(0x3400, 0x4dbf, CharClass.Han);
setRange(0x4e00, 0x9fff, CharClass.Han);
setRange(0xa960, 0xa97f, CharClass.Han);
setRange(0xac00, 0xd7a3, CharClass.Han);
setRange(0xf900, 0xfaff, CharClass.Han);
setRange(0xfe30, 0xfe4f, CharClass.Han);
setRange(0xff01, 0xff60, CharClass.Han);
setRange(0xffe0, 0xffe6, CharClass.Han);
setRange(0x0041, 0x005a, CharClass.Latin);
setRange(0x0061, 0x007a, CharClass.Latin);
setRange(0x00c0, 0x024f, CharClass.Latin);
setRange(0x0370, 0x03ff, CharClass.Latin);
setRange(0x0400, 0x04ff, CharClass.Latin);
setRange(0x1e00, 0x1eff, CharClass.Latin);
setRange(0x0030, 0x0039, CharClass.Digit);
setRange(0xd800, 0xdbff, CharClass.Han); // high surrogate: refined by classifyCodePoint
setRange(0xdc00, 0xdfff, CharClass.Continuation);
table[0x00d7] = CharClass.Other;
table[0x00f7] = CharClass.Other;
setAll('（【《〈「『“‘〔［｛〖〘〚｟', CharClass.Open);
setAll('）】》〉」』”’〕］｝〗〙〛｠', CharClass.Close);
setAll('，、', CharClass.Comma);
setAll('。．｡', CharClass.Stop);
setAll('：；', CharClass.Colon);
setAll('？！‼⁇⁈⁉', CharClass.Excl);
setAll('·・‧•', CharClass.Middle);
setAll('—⸺―', CharClass.Dash);
setAll('…⋯', CharClass.Ellipsis);
setAll('～〜', CharClass.Connector);
setAll('／', CharClass.Solidus);
setAll('.,;:!?)]}\'"', CharClass.LatinClose);
setAll('([{', CharClass.LatinOpen);
setAll('%‰‱℃℉°′″$¥€£¢₩+−±#&@-_/\\*=<>^~|', CharClass.NumberAffix);
setAll(' \u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\t', CharClass.Space);
setAll('\u00a0\u202f\u2007\u2060', CharClass.NoBreakSpace);
table[0x3000] = CharClass.Han; // ideographic space: a full-width blank on the grid

/** Class of a code point (any plane). */
export function classifyCodePoint(cp: number): CharClass {
  if (cp < 0x10000) return table[cp] as CharClass;
  // Planes 2 and 3 are CJK ideograph extensions (𠮷 U+20BB7); plane 1 is mostly symbols/emoji.
  if (cp >= 0x20000 && cp <= 0x3ffff) return CharClass.Han;
  return CharClass.Other;
}

/** True for classes that make up a Latin word or number (no break inside). */
export function isWordClass(cls: CharClass): boolean {
  return cls >= CharClass.Latin && cls <= CharClass.NumberAffix;
}

/** True for full-width CJK punctuation whose width comes from the class, not the font. */
export function isCjkMark(cls: CharClass): boolean {
  return cls >= CharClass.Open && cls <= CharClass.Solidus;
}

/** True for classes set as a 1 em box (ideographs and full-width marks). */
export function isFullWidth(cls: CharClass): boolean {
  return cls <= CharClass.Solidus;
}
