import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/proof/index';
import { checkText } from '../../../shared/proof/index';

// Text built from the pieces the rules care about, including an astral ideograph.
const piece = fc.constantFrom(
  '增长', '𠮷', '野家', ',', '.', ':', '?', '!', '(', ')', '“', '”', '‘', '’', '"', '《', '》', ' ', '　',
  '\n', '\n\n', '2025', '.', '1', '%', '、', '，', '。', 'AI', 'iPhone', '...', '--', '了了', '截止',
  '經濟', '二O二四年', '３', '号', '年', '月', '日', '星期四', '1,256.3', '19:30', 'www.a.cn',
);
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

function isLow(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return i > 0 && i < s.length && c >= 0xdc00 && c <= 0xdfff;
}

/** Apply a greedy non-overlapping subset of findings, right to left. */
function apply(s: string, findings: Finding[]): string {
  const chosen: Finding[] = [];
  let end = -1;
  for (const f of findings) {
    if (f.start < end || (f.start === f.end && f.start === end)) continue;
    chosen.push(f);
    end = f.end;
  }
  let out = s;
  for (const f of chosen.reverse()) out = out.slice(0, f.start) + f.suggestion + out.slice(f.end);
  return out;
}

describe('checker properties', () => {
  it('spans stay in bounds and never split a surrogate pair', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const f of checkText(s)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(isLow(s, f.start)).toBe(false);
          expect(isLow(s, f.end)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('findings are sorted and one category never overlaps itself', () => {
    fc.assert(
      fc.property(text, (s) => {
        const fs = checkText(s);
        for (let k = 1; k < fs.length; k++) expect(fs[k]!.start).toBeGreaterThanOrEqual(fs[k - 1]!.start);
        const byCat = new Map<string, Finding[]>();
        for (const f of fs) byCat.set(f.category, [...(byCat.get(f.category) ?? []), f]);
        for (const list of byCat.values()) {
          for (let k = 1; k < list.length; k++) expect(list[k]!.start).toBeGreaterThanOrEqual(list[k - 1]!.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('applying the suggestions never throws, and halfwidth-punct fixes are idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        const all = checkText(s);
        expect(() => apply(s, all)).not.toThrow();
        const opts = { categories: ['halfwidth-punct' as const] };
        const fixed = apply(s, checkText(s, opts));
        expect(checkText(fixed, opts)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
