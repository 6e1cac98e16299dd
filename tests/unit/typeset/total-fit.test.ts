import { plainFlow } from '../../support/plain-lines';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLine, type BreakResult } from '../../../shared/typeset/break-line';
import { classifyCodePoint, CharClass } from '../../../shared/typeset/char-class';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { flowStory, PrepareCache, type Frame } from '../../../shared/typeset/flow';
import { isForbiddenAtLineEnd, isForbiddenAtLineStart, type KinsokuLevel } from '../../../shared/typeset/kinsoku';
import { LOOSE_PER_GAP, looseness } from '../../../shared/typeset/looseness';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { breakAt } from '../../../shared/typeset/set-line';
import { bodyStyle } from '../../../shared/typeset/styles';
import type { ComposedLine } from '../../../shared/typeset/types';
import { ptToUnits } from '../../../shared/typeset/units';
import { han, monoSet } from './fixtures';

const SIZE = 10.5;
const fonts = monoSet();

/** Looseness (em per gap) of each line, read from the paragraph as composed. */
function loosenessOf(text: string, lines: readonly ComposedLine[], measureEm: number, indent = 0): number[] {
  const p = prepareParagraph(text, bodyStyle(SIZE, { indent }), fonts);
  return lines.map((l) => looseness(p, l.start, l.end, measureEm * 1000));
}

/** The old greedy breaker's line ends for the same paragraph. */
function greedyEnds(text: string, measureEm: number): number[] {
  const p = prepareParagraph(text, bodyStyle(SIZE, { indent: 0 }), fonts);
  const out: BreakResult = { end: 0, forced: false };
  const ends: number[] = [];
  let start = 0;
  do {
    breakLine(p, start, measureEm * 1000, out);
    ends.push(out.end);
    start = out.end;
  } while (start < p.length);
  return ends;
}

