import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../electron/fonts/font-registry';
import type { BreakResult } from '../../../shared/typeset/break-line';
import { CharClass } from '../../../shared/typeset/char-class';
import type { FontSet } from '../../../shared/typeset/font-set';
import type { KinsokuLevel } from '../../../shared/typeset/kinsoku';
import { prepareParagraph, type PreparedParagraph } from '../../../shared/typeset/prepare';
import type { PunctuationStyle } from '../../../shared/typeset/punctuation';
import { bodyStyle } from '../../../shared/typeset/styles';
import { breakTotalFit } from '../../../shared/typeset/total-fit';
import { monoSet } from './fixtures';
import { referenceTotalFit } from './reference/total-fit';

// The fast total-fit breaker (prefix sums, a sliding window with early exits, plans cached
// per paragraph and measure, no plan for a rest that fits on one line) against the same rules
// stated plainly (reference/total-fit.ts): the same end and the same forced flag from every
// start a flow can ask for — each legal break, the line starts the paragraph's own plan
// gives, and arbitrary offsets (a line after a column of another width starts anywhere).

const fontSets: Record<'mono' | 'noto', FontSet> = {
  mono: monoSet(),
  noto: new FontRegistry({ system: false }).fontSet(bodyStyle(10.5).fonts),
};

const hanChar = fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产𠮷');
const token = fc.oneof(
  { weight: 6, arbitrary: fc.array(hanChar, { minLength: 1, maxLength: 8 }).map((a) => a.join('')) },
  // Words and numbers, some longer than a narrow measure (a forced break), some typed with spaces.
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,14}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,6}$/).chain((d) => fc.constantFrom(d, d + '%', d + '年', d + '.5')) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', ' and ', ' 2024 ') },
);
const phrase = fc
  .record({
    open: fc.constantFrom('', '', '“', '《', '（', '「'),
    words: fc.array(token, { minLength: 1, maxLength: 4 }),
    tail: fc.constantFrom('', '，', '。', '、', '：', '；', '？', '！', '——', '……', '。”'),
  })
  .map(({ open, words, tail }) => {
    const close = open === '“' ? '”' : open === '《' ? '》' : open === '（' ? '）' : open === '「' ? '」' : '';
    return open + words.join('') + close + tail;
  });

const arb = fc.record({
  text: fc.array(phrase, { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
  // Measures in 1/1000 em, not only whole ems; two of them, as across columns of different widths.
  measures: fc.array(fc.integer({ min: 3_000, max: 22_000 }), { minLength: 2, maxLength: 2 }),
  font: fc.constantFrom<'mono' | 'noto'>('mono', 'noto'),
  kinsoku: fc.constantFrom<KinsokuLevel>('basic', 'gb', 'strict'),
  punctuation: fc.constantFrom<PunctuationStyle>('gb', 'quanjiao', 'kaiming'),
  indent: fc.constantFrom(0, 2),
  offsets: fc.array(fc.nat(), { maxLength: 4 }),
});

function fast(p: PreparedParagraph, start: number, measure: number): BreakResult {
  const out: BreakResult = { end: -1, forced: false };
  breakTotalFit(p, start, measure, out);
  return out;
}

describe('total-fit against a plain reference of the same rules', () => {
  it('gives the same line end and forced flag from every start, at either of two measures', () => {
    fc.assert(
      fc.property(arb, ({ text, measures, font, kinsoku, punctuation, indent, offsets }) => {
        const p = prepareParagraph(text, bodyStyle(10.5, { indent, kinsoku, punctuation }), fontSets[font]);
        for (const measure of measures) {
          const ref = referenceTotalFit(p, measure);
          // Never inside a surrogate pair: no line starts there.
          const starts = new Set<number>([0, ...offsets.map((o) => o % p.length).filter((o) => p.cls[o] !== CharClass.Continuation)]);
          for (let i = 1; i < p.length; i++) if (p.brk[i] === 1) starts.add(i);
          // The paragraph's own lines, one after another, as a flow sets them.
          for (let s = 0; s < p.length; s = ref(s).end) starts.add(s);
          // Fresh plans first (the one-line path and the build), then the same starts again
          // interleaved with the other measure (cached plans, solved on demand off the breaks).
          for (const s of starts) expect(fast(p, s, measure), `start ${s} of ${JSON.stringify(text)} at ${measure}`).toEqual(ref(s));
          for (const s of starts) {
            expect(fast(p, s, measure)).toEqual(ref(s));
            fast(p, s, measures[0]! + measures[1]! - measure);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ends a paragraph that fits on one line there, at the first line and mid-paragraph', () => {
    const p = prepareParagraph('新华社北京电 2024 年，记者张三报道。', bodyStyle(10.5, { indent: 2 }), fontSets.noto);
    for (const measure of [30_000, 21_000, 13_000]) {
      const ref = referenceTotalFit(p, measure);
      for (let s = 0; s < p.length; s++) if (s === 0 || p.brk[s] === 1) expect(fast(p, s, measure)).toEqual(ref(s));
    }
  });
});
