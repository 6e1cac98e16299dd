import { CharClass, CLASS_COUNT, classifyCodePoint, isWordClass } from '../../../../shared/typeset/char-class';
import { FontSet, MISSING_FONT } from '../../../../shared/typeset/font-set';
import { kinsokuTable } from '../../../../shared/typeset/kinsoku';
import { Blank, blankSide, type PunctuationStyle } from '../../../../shared/typeset/punctuation';
import type { TextStyle } from '../../../../shared/typeset/styles';
import { EM } from '../../../../shared/typeset/units';

/** A code point no font in the chain could set. */
export interface MissingGlyph {
  /** UTF-16 offset in the paragraph. */
  readonly offset: number;
  readonly codePoint: number;
}

/**
 * A paragraph analysed once into flat typed arrays, indexed by UTF-16 offset (the low
 * surrogate of an astral character is a zero-width `Continuation` slot), so breaking and
 * positioning are table reads with no allocation. Widths are in 1/1000 em (see units.ts).
 */
export interface PreparedParagraph {
  readonly text: string;
  readonly length: number;
  readonly style: TextStyle;
  readonly fonts: FontSet;
  readonly cls: Uint8Array;
  /** Natural advance mid-line, after the style's fixed compressions. */
  readonly adv: Int32Array;
  /** Blank already removed on the left (the glyph box starts this far left of the pen). */
  readonly preLeft: Int16Array;
  /** Left blank still available to squeeze (opening marks; interpuncts). */
  readonly lb: Int16Array;
  /** Right blank still available to squeeze (closing and pause marks; interpuncts). */
  readonly rb: Int16Array;
  /** Blank removed between the previous code point and this one by adjacent-mark compression. */
  readonly pairTrim: Int16Array;
  /** Han–Latin gap before this slot (dropped at a line start). */
  readonly gap: Int16Array;
  /** 1 when a line may break before this slot. */
  readonly brk: Uint8Array;
  /** 1 when justification may add space between this code point and the next. */
  readonly stretch: Uint8Array;
  /** Index into `fonts` of the font that sets this code point (MISSING_FONT if none). */
  readonly font: Uint8Array;
  /** True when an opening mark at a line start loses its leading blank (GB, 开明). */
  readonly trimLineStart: boolean;
  readonly missing: readonly MissingGlyph[];
}

// Han characters that stay with a preceding number (“digits kept with their units”).
const UNIT_AFTER_DIGIT = new Set(Array.from('年月日时分秒万亿元角岁个倍度米克吨亩斤里号期届次'));

// Pair flags per (previous class, class) and kinsoku level: bit 1 = a break is allowed
// between them, bit 2 = justification may add space between them. Two table reads per
// character instead of a chain of tests.
const PAIR_BREAK = 1;
const PAIR_STRETCH = 2;
const pairTables = new Map<string, Uint8Array>();

function pairTable(level: TextStyle['kinsoku']): Uint8Array {
  let t = pairTables.get(level);
  if (t) return t;
  const kin = kinsokuTable(level);
  t = new Uint8Array(CLASS_COUNT * CLASS_COUNT);
  for (let a = 0; a < CLASS_COUNT; a++) {
    for (let b = 0; b < CLASS_COUNT; b++) {
      const A = a as CharClass;
      const B = b as CharClass;
      const word = isWordClass(A) && isWordClass(B);
      const pair = (A === CharClass.Dash && B === CharClass.Dash) || (A === CharClass.Ellipsis && B === CharClass.Ellipsis);
      const nbsp = A === CharClass.NoBreakSpace || B === CharClass.NoBreakSpace;
      const noBreak =
        B === CharClass.Space || B === CharClass.Continuation || nbsp || kin.noStart[B] === 1 || kin.noEnd[A] === 1 || word || pair;
      const noStretch =
        word || pair || nbsp || A === CharClass.Connector || B === CharClass.Connector || A === CharClass.Solidus || B === CharClass.Solidus;
      t[a * CLASS_COUNT + b] = (noBreak ? 0 : PAIR_BREAK) | (noStretch ? 0 : PAIR_STRETCH);
    }
  }
  pairTables.set(level, t);
  return t;
}

