/**
 * Splits one horizontal text item into the stretches the canvas can draw with a single
 * `fillText`: consecutive CJK ideographs set at one constant pitch (a justified body line is
 * mostly that). Drawn with `letterSpacing = pitch − em`, such a stretch puts every glyph where
 * the composer put it; everything else (punctuation, whose blanks the composer squeezed, Latin,
 * astral characters) stays one glyph per segment at its own x. Fewer calls, same positions.
 */
export interface GlyphSegment {
  readonly text: string;
  /** Pen x of the first glyph, in the item's units (points). */
  readonly x: number;
  /** Distance from one glyph's origin to the next inside the segment; 0 for a single glyph. */
  readonly pitch: number;
}

// Ideographs only: their advance is one em in every CJK face, and no font feature moves them.
const isIdeograph = (u: number): boolean => (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);

/** Pitches within this many points count as equal (the composer's unit is 1/1000 em). */
const SAME_PITCH = 1e-4;

export function glyphSegments(text: string, x: readonly number[]): GlyphSegment[] {
  const out: GlyphSegment[] = [];
  let k = 0; // glyph index into x
  let i = 0; // UTF-16 index into text
  while (i < text.length && k < x.length) {
    const u = text.charCodeAt(i);
    const width = u >= 0xd800 && u < 0xdc00 && i + 1 < text.length ? 2 : 1;
    if (width === 1 && isIdeograph(u) && k + 1 < x.length && isIdeograph(text.charCodeAt(i + 1))) {
      const pitch = x[k + 1]! - x[k]!;
      let n = 2;
      while (k + n < x.length && i + n < text.length && isIdeograph(text.charCodeAt(i + n)) && Math.abs(x[k + n]! - x[k + n - 1]! - pitch) < SAME_PITCH) n++;
      out.push({ text: text.slice(i, i + n), x: x[k]!, pitch });
      i += n;
      k += n;
      continue;
    }
    out.push({ text: text.slice(i, i + width), x: x[k]!, pitch: 0 });
    i += width;
    k++;
  }
  return out;
}
