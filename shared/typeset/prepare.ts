import { CharClass, CLASS_COUNT, classifyCodePoint, isWordClass } from './char-class';
import { FontSet, MISSING_FONT } from './font-set';
import { kinsokuTable } from './kinsoku';
import { Blank, blankSide, type PunctuationStyle } from './punctuation';
import type { TextStyle } from './styles';
import { EM } from './units';

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

// Same set as a lookup by UTF-16 code unit (all BMP): no one-character string per test.
const UNIT_TABLE = new Uint8Array(0x10000);
for (const ch of UNIT_AFTER_DIGIT) UNIT_TABLE[ch.charCodeAt(0)] = 1;

// Class constants as plain module numbers: the hot loops compare against literals.
const HAN = CharClass.Han;
const OPEN = CharClass.Open;
const CLOSE = CharClass.Close;
const SOLIDUS = CharClass.Solidus;
const SPACE = CharClass.Space;
const CONT = CharClass.Continuation;
const DIGIT = CharClass.Digit;
const AFFIX = CharClass.NumberAffix;
const LATIN = CharClass.Latin;
const LATIN_CLOSE = CharClass.LatinClose;
const LATIN_OPEN = CharClass.LatinOpen;

const NO_MISSING: readonly MissingGlyph[] = Object.freeze([]);

/** The per-slot tables of a paragraph, sized for at least `n` slots. */
interface Slots {
  readonly cls: Uint8Array;
  readonly adv: Int32Array;
  readonly preLeft: Int16Array;
  readonly lb: Int16Array;
  readonly rb: Int16Array;
  readonly pairTrim: Int16Array;
  readonly gap: Int16Array;
  readonly brk: Uint8Array;
  readonly stretch: Uint8Array;
  readonly font: Uint8Array;
}

function allocSlots(n: number): Slots {
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
  return { cls, adv, preLeft, lb, rb, pairTrim, gap, brk, stretch, font };
}

/**
 * Scratch tables for paragraphs that live only while one pass sets them (an uncached flow or
 * compose): every paragraph of the pass reuses the same buffers, so a whole-issue flow makes
 * no per-paragraph off-heap allocation. A paragraph prepared here is valid only until the
 * arena prepares the next one.
 */
export class PrepareArena {
  private slots: Slots = allocSlots(256);
  private capacity = 256;

  /** Analyses `text` into the arena's buffers (overwriting the previous paragraph). */
  prepare(text: string, style: TextStyle, fonts: FontSet): PreparedParagraph {
    const n = text.length;
    if (n > this.capacity) {
      this.capacity = Math.max(n, this.capacity * 2);
      this.slots = allocSlots(this.capacity);
    }
    return analyse(text, style, fonts, this.slots);
  }
}

/** Analyses one paragraph (no line breaks inside) for the given style and fonts. */
export function prepareParagraph(text: string, style: TextStyle, fonts: FontSet): PreparedParagraph {
  return analyse(text, style, fonts, allocSlots(text.length));
}

