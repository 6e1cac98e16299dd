import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';

// A half-width mark next to another one that the rule converts must be judged against the
// converted (full-width) form; otherwise fixing the text once leaves work for a second pass.
const opts = { categories: ['halfwidth-punct' as const] };

function fixAll(s: string): string {
  let out = s;
  for (const f of [...checkText(s, opts)].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, f.start) + (f.suggestion ?? '') + out.slice(f.end);
  }
  return out;
}

describe('halfwidth-punct: neighbours of converted marks', () => {
  const chains = [
    '?(1,256.3)增长',
    '!(2025年)',
    '结果:(见附表)',
    '𠮷野家?(3)',
    '1?(2)增长',
    '注(1):(2)另计',
  ];
  for (const s of chains) {
    it(`fixes ${s} in one pass`, () => {
      const once = fixAll(s);
      expect(checkText(once, opts)).toEqual([]);
      expect(once).not.toBe(s);
    });
  }

  it('leaves marks whose neighbours stay half-width alone', () => {
    for (const s of ['see (1) above.', 'v2.0 (beta)?', 'f(x)=1, g(y)=2']) expect(checkText(s, opts)).toEqual([]);
  });
});
