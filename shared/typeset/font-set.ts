import { EM } from './units';

/**
 * The font port: what the composer needs from a font. Implemented over fontkit in
 * `electron/fonts`, and by plain objects in tests.
 */
export interface FontMetrics {
  /** Stable id, also the key the PDF writer and the screen use to find the same font file. */
  readonly id: string;
  readonly unitsPerEm: number;
  /** Advance width in font units, or `undefined` when the font has no glyph for the code point. */
  advance(codePoint: number): number | undefined;
}

/** Font index used when no font in the chain has a glyph. */
export const MISSING_FONT = 255;
const UNKNOWN = 254;

/**
 * A fallback chain of fonts with a per-code-point cache of (font index, advance in 1/1000 em).
 *
 * The first font that has a glyph wins, so rare name characters (生僻字, 𠮷) fall back to the
 * next font instead of printing a blank box. The cache makes the composer's hot loop one
 * typed-array read per character.
 */
export class FontSet {
  readonly fonts: readonly FontMetrics[];
  private readonly bmpFont = new Uint8Array(0x10000).fill(UNKNOWN);
  private readonly bmpAdvance = new Uint16Array(0x10000);
  private readonly astral = new Map<number, number>();

  constructor(fonts: readonly FontMetrics[]) {
    if (fonts.length === 0) throw new Error('FontSet needs at least one font');
    if (fonts.length > 250) throw new Error('FontSet supports at most 250 fonts');
    this.fonts = fonts;
  }

  /** Index of the font that sets `cp`, or MISSING_FONT. Advance is then read by `advanceOf`. */
  fontOf(cp: number): number {
    if (cp < 0x10000) {
      const f = this.bmpFont[cp]!;
      if (f !== UNKNOWN) return f;
      this.fill(cp);
      return this.bmpFont[cp]!;
    }
    return this.astralEntry(cp) >>> 16;
  }

  /** Advance in 1/1000 em of the font that sets `cp` (the primary font's guess if none does). */
  advanceOf(cp: number): number {
    if (cp < 0x10000) {
      if (this.bmpFont[cp] === UNKNOWN) this.fill(cp);
      return this.bmpAdvance[cp]!;
    }
    return this.astralEntry(cp) & 0xffff;
  }

  /** Id of the font at an index returned by `fontOf` (the primary font for MISSING_FONT). */
  fontId(index: number): string {
    return (this.fonts[index] ?? this.fonts[0]!).id;
  }

  private fill(cp: number): void {
    const [f, adv] = this.lookup(cp);
    this.bmpFont[cp] = f;
    this.bmpAdvance[cp] = adv;
  }

  private astralEntry(cp: number): number {
    let e = this.astral.get(cp);
    if (e === undefined) {
      const [f, adv] = this.lookup(cp);
      e = f * 0x10000 + adv;
      this.astral.set(cp, e);
    }
    return e;
  }

  private lookup(cp: number): [number, number] {
    for (let i = 0; i < this.fonts.length; i++) {
      const font = this.fonts[i]!;
      const a = font.advance(cp);
      if (a !== undefined) {
        return [i, Math.min(0xffff, Math.max(0, Math.round((a * EM) / font.unitsPerEm)))];
      }
    }
    // No glyph anywhere: keep the layout stable with a guess (½ em narrow, 1 em wide).
    const wide = cp >= 0x2e80;
    return [MISSING_FONT, wide ? EM : EM / 2];
  }
}
