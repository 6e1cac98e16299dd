import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffChars } from '../../../shared/diff/char-diff';
import { positionMapper } from '../../../shared/diff/position-map';

describe('position mapping through an edit', () => {
  it('shifts positions after an insertion and keeps those before', () => {
    const map = positionMapper(diffChars('取得明显进展', '取得了明显进展'));
    expect(map(0)).toBe(0);
    expect(map(2, -1)).toBe(2);
    expect(map(2, 1)).toBe(3);
    expect(map(4)).toBe(5);
    expect(map(6)).toBe(7);
  });

  it('collapses positions inside deleted text and counts astral characters as two units', () => {
    const map = positionMapper(diffChars('𠮷野家开新店', '𠮷开新店'));
    expect(map(2)).toBe(2); // after 𠮷 (two UTF-16 units)
    expect(map(3)).toBe(2); // inside the deleted 野家
    expect(map(5)).toBe(3); // 新 → after 𠮷开
  });

  it('maps a span so it still covers the same characters when the edit is elsewhere (property)', () => {
    const unit = fc.constantFrom('永', '康', '，', '𠮷', 'a', '\n');
    // Inserted text shares no character with the rest, so the alignment of the diff is unambiguous.
    const other = fc.constantFrom('x', '。', '\u{20BB8}');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.string({ unit: other, maxLength: 5 }), fc.string({ unit: other, maxLength: 5 }), fc.string({ unit, minLength: 1, maxLength: 6 }), fc.string({ unit, maxLength: 30 }), (pre, ins, ins2, span, post) => {
        const before = pre + span + post;
        const after = ins + pre + span + post + ins2;
        const map = positionMapper(diffChars(before, after));
        const s = map(pre.length, 1);
        const e = map(pre.length + span.length, -1);
        expect(after.slice(s, e)).toBe(span);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic and stays inside the new text (property)', () => {
    const unit = fc.constantFrom('永', '康', '，', '𠮷', 'a');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), fc.string({ unit, maxLength: 20 }), (a, b) => {
        const map = positionMapper(diffChars(a, b));
        let last = 0;
        for (let p = 0; p <= a.length; p++) {
          const m = map(p, 1);
          expect(m).toBeGreaterThanOrEqual(last);
          expect(m).toBeLessThanOrEqual(b.length);
          last = m;
        }
      }),
      { numRuns: 300 },
    );
  });
});