interface WidthTable {
  readonly adv: Int32Array;
  readonly lb: Int16Array;
  readonly rb: Int16Array;
  readonly pre: Int16Array;
}
const widthTables = new Map<PunctuationStyle, WidthTable>();

// Natural width and blanks of each full-width class in a punctuation style.
function widthTable(punct: PunctuationStyle): WidthTable {
  let t = widthTables.get(punct);
  if (t) return t;
  t = { adv: new Int32Array(CLASS_COUNT), lb: new Int16Array(CLASS_COUNT), rb: new Int16Array(CLASS_COUNT), pre: new Int16Array(CLASS_COUNT) };
  const half = EM / 2;
  const quarter = EM / 4;
  for (let c = 0; c <= CharClass.Solidus; c++) {
    const cls = c as CharClass;
    t.adv[c] = EM;
    const side = blankSide(cls);
    if (side === Blank.Left) t.lb[c] = half;
    else if (side === Blank.Right) t.rb[c] = half;
    else if (side === Blank.Both) {
      if (punct === 'quanjiao') {
        t.lb[c] = quarter;
        t.rb[c] = quarter;
      } else {
        // GB/T 15834: the interpunct takes half an em and is not adjusted further.
        t.adv[c] = half;
        t.pre[c] = quarter;
      }
    }
    if (punct === 'kaiming' && cls !== CharClass.Stop && cls !== CharClass.Excl && (t.lb[c]! > 0 || t.rb[c]! > 0)) {
      t.adv[c] = half;
      t.pre[c] = t.lb[c]!;
      t.lb[c] = 0;
      t.rb[c] = 0;
    }
  }
  widthTables.set(punct, t);
  return t;
}

function isNumberish(cls: CharClass): boolean {
  return cls === CharClass.Digit || cls === CharClass.NumberAffix;
}

function isLatinSide(cls: CharClass): boolean {
  return (
    cls === CharClass.Latin ||
    cls === CharClass.Digit ||
    cls === CharClass.NumberAffix ||
    cls === CharClass.LatinOpen ||
    cls === CharClass.LatinClose
  );
}

