import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePoints,
  collapseSpaces,
  countChars,
  countCharsDetailed,
  fullwidthParens,
  headCodePoints,
  isCjkPunct,
  isFullwidthForm,
  isHan,
  lastCodePoint,
  normalizeNewlines,
  removeControlChars,
  splitOnSpaces,
  splitsSurrogatePair,
  stripBom,
  tailCodePoints,
  toHalfwidthAscii,
} from '../../../shared/text';

describe('character classes', () => {
  it('Han includes astral extensions and 〇, excludes kana and punctuation', () => {
    for (const ch of ['中', '㐀', '𠮷', '𫠠', '𰀀', '〇', '豈']) expect(isHan(ch.codePointAt(0) ?? 0), ch).toBe(true);
    for (const ch of ['あ', '。', 'A', '１', '，']) expect(isHan(ch.codePointAt(0) ?? 0), ch).toBe(false);
  });
  it('CJK punctuation and full-width forms', () => {
    for (const ch of ['。', '，', '、', '“', '”', '《', '》', '——', '…', '！', '（']) expect(isCjkPunct(ch.codePointAt(0) ?? 0), ch).toBe(true);
    for (const ch of [',', '.', 'a', '中', '\u3000']) expect(isCjkPunct(ch.codePointAt(0) ?? 0), ch).toBe(false);
    expect(isFullwidthForm('Ａ'.codePointAt(0) ?? 0)).toBe(true);
    expect(isFullwidthForm('A'.codePointAt(0) ?? 0)).toBe(false);
  });
});

describe('countChars (字数)', () => {
  it('counts Han and CJK punctuation 1, half-width ½ rounded up, whitespace 0, astral 1', () => {
    expect(countChars('绘蓝图 明任务')).toBe(6);
    expect(countChars('取得成绩。')).toBe(5);
    expect(countChars('2025年')).toBe(3);
    expect(countChars('AI质检')).toBe(3);
    expect(countChars('ABC')).toBe(2);
    expect(countChars('𠮷野家')).toBe(3);
    expect(countChars('\u3000\u3000正文\n')).toBe(2);
    expect(countChars('２０２５，')).toBe(5);
    expect(countCharsDetailed('中a。1')).toEqual({ han: 1, fullWidth: 1, halfWidth: 2, total: 3 });
    expect(countChars('')).toBe(0);
  });
  it('is additive up to the half-width rounding and never counts whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.string({ unit: 'grapheme', maxLength: 50 }), (a, b) => {
        const sum = countChars(a) + countChars(b);
        const joined = countChars(a + b);
        expect(joined).toBeLessThanOrEqual(sum);
        expect(joined).toBeGreaterThanOrEqual(sum - 1);
        expect(countChars(`${a} \u3000\n${b}`)).toBe(joined);
      }),
    );
  });
});

describe('code points', () => {
  it('iterates without splitting surrogate pairs, with UTF-16 offsets', () => {
    const s = 'a𠮷b';
    expect([...codePoints(s)].map((c) => [c.index, c.length])).toEqual([[0, 1], [1, 2], [3, 1]]);
    expect(codePointLength(s)).toBe(3);
    expect(splitsSurrogatePair(s, 2)).toBe(true);
    expect(splitsSurrogatePair(s, 1)).toBe(false);
    expect(lastCodePoint('野𠮷')).toBe(0x20bb7);
    expect(tailCodePoints('一二𠮷', 1)).toBe('𠮷');
    expect(headCodePoints('𠮷一二', 1)).toBe('𠮷');
  });
  it('head/tail never return half a pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(35), (s, n) => {
        const h = headCodePoints(s, n);
        const t = tailCodePoints(s, n);
        expect(s.startsWith(h) && s.endsWith(t)).toBe(true);
        expect(splitsSurrogatePair(s, h.length)).toBe(false);
        expect(splitsSurrogatePair(s, s.length - t.length)).toBe(false);
        expect(codePointLength(h)).toBe(Math.min(n, codePointLength(s)));
      }),
    );
  });
});

describe('normalisation', () => {
  it('newlines, BOM, controls, spaces, brackets, half-width', () => {
    expect(normalizeNewlines('a\r\nb\rc')).toBe('a\nb\nc');
    expect(stripBom('\ufeff文')).toBe('文');
    expect(removeControlChars('a\u0000b\u200bc\fd')).toBe('abc\nd');
    expect(collapseSpaces('  融媒记者\u00a0\u00a0李梦楚\u3000')).toBe('融媒记者 李梦楚');
    expect(splitOnSpaces('富强\u3000民主  文明')).toEqual(['富强', '民主', '文明']);
    expect(fullwidthParens('本报讯(融媒记者 徐婷婷)')).toBe('本报讯（融媒记者 徐婷婷）');
    expect(toHalfwidthAscii('２０２５年　第３版')).toBe('2025年 第3版');
  });
});
