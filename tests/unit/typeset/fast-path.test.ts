import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { flowStory, PrepareCache, type Frame, type StoryBlock } from '../../../shared/typeset/flow';
import { FontSet } from '../../../shared/typeset/font-set';
import type { KinsokuLevel } from '../../../shared/typeset/kinsoku';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import type { PunctuationStyle } from '../../../shared/typeset/punctuation';
import { bodyStyle, type Alignment, type TextStyle } from '../../../shared/typeset/styles';
import { monoFont, rareFont } from './fixtures';
import { plainComposed, plainFlow } from '../../support/plain-lines';
import { composeParagraphs as referenceCompose } from './reference/compose';
import { flowStory as referenceFlow } from './reference/flow';
import { prepareParagraph as referencePrepare } from './reference/prepare';

// The optimised composer (fused analysis, reused buffers, skipped justify steps, the
// `positions: false` path) against the straightforward implementation it replaced, kept
// verbatim in ./reference: every field of every line, warning, overset and copyfit must match.

const pieces = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年月日元万',
  ...'，。、：；？！“”‘’《》（）【】〈〉「」·・—…～／',
  ...'abcXYZ0123456789%$.,;:!?()-/',
  ' ',
  '\u00a0',
  '\u3000',
  '\u{20BB7}',
  '\u{2A6D6}',
  '——',
  '……',
  'Banxin ',
  '2025年',
  '3.5%',
  '\udc00',
  '\ud800',
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 120 }).map((a) => a.join(''));

const styleArb = fc
  .record({
    kinsoku: fc.constantFrom<KinsokuLevel>('basic', 'gb', 'strict'),
    punctuation: fc.constantFrom<PunctuationStyle>('gb', 'quanjiao', 'kaiming'),
    indent: fc.constantFrom(0, 2),
    align: fc.constantFrom<Alignment>('justify', 'start', 'center', 'end', 'distribute'),
    scaleX: fc.constantFrom(1, 0.8, 1.2),
    latinGap: fc.constantFrom(0, 0.25),
    size: fc.constantFrom(10.5, 9, 14),
  })
  .map(({ size, align, scaleX, latinGap, ...rest }): TextStyle => ({
    ...bodyStyle(10.5, rest),
    size,
    leading: Math.round(size * 1.5 * 4) / 4,
    align,
    scaleX,
    latinGap,
  }));

const fonts = new FontSet([monoFont, rareFont]);
const fontsFor = (): FontSet => fonts;

const frameArb = fc.record({ em: fc.integer({ min: 1, max: 30 }), lines: fc.integer({ min: 1, max: 12 }) });

describe('optimised composer matches the reference implementation', () => {
  it('prepares the same tables', () => {
    fc.assert(
      fc.property(text, styleArb, (t, style) => {
        const a = prepareParagraph(t, style, fonts);
        const b = referencePrepare(t, style, fonts);
        expect(a).toEqual(b);
      }),
      { numRuns: 400 },
    );
  });

  it('composes the same lines and warnings', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), styleArb, fc.integer({ min: 1, max: 30 }), (paras, style, em) => {
        const measure = em * style.size;
        expect(plainComposed(composeParagraphs(paras, style, measure, fonts))).toEqual(plainComposed(referenceCompose(paras, style, measure, fonts)));
      }),
      { numRuns: 400 },
    );
  });

  it('flows the same frames, overset, copyfit and warnings — cached, uncached and without positions', () => {
    const cache = new PrepareCache();
    fc.assert(
      fc.property(
        fc.array(fc.record({ text, style: styleArb }), { minLength: 1, maxLength: 5 }),
        fc.array(frameArb, { minLength: 0, maxLength: 4 }),
        (blocks: StoryBlock[], fr) => {
          const leading = blocks[0]!.style.leading;
          const frames: Frame[] = fr.map((f, i) => ({ id: `f${i}`, width: f.em * 10.5, height: f.lines * leading }));
          const expected = plainFlow(referenceFlow(blocks, frames, fontsFor));
          expect(plainFlow(flowStory(blocks, frames, fontsFor))).toEqual(expected);
          expect(plainFlow(flowStory(blocks, frames, fontsFor, { cache }))).toEqual(expected);
          const fast = flowStory(blocks, frames, fontsFor, { positions: false });
          expect(fast.overset).toEqual(expected.overset);
          expect(fast.copyfit).toEqual(expected.copyfit);
          expect(fast.warnings).toEqual(expected.warnings);
          expect(fast.frames.map((f) => f.used)).toEqual(expected.frames.map((f) => f.used));
          expect(fast.frames.every((f) => f.lines.length === 0)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('does not read a previous paragraph\'s analysis at an empty paragraph', () => {
    // Reused buffers: an empty paragraph after one that starts with an opening mark.
    const style: TextStyle = { ...bodyStyle(10.5), align: 'distribute' };
    const paras = ['（字字）', '', '《书》', ''];
    expect(plainComposed(composeParagraphs(paras, style, 2 * 10.5, fonts))).toEqual(plainComposed(referenceCompose(paras, style, 2 * 10.5, fonts)));
  });

  it('agrees on a whole story of real copy with forced and overfull lines', () => {
    const para = '县委书记在2025年工作会议上强调，要坚持“项目为王”——抓招商、优环境……全年完成投资3.5亿元，同比增长12.5%。Banxin 版心 𠮷';
    const blocks: StoryBlock[] = Array.from({ length: 40 }, (_, i) => ({ text: para.repeat(1 + (i % 3)), style: bodyStyle(10.5) }));
    for (const em of [1, 2, 3, 13]) {
      const frames: Frame[] = [0, 1, 2].map((i) => ({ id: String(i), width: em * 10.5, height: 40 * bodyStyle(10.5).leading }));
      const expected = plainFlow(referenceFlow(blocks, frames, fontsFor));
      expect(plainFlow(flowStory(blocks, frames, fontsFor))).toEqual(expected);
      const fast = flowStory(blocks, frames, fontsFor, { positions: false });
      expect([fast.overset, fast.copyfit, fast.warnings]).toEqual([expected.overset, expected.copyfit, expected.warnings]);
    }
  });
});
