import type { Font } from 'fontkit';
import type { FontMetrics } from '../../shared/typeset/font-set';

const UNKNOWN = -2;
const MISSING = -1;

/**
 * The composer's font port over a fontkit font, with advances cached per code point
 * (a typed array for the BMP, a map above it): fontkit's glyph lookup costs ~15 µs, the
 * cache a few nanoseconds.
 */
export class FontkitMetrics implements FontMetrics {
  readonly unitsPerEm: number;
  private readonly bmp = new Int32Array(0x10000).fill(UNKNOWN);
  private readonly astral = new Map<number, number>();

  constructor(
    readonly id: string,
    private readonly font: Font,
  ) {
    this.unitsPerEm = font.unitsPerEm;
  }

  advance(codePoint: number): number | undefined {
    if (codePoint < 0x10000) {
      let a = this.bmp[codePoint]!;
      if (a === UNKNOWN) {
        a = this.lookup(codePoint);
        this.bmp[codePoint] = a;
      }
      return a === MISSING ? undefined : a;
    }
    let a = this.astral.get(codePoint);
    if (a === undefined) {
      a = this.lookup(codePoint);
      this.astral.set(codePoint, a);
    }
    return a === MISSING ? undefined : a;
  }

  /** Font-wide ascent/descent in font units (for line boxes in the painter). */
  get verticalMetrics(): { ascent: number; descent: number } {
    return { ascent: this.font.ascent, descent: this.font.descent };
  }

  private lookup(cp: number): number {
    if (!this.font.hasGlyphForCodePoint(cp)) return MISSING;
    return this.font.glyphForCodePoint(cp).advanceWidth;
  }
}