describe('total-fit breaking of justified paragraphs', () => {
  it('pushes one character down a line early instead of letter-spacing a later line by two ems', () => {
    // A 4 em unbreakable word after 24 ideographs: greedy fills line 1 and leaves line 2 with
    // 11 ideographs spread over 13 em (0.2 em per gap); total-fit pushes one character on each.
    const text = han(24) + 'abcdefgh' + han(10) + '。';
    const greedy = greedyEnds(text, 13);
    const p = prepareParagraph(text, bodyStyle(SIZE, { indent: 0 }), fonts);
    let start = 0;
    const greedyLoose = greedy.map((end) => {
      const l = looseness(p, start, end, 13_000);
      start = end;
      return l;
    });
    expect(Math.max(...greedyLoose)).toBeGreaterThan(LOOSE_PER_GAP);

    const { lines } = composeParagraphs([text], bodyStyle(SIZE, { indent: 0 }), 13 * SIZE, fonts);
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual([han(12), han(12)]);
    expect(lines.length).toBe(greedy.length);
    for (const l of loosenessOf(text, lines, 13)) expect(l).toBeLessThanOrEqual(LOOSE_PER_GAP);
    for (const l of lines.slice(0, -1)) {
      expect(l.justified).toBe(true);
      expect(l.width).toBe(13);
    }
  });

  it('squeezes a mark on an earlier line when that saves a later line from a push', () => {
    // Line 1 holds 13 em exactly, or a 14th character with both commas squeezed. Greedy stops
    // at 13, so the 4 em word after nine ideographs no longer fits line 2, which is spaced by
    // 4 em; total-fit squeezes line 1 and the word fits line 2.
    const text = han(5) + '，' + han(6) + '，' + han(9) + 'abcdefgh' + han(4) + '。';
    const { lines } = composeParagraphs([text], bodyStyle(SIZE, { indent: 0 }), 13 * SIZE, fonts);
    expect(lines[0]!.text).toBe(han(5) + '，' + han(6) + '，' + han(1));
    expect(lines[0]!.width).toBe(13);
    expect(lines[1]!.text).toBe(han(8) + 'abcdefgh');
    const loose = loosenessOf(text, lines, 13);
    expect(Math.max(...loose)).toBeLessThanOrEqual(LOOSE_PER_GAP);
    const p = prepareParagraph(text, bodyStyle(SIZE, { indent: 0 }), fonts);
    let start = 0;
    const greedyLoose = greedyEnds(text, 13).map((end) => {
      const l = looseness(p, start, end, 13_000);
      start = end;
      return l;
    });
    expect(Math.max(...greedyLoose)).toBeGreaterThan(LOOSE_PER_GAP);
  });

  it('sets the line from a given start the same however the paragraph was reached (what the flow cache relies on)', () => {
    const arb = fc.record({
      text: fc.array(fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地', '，', '。', '、', '“', '”', '2024年', 'abc', ' ', '——', '𠮷'), {
        minLength: 1,
        maxLength: 150,
      }),
      measure: fc.integer({ min: 6, max: 30 }),
    });
    fc.assert(
      fc.property(arb, ({ text, measure }) => {
        const s = text.join('');
        const style = bodyStyle(SIZE);
        const { lines } = composeParagraphs([s], style, measure * SIZE, fonts);
        const m = ptToUnits(measure * SIZE, SIZE);
        // Freshly prepared, asked from the middle first: the same ends.
        const out: BreakResult = { end: 0, forced: false };
        for (let k = lines.length - 1; k >= 0; k--) {
          const p = prepareParagraph(s, style, fonts);
          breakAt(p, lines[k]!.start, m, out);
          expect(out.end).toBe(lines[k]!.end);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the 禁则, numbers, ——/…… and surrogate pairs whole through frames of different widths', () => {
    const pieces = [...'的一是在不了有和人这中大为上个国我以要他时来用们', '，', '。', '、', '：', '“', '”', '《', '》', '（', '）', '——', '……', '2024年', '3.5%', 'Banxin', ' ', '𠮷', '𠮷𠮷'];
    const arb = fc.record({
      paragraphs: fc.array(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 80 }).map((a) => a.join('')), { minLength: 1, maxLength: 4 }),
      widths: fc.array(fc.integer({ min: 8, max: 24 }), { minLength: 2, maxLength: 4 }),
      kinsoku: fc.constantFrom<KinsokuLevel>('basic', 'gb', 'strict'),
      lines: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ paragraphs, widths, kinsoku, lines: rows }) => {
        const style = bodyStyle(SIZE, { kinsoku });
        const blocks = paragraphs.map((text) => ({ text, style }));
        const frames: Frame[] = [...widths, ...widths, ...widths, 30, 30, 30, 30].map((w, i) => ({ id: String(i), width: w * SIZE, height: rows * style.leading }));
        const flow = flowStory(blocks, frames, () => fonts);
        const cached = flowStory(blocks, frames, () => fonts, { cache: new PrepareCache() });
        expect(plainFlow(cached)).toEqual(plainFlow(flow));
        const all = flow.frames.flatMap((f) => f.lines);
        for (let b = 0; b < paragraphs.length && !flow.overset; b++) {
          const text = paragraphs[b]!;
          const mine = all.filter((l) => l.block === b);
          expect(mine.map((l) => l.text).join('')).toBe(text);
          for (const l of mine) {
            if (l.forced || l.overfull) continue;
            if (!l.lastInParagraph) {
              const lastCp = text.codePointAt(l.end - 1 - (classifyCodePoint(text.charCodeAt(l.end - 1)) === CharClass.Continuation ? 1 : 0))!;
              expect(isForbiddenAtLineEnd(classifyCodePoint(lastCp), kinsoku)).toBe(false);
              expect(/[—…]/.test(text[l.end - 1]!) && text[l.end] === text[l.end - 1]).toBe(false);
              expect(/[0-9]/.test(text[l.end - 1]!) && /[0-9.%年]/.test(text[l.end]!)).toBe(false);
              const lo = text.charCodeAt(l.end);
              expect(lo >= 0xdc00 && lo < 0xe000).toBe(false);
            }
            if (l.start > 0) expect(isForbiddenAtLineStart(classifyCodePoint(text.codePointAt(l.start)!), kinsoku)).toBe(false);
            expect(l.width).toBeLessThanOrEqual(l.measure + 1e-9);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('forces breaks through an unbreakable run of any length, as greedy does, without running out of stack', () => {
    const text = '开头' + 'x'.repeat(60_000) + '结尾。';
    const { lines, warnings } = composeParagraphs([text], bodyStyle(SIZE, { indent: 0 }), 8 * SIZE, fonts);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(3700);
    expect(warnings.filter((w) => w.kind === 'forced-break').length).toBeGreaterThan(3700);
    for (const l of lines) expect(l.overfull).toBe(false);
  });

  it('sets astral ideographs (𠮷) on the grid, one code point per glyph', () => {
    const text = '𠮷'.repeat(40) + '。';
    const { lines } = composeParagraphs([text], bodyStyle(SIZE, { indent: 0 }), 13 * SIZE, fonts);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    for (const l of lines.slice(0, -1)) {
      expect([...l.text].length).toBe(13);
      expect(l.runs.flatMap((r) => r.x).map((x) => Math.round((x / SIZE) * 1e6) / 1e6)).toEqual(Array.from({ length: 13 }, (_, i) => i));
    }
  });
});

describe('typed spaces between Chinese and numbers or Latin', () => {
  const set = (text: string, measureEm = 30): ComposedLine[] => composeParagraphs([text], bodyStyle(SIZE, { indent: 0 }), measureEm * SIZE, fonts).lines;
  /** x of every glyph that is not a space, in ems. */
  const inkX = (line: ComposedLine): number[] => line.runs.flatMap((r) => [...r.text].flatMap((ch, i) => (ch === ' ' ? [] : [Math.round((r.x[i]! / SIZE) * 1000) / 1000])));

  it('sets "2024 年" and "在 2024" exactly as "2024年" and "在2024", also when the line is spread', () => {
    // A gap of ⅛ em (a house setting) is narrower than the ¼ em space, and justification would
    // widen a word space first: the typed space must follow the gap in both.
    const style = bodyStyle(SIZE, { indent: 0, latinGap: 0.125 });
    const typedText = '去年在 2024 年增长 6%，今年 GDP 再增长字字字字字字字字。';
    const plainText = typedText.replace(/ /g, '');
    for (const m of [13, 30]) {
      const typed = composeParagraphs([typedText], style, m * SIZE, fonts).lines;
      const plain = composeParagraphs([plainText], style, m * SIZE, fonts).lines;
      expect(typed.map((l) => l.text.replace(/ /g, ''))).toEqual(plain.map((l) => l.text));
      typed.forEach((l, i) => {
        expect(inkX(l)).toEqual(inkX(plain[i]!));
        expect(l.width).toBe(plain[i]!.width);
      });
      // 在 at 2 em, ⅛ em gap, then ½ em digits: no space plus gap.
      if (m === 30) expect(inkX(typed[0]!).slice(2, 8)).toEqual([2, 3.125, 3.625, 4.125, 4.625, 5.25]);
    }
  });

  it('breaks a paragraph with typed spaces where it breaks the same paragraph without them', () => {
    const typed = (han(9) + '在 2024 年和 2025 年之间，' + han(7) + '共 123 个 ABC 项目。').repeat(3);
    const plain = typed.replace(/ /g, '');
    for (const m of [8, 11, 13, 17]) {
      expect(set(typed, m).map((l) => l.text.replace(/ /g, ''))).toEqual(set(plain, m).map((l) => l.text));
    }
  });

  it('keeps a space between two ideographs and between Latin words', () => {
    expect(set('中 文')[0]!.width).toBe(2.25);
    expect(set('ab cd')[0]!.width).toBe(2.25);
    expect(inkX(set('中 文')[0]!)).toEqual([0, 1.25]);
  });
});