/** Analyses one paragraph (no line breaks inside) for the given style and fonts. */
export function prepareParagraph(text: string, style: TextStyle, fonts: FontSet): PreparedParagraph {
  const n = text.length;
  // One backing store for all per-slot tables: a paragraph costs one allocation, not twelve
  // (small off-heap buffers dominate both the time and the GC of a whole-issue re-flow).
  const buf = new ArrayBuffer(n * 4 + n * 10 + n * 4 + 1 + 8);
  const adv = new Int32Array(buf, 0, n);
  let off = n * 4;
  const preLeft = new Int16Array(buf, off, n);
  const lb = new Int16Array(buf, (off += n * 2), n);
  const rb = new Int16Array(buf, (off += n * 2), n);
  const gap = new Int16Array(buf, (off += n * 2), n);
  const pairTrim = new Int16Array(buf, (off += n * 2), n);
  off += n * 2;
  const cls = new Uint8Array(buf, off, n);
  const stretch = new Uint8Array(buf, (off += n), n);
  const font = new Uint8Array(buf, (off += n), n);
  const brk = new Uint8Array(buf, (off += n), n + 1);
  const missing: MissingGlyph[] = [];
  const punct = style.punctuation;
  const wt = widthTable(punct);

  // Pass 1: class, font, natural width and blanks of each code point.
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
    }
    const c = classifyCodePoint(cp);
    cls[i] = c;
    const f = fonts.fontOf(cp);
    font[i] = f;
    if (f === MISSING_FONT && c !== CharClass.Space && cp > 0x20) missing.push({ offset: i, codePoint: cp });
    if (c <= CharClass.Solidus) {
      // Full-width box: width and blanks come from the class (clreq), never from the font.
      adv[i] = wt.adv[c]!;
      lb[i] = wt.lb[c]!;
      rb[i] = wt.rb[c]!;
      preLeft[i] = wt.pre[c]!;
    } else {
      adv[i] = fonts.advanceOf(cp);
    }
    if (cp > 0xffff) {
      i++;
      cls[i] = CharClass.Continuation;
      font[i] = f;
    }
  }

  // Pass 1b: a run of typed spaces between Chinese (ideographs, full-width marks) and a number
  // or Latin word is set as the Han–Latin gap: zero width, and skipped when pairing neighbours.
  const typed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (text[i] !== ' ') continue;
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || cls[j] === CharClass.Continuation)) j--;
    let k = i + 1;
    while (k < n && text[k] === ' ') k++;
    if (j < 0 || k >= n) continue;
    const before = cls[j]! as CharClass;
    const after = cls[k]! as CharClass;
    const cjk = (c: number): boolean => c <= CharClass.Solidus;
    if ((cjk(before) && isLatinSide(after)) || (isLatinSide(before) && cjk(after))) {
      typed[i] = 1;
      adv[i] = 0;
    }
  }

  // Pass 2: pairs of neighbours — compression, gaps, break and stretch opportunities.
  const pairs = pairTable(style.kinsoku);
  const latinGap = Math.round(style.latinGap * EM);
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const b = cls[i]! as CharClass;
    if (b === CharClass.Continuation || typed[i] === 1) continue;
    if (prev < 0) {
      prev = i;
      continue;
    }
    const a = cls[prev]! as CharClass;
    // Adjacent marks with a bracket: 2 em → 1.5 em (clreq 3.2.3), not in 全角 style.
    if (punct !== 'quanjiao' && (a === CharClass.Open || a === CharClass.Close || b === CharClass.Open || b === CharClass.Close)) {
      if (rb[prev]! > 0 && (lb[i]! > 0 || rb[i]! > 0)) {
        adv[prev] = adv[prev]! - rb[prev]!;
        pairTrim[i] = rb[prev]!;
        rb[prev] = 0;
      } else if (a === CharClass.Open && lb[i]! > 0) {
        adv[i] = adv[i]! - lb[i]!;
        preLeft[i] = preLeft[i]! + lb[i]!;
        pairTrim[i] = lb[i]!;
        lb[i] = 0;
      }
    }
    if (latinGap > 0 && ((a === CharClass.Han && isLatinSide(b)) || (isLatinSide(a) && b === CharClass.Han))) {
      gap[i] = latinGap;
    }
    const flags = pairs[a * CLASS_COUNT + b]!;
    brk[i] = flags & PAIR_BREAK && !(isNumberish(a) && b === CharClass.Han && UNIT_AFTER_DIGIT.has(text[i]!)) ? 1 : 0;
    stretch[prev] = flags & PAIR_STRETCH ? 1 : 0;
    prev = i;
  }
  brk[n] = 1;

  if (style.scaleX !== 1) scaleAll(style.scaleX, adv, preLeft, lb, rb, gap, pairTrim);

  return {
    text,
    length: n,
    style,
    fonts,
    cls,
    adv,
    preLeft,
    lb,
    rb,
    gap,
    pairTrim,
    brk,
    stretch,
    font,
    trimLineStart: punct !== 'quanjiao',
    missing,
  };
}

// 长/扁: a horizontal scale changes every advance and blank by the same factor.
function scaleAll(s: number, ...arrays: (Int32Array | Int16Array)[]): void {
  for (const arr of arrays) {
    for (let i = 0; i < arr.length; i++) arr[i] = Math.round(arr[i]! * s);
  }
}
