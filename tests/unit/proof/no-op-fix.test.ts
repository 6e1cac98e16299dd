import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../shared/proof/engine';
import { checkText } from '../../../shared/proof/index';
import type { Hit, Rule } from '../../../shared/proof/types';

// Issue 17: a finding whose fix equals the text it marks (“ → “) is a bug. The engine drops such
// hits whatever rule produced them, so a rule's slip never reaches a proofreader.
const rule = (hits: Hit[]): Rule => ({ id: 'test/fixed-hits', category: 'quote-unbalanced', check: () => hits });
const hit = (start: number, end: number, suggestion: string): Hit => ({ start, end, suggestion, message: '测试' });

describe('a fix that changes nothing is no finding', () => {
  const text = '𠮷祥村村民说：“日子越过越红火。“';

  it('drops “ → “ and keeps “ → ” (UTF-16 offsets after an astral character)', () => {
    const last = text.length - 1;
    const r = rule([hit(last, last + 1, '“'), hit(last, last + 1, '”')]);
    expect(findingsOf(r, r.check({} as never), text).map((f) => [f.start, f.end, f.suggestion])).toEqual([[17, 18, '”']]);
  });

  it('drops a no-op replacement of a longer span', () => {
    const r = rule([hit(4, 6, '村民'), hit(0, 2, '吉')]);
    expect(findingsOf(r, r.check({} as never), text).map((f) => f.suggestion)).toEqual(['吉']);
  });

  it('keeps an insertion (empty span, non-empty fix) and the broken-paragraph marker (empty span, empty fix)', () => {
    const r = rule([hit(17, 17, '”'), hit(0, 0, '')]);
    expect(findingsOf(r, r.check({} as never), text)).toHaveLength(2);
    const broken = '2025年是规划收官之年，是关键之年取\n\n得明显实质性进展的关键之年。';
    const at = broken.indexOf('\n');
    expect(checkText(broken, { categories: ['broken-paragraph'] }).map((f) => [f.start, f.end, f.suggestion])).toEqual([[at, at + 2, '']]);
  });

  it('no shipped rule offers “ for “ on the issue’s sentences', () => {
    for (const s of ['他说：“我们一定办好。“', '“你好“，他说。', text]) {
      for (const f of checkText(s)) expect(f.suggestion, `${f.rule} in ${s}`).not.toBe(s.slice(f.start, f.end));
    }
  });
});
