import { FontSet, type FontMetrics } from '../../../shared/typeset/font-set';

/** A deterministic stand-in font: ideographs 1 em, Latin/digits ½ em, space ¼ em; no glyph for 𠮷's plane-2 neighbour U+2A6D6. */
export const monoFont: FontMetrics = {
  id: 'mono',
  unitsPerEm: 1000,
  advance(cp: number): number | undefined {
    if (cp === 0x2a6d6) return undefined;
    if (cp === 0x20) return 250;
    return cp < 0x2e80 ? 500 : 1000;
  },
};

/** A second font that has only U+2A6D6, to test fallback. */
export const rareFont: FontMetrics = {
  id: 'rare',
  unitsPerEm: 2048,
  advance: (cp: number) => (cp === 0x2a6d6 ? 2048 : undefined),
};

/** A fresh font set over the stand-in font. */
export function monoSet(): FontSet {
  return new FontSet([monoFont]);
}

/** n copies of 字. */
export function han(n: number, ch = '字'): string {
  return ch.repeat(n);
}
