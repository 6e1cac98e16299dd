import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySide, diffChars } from '../../../shared/diff/char-diff';

describe('character diff', () => {
  it('finds the minimal change inside Chinese text', () => {
    expect(diffChars('取得明显进展', '取得了明显进展')).toEqual([
      { op: 'equal', text: '取得' }, { op: 'insert', text: '了' }, { op: 'equal', text: '明显进展' },
    ]);
    expect(diffChars('增长8.7%,增速', '增长8.7%，增速').filter((o) => o.op !== 'equal')).toEqual([
      { op: 'delete', text: ',' }, { op: 'insert', text: '，' },
    ]);
  });

  it('never splits an astral character', () => {
    const ops = diffChars('𠮷野家', '𠮷野屋');
    expect(ops).toEqual([{ op: 'equal', text: '𠮷野' }, { op: 'delete', text: '家' }, { op: 'insert', text: '屋' }]);
    const ops2 = diffChars('\u{20BB7}', '\u{20BB8}');
    expect(ops2).toEqual([{ op: 'delete', text: '\u{20BB7}' }, { op: 'insert', text: '\u{20BB8}' }]);
  });

  it('rebuilds both sides exactly (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('永', '康', '，', '𠮷', 'a', '1', ' ', '\n'), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = diffChars(a, b);
        expect(applySide(ops, 'old')).toBe(a);
        expect(applySide(ops, 'new')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back gracefully for a complete rewrite of a long text', () => {
    const a = '甲乙丙丁'.repeat(3000);
    const b = '子丑寅卯'.repeat(3000);
    const ops = diffChars(a, b);
    expect(applySide(ops, 'old')).toBe(a);
    expect(applySide(ops, 'new')).toBe(b);
  });
});