// One pass over the code units: each slot gets its class, font, width and blanks, then the
// pair rules with the previous code point (compression, gaps, break and stretch). Every slot
// is written, so reused (arena) buffers need no clearing.
function analyse(text: string, style: TextStyle, fonts: FontSet, slots: Slots): PreparedParagraph {
  const n = text.length;
  const { cls, adv, preLeft, lb, rb, pairTrim, gap, brk, stretch, font } = slots;
  let missing: MissingGlyph[] | null = null;
  const punct = style.punctuation;
  const wt = widthTable(punct);
  const wAdv = wt.adv;
  const wLb = wt.lb;
  const wRb = wt.rb;
  const wPre = wt.pre;
  const pairs = pairTable(style.kinsoku);
  const latinGap = Math.round(style.latinGap * EM);
  const compress = punct !== 'quanjiao';
  let prev = -1;
  let a = 0;

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
    if (cp === 0x20 && prev >= 0 && typedSpaceBetween(text, i, a)) {
      // A space typed between Chinese and a number or Latin word ("2024 年") is set as the
      // Han–Latin gap, exactly as if it had not been typed ("2025年"): it takes no width, never
      // stretches, and the character after it pairs with the one before it.
      adv[i] = 0;
      lb[i] = 0;
      rb[i] = 0;
      preLeft[i] = 0;
      pairTrim[i] = 0;
      gap[i] = 0;
      brk[i] = 0;
      stretch[i] = 0;
      continue;
    }
    if (f === MISSING_FONT && c !== SPACE && cp > 0x20) (missing ??= []).push({ offset: i, codePoint: cp });
    let l = 0;
    let r = 0;
    let pre = 0;
    let w: number;
    if (c <= SOLIDUS) {
      // Full-width box: width and blanks come from the class (clreq), never from the font.
      w = wAdv[c]!;
      l = wLb[c]!;
      r = wRb[c]!;
      pre = wPre[c]!;
    } else {
      w = fonts.advanceOf(cp);
    }
    let trim = 0;
    let g = 0;
    let br = 0;
    if (c !== CONT && prev >= 0) {
      // Adjacent marks with a bracket: 2 em → 1.5 em (clreq 3.2.3), not in 全角 style.
      if (compress && (a === OPEN || a === CLOSE || c === OPEN || c === CLOSE)) {
        const pr = rb[prev]!;
        if (pr > 0 && (l > 0 || r > 0)) {
          adv[prev] = adv[prev]! - pr;
          trim = pr;
          rb[prev] = 0;
        } else if (a === OPEN && l > 0) {
          w -= l;
          pre += l;
          trim = l;
          l = 0;
        }
      }
      if (latinGap > 0 && ((a === HAN && isLatinSide(c)) || (isLatinSide(a) && c === HAN))) g = latinGap;
      const flags = pairs[a * CLASS_COUNT + c]!;
      br = flags & PAIR_BREAK && !((a === DIGIT || a === AFFIX) && c === HAN && UNIT_TABLE[cp] === 1) ? 1 : 0;
      stretch[prev] = flags & PAIR_STRETCH ? 1 : 0;
    }
    adv[i] = w;
    lb[i] = l;
    rb[i] = r;
    preLeft[i] = pre;
    pairTrim[i] = trim;
    gap[i] = g;
    brk[i] = br;
    stretch[i] = 0;
    if (c !== CONT) {
      prev = i;
      a = c;
    }
    if (cp > 0xffff) {
      i++;
      cls[i] = CONT;
      font[i] = f;
      adv[i] = 0;
      lb[i] = 0;
      rb[i] = 0;
      preLeft[i] = 0;
      pairTrim[i] = 0;
      gap[i] = 0;
      brk[i] = 0;
      stretch[i] = 0;
    }
  }
  brk[n] = 1;
  // Breaker and placer test the class at a line's start, which is slot n for an empty
  // paragraph: in reused buffers that slot must not hold a stale opening mark.
  if (n < cls.length) cls[n] = CharClass.Other;

  if (style.scaleX !== 1) scaleAll(style.scaleX, n, adv, preLeft, lb, rb, gap, pairTrim);

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
    trimLineStart: compress,
    missing: missing ?? NO_MISSING,
  };
}

// Chinese side of a typed space: ideographs and full-width marks (classes up to Solidus).
function isCjkSide(cls: number): boolean {
  return cls <= SOLIDUS;
}

// True when the space at `i` (after a code point of class `before`) sits, with any further
// spaces, between Chinese and a number or Latin word, either way round.
function typedSpaceBetween(text: string, i: number, before: number): boolean {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  const next = text.codePointAt(j);
  if (next === undefined) return false;
  const after = classifyCodePoint(next);
  return (isCjkSide(before) && isLatinSide(after)) || (isLatinSide(before) && isCjkSide(after));
}

function isLatinSide(cls: number): boolean {
  return cls === LATIN || cls === DIGIT || cls === AFFIX || cls === LATIN_OPEN || cls === LATIN_CLOSE;
}

// 长/扁: a horizontal scale changes every advance and blank by the same factor.
function scaleAll(s: number, n: number, ...arrays: (Int32Array | Int16Array)[]): void {
  for (const arr of arrays) {
    for (let i = 0; i < n; i++) arr[i] = Math.round(arr[i]! * s);
  }
}
