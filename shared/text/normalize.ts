import { isControl } from './char-class';

/** Converts CRLF and lone CR (old Mac, some PDF tools) to LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Removes a leading U+FEFF byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Removes control characters that never belong in copy (NUL, C1 controls, …) and zero-width
 * characters that extraction tools leave behind; keeps tab and LF.
 */
export function removeControlChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0c || c === 0x0b) out += '\n'; // form feed = page break in extracted text
    else if (c === 0x200b || c === 0xfeff || c === 0x2060 || c === 0x00ad) continue;
    else if (!isControl(c) || c === 0x0a || c === 0x09) out += text[i];
  }
  return out;
}

// Space-like characters other than U+3000, which marks deliberate gaps in headlines and bylines.
const INLINE_SPACE = /[\t \u00a0\u2000-\u200a\u202f\u205f]+/g;

/** Collapses runs of ASCII/no-break spaces to one space and trims both ends (incl. U+3000). */
export function collapseSpaces(line: string): string {
  return trimSpaces(line.replace(INLINE_SPACE, ' '));
}

/** Trims ASCII, no-break and ideographic spaces from both ends. */
export function trimSpaces(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Splits a line on runs of spaces (ASCII, NBSP, U+3000); empty segments dropped. */
export function splitOnSpaces(line: string): string[] {
  return line.split(/[\s\u3000]+/).filter((s) => s.length > 0);
}

/** ASCII ( ) → full-width （ ） — for 电头 such as 本报讯(融媒记者 某某). */
export function fullwidthParens(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Full-width ASCII variants (！ to ～) → ASCII, e.g. ２０２５ → 2025 (for matching only). */
export function toHalfwidthAscii(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
