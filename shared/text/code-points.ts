/** One Unicode code point of a string with its position in UTF-16 code units. */
export interface CodePointAt {
  /** The code point (a lone surrogate is reported as itself). */
  cp: number;
  /** UTF-16 offset of the first code unit. */
  index: number;
  /** 1 for BMP characters, 2 for astral ones (e.g. 𠮷 U+20BB7). */
  length: 1 | 2;
}

/**
 * Iterates a string by code point, never splitting a surrogate pair. Offsets stay UTF-16 code
 * units so they can be used directly with `String.prototype.slice`.
 */
export function* codePoints(text: string): Generator<CodePointAt> {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const length: 1 | 2 = cp > 0xffff ? 2 : 1;
    yield { cp, index: i, length };
    i += length;
  }
}

/** Number of code points (an astral character counts once). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The first code point of `text`, or -1 when empty. */
export function firstCodePoint(text: string): number {
  return text.length === 0 ? -1 : (text.codePointAt(0) ?? -1);
}

/** The last code point of `text` (whole surrogate pair), or -1 when empty. */
export function lastCodePoint(text: string): number {
  if (text.length === 0) return -1;
  const i = splitsSurrogatePair(text, text.length - 1) ? text.length - 2 : text.length - 1;
  return text.codePointAt(i) ?? -1;
}

/** The last `n` code points of `text` (never starts inside a surrogate pair). */
export function tailCodePoints(text: string, n: number): string {
  let i = text.length;
  for (let k = 0; k < n && i > 0; k++) {
    i -= splitsSurrogatePair(text, i - 1) ? 2 : 1;
  }
  return text.slice(i);
}

/** The first `n` code points of `text` (never ends inside a surrogate pair). */
export function headCodePoints(text: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < text.length; k++) {
    i += splitsSurrogatePair(text, i + 1) ? 2 : 1;
  }
  return text.slice(0, i);
}
