import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glyphSegments } from '../../../renderer/src/features/layout/glyph-segments';

describe('glyphSegments: what the canvas draws in one call', () => {
  it('keeps a justified run of ideographs together and splits at punctuation, Latin and a change of pitch', () => {
    // 9 pt type stretched to 9.25 pt pitch, a comma squeezed to half, then an unstretched pitch.
    const text = '永康市召开，会议ab新质生产';
    const x = [0, 9.25, 18.5, 27.75, 37, 46.25, 50.75, 60, 65, 70, 79, 88, 97, 106];
    expect(glyphSegments(text, x)).toEqual([
      { text: '永康市召开', x: 0, pitch: 9.25 },
      { text: '，', x: 46.25, pitch: 0 },
      { text: '会议', x: 50.75, pitch: 9.25 },
      { text: 'a', x: 65, pitch: 0 },
      { text: 'b', x: 70, pitch: 0 },
      { text: '新质生产', x: 79, pitch: 9 },
    ]);
  });

  it('keeps an astral character (𠮷) whole with its one x', () => {
    expect(glyphSegments('吉𠮷吉', [0, 9, 18])).toEqual([
      { text: '吉', x: 0, pitch: 0 },
      { text: '𠮷', x: 9, pitch: 0 },
      { text: '吉', x: 18, pitch: 0 },
    ]);
  });

  it('puts every glyph back where the composer put it, and loses no text', () => {
    const glyph = fc.constantFrom(...Array.from('中国新闻，。“”abc1'), '𠮷');
    fc.assert(
      fc.property(fc.array(fc.tuple(glyph, fc.constantFrom(9, 9.25, 4.5, 6)), { maxLength: 40 }), (cells) => {
        const text = cells.map(([g]) => g).join('');
        const x: number[] = [];
        let pen = 0;
        for (const [, w] of cells) {
          x.push(pen);
          pen += w;
        }
        const segs = glyphSegments(text, x);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        // Re-expand each segment at its pitch: the same x per glyph.
        const back = segs.flatMap((s) => Array.from(s.text).map((_, i) => s.x + i * s.pitch));
        expect(back.length).toBe(x.length);
        back.forEach((v, i) => expect(v).toBeCloseTo(x[i]!, 3));
      }),
      { numRuns: 500 },
    );
  });
});
