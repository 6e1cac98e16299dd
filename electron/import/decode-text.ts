import { ImportError } from './errors';

/** The encodings `decodeText` recognises. */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Decoded text and the encoding it was found in. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Share of high (≥0x80) bytes that sit in well-formed UTF-8 multi-byte sequences. GBK text
 * scores low; UTF-8 with a few corrupt bytes scores high and must not be "rescued" as GBK mojibake.
 */
export function utf8Likeness(bytes: Uint8Array): number {
  let high = 0;
  let inValid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : 0) : b >= 0xc2 && b <= 0xdf ? 1 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      high += need + 1;
      inValid += need + 1;
      i += need + 1;
    } else {
      high++;
      i++;
    }
  }
  return high === 0 ? 1 : inValid / high;
}

// Binary data decodes "successfully" as GB18030 surprisingly often; real text has no NULs or C0 noise.
function looksLikeText(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) bad++;
  }
  return bad === 0 || bad / text.length < 0.001;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search the longest valid prefix would be wrong (a cut can split a sequence); scan instead.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Detects and decodes a text file: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else
 * GB18030 (a superset of GBK and GB2312). Throws `ImportError('BAD_ENCODING')` for anything else,
 * including binary data and UTF-8 with corrupt bytes.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict('utf-8', bytes);
    if (text === null) throw badUtf8(bytes);
    return checked({ text, encoding: 'utf-8' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict('utf-16le', bytes);
    if (text === null) throw new ImportError('BAD_ENCODING', { zh: '（UTF-16 文件内容损坏）', en: '(damaged UTF-16 file)' });
    return checked({ text, encoding: 'utf-16le' });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict('utf-16be', bytes);
    if (text === null) throw new ImportError('BAD_ENCODING', { zh: '（UTF-16 文件内容损坏）', en: '(damaged UTF-16 file)' });
    return checked({ text, encoding: 'utf-16be' });
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' });
  if (utf8Likeness(bytes) >= 0.8) throw badUtf8(bytes);
  const gb = decodeStrict('gb18030', bytes);
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030' });
  throw new ImportError('BAD_ENCODING');
}

function badUtf8(bytes: Uint8Array): ImportError {
  const at = firstInvalidUtf8(bytes);
  return new ImportError('BAD_ENCODING', {
    zh: `（文件看似 UTF-8，但在第 ${at} 字节处含有无效字节，可能已损坏）`,
    en: `(the file looks like UTF-8 but has an invalid byte at offset ${at}; it may be damaged)`,
  });
}

function checked(d: DecodedText): DecodedText {
  if (!looksLikeText(d.text)) {
    throw new ImportError('BAD_ENCODING', { zh: '（文件含有大量控制字符，似乎不是文本文件）', en: '(the file contains control characters; it does not look like text)' });
  }
  return d;
}
