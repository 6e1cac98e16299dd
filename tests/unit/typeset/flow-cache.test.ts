import { plainFlow } from '../../support/plain-lines';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowStory, PrepareCache, type Frame, type StoryBlock } from '../../../shared/typeset/flow';
import { FontSet } from '../../../shared/typeset/font-set';
import { bodyStyle, STYLES, type TextStyle } from '../../../shared/typeset/styles';
import { monoFont, rareFont } from './fixtures';

// A cache keeps each paragraph's analysis and lines between flows (flow-cache.ts). Whatever it
// reuses, a cached flow must equal a flow from nothing, edit after edit.

const fonts = new FontSet([monoFont, rareFont]);
const fontsFor = (): FontSet => fonts;
const body = bodyStyle(10.5);
const col = (id: string, em: number, lines: number, page = 1): Frame => ({ id, page, width: em * 10.5, height: lines * body.leading });

const pieces = [...'的一是在不了有和人这中大为上个国我以要他时来', ...'，。、：；？！“”《》（）—…', 'ab12', ' ', '\u{20BB7}', '\u{2A6D6}', '——', '……', '2025年'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 60 }).map((a) => a.join(''));

// An edit to a story: type into, delete from, split or join paragraphs, restyle one, or change
// the frame width (every measure changes).
type Edit =
  | { kind: 'insert'; at: number; offset: number; text: string }
  | { kind: 'delete'; at: number; offset: number; count: number }
  | { kind: 'split'; at: number; offset: number }
  | { kind: 'join'; at: number }
  | { kind: 'restyle'; at: number }
  | { kind: 'width'; em: number };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), offset: fc.nat(), text }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), offset: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), offset: fc.nat() }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('restyle' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('width' as const), em: fc.integer({ min: 2, max: 16 }) }),
);

function apply(blocks: StoryBlock[], e: Edit, em: number): { blocks: StoryBlock[]; em: number } {
  if (e.kind === 'width') return { blocks, em: e.em };
  const out = blocks.slice();
  const i = e.at % out.length;
  const b = out[i]!;
  const o = 'offset' in e ? e.offset % (b.text.length + 1) : 0;
  if (e.kind === 'insert') out[i] = { ...b, text: b.text.slice(0, o) + e.text + b.text.slice(o) };
  else if (e.kind === 'delete') out[i] = { ...b, text: b.text.slice(0, o) + b.text.slice(o + e.count) };
  else if (e.kind === 'split') out.splice(i, 1, { ...b, text: b.text.slice(0, o) }, { ...b, text: b.text.slice(o) });
  else if (e.kind === 'join' && i + 1 < out.length) out.splice(i, 2, { ...b, text: b.text + out[i + 1]!.text });
  // A new style object equal to another (styles are rebuilt per request in the app) or a 小标题.
  else if (e.kind === 'restyle') out[i] = { ...b, style: b.style.id === 'xiaobiaoti' ? { ...body } : { ...STYLES.xiaobiaoti, size: 10.5, leading: body.leading } };
  return { blocks: out, em };
}

const framesAt = (em: number): Frame[] => [col('a', em, 6, 1), col('b', em, 6, 1), col('c', Math.max(1, em - 3), 9, 3)];

describe('flowStory with a cache across edits', () => {
  it('equals a flow from nothing after every edit, with and without positions', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (paras, edits) => {
        const cache = new PrepareCache();
        let state = { blocks: paras.map((t): StoryBlock => ({ text: t, style: body })), em: 8 };
        expect(plainFlow(flowStory(state.blocks, framesAt(state.em), fontsFor, { cache }))).toEqual(plainFlow(flowStory(state.blocks, framesAt(state.em), fontsFor)));
        for (const e of edits) {
          state = apply(state.blocks, e, state.em);
          const frames = framesAt(state.em);
          // Copyfit counts (no positions) read line ends the positioned flows left in the cache.
          const counts = flowStory(state.blocks, frames, fontsFor, { cache, positions: false });
          expect(counts).toEqual(flowStory(state.blocks, frames, fontsFor, { positions: false }));
          expect(plainFlow(flowStory(state.blocks, frames, fontsFor, { cache }))).toEqual(plainFlow(flowStory(state.blocks, frames, fontsFor)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reuses unchanged lines: the same objects in place, shared glyph positions when pushed down', () => {
    const cache = new PrepareCache();
    const paras = ['头一段的文字，一共有二十几个字，分几行。', '第二段在编辑时会变长，多出一行来。', '第三段不动，只是被推到下一行去了。', '第四段也一样。'];
    const blocks = paras.map((t): StoryBlock => ({ text: t, style: body }));
    const frames = [col('a', 10, 4), col('b', 10, 20)];
    const before = flowStory(blocks, frames, fontsFor, { cache });
    const again = flowStory(blocks, frames, fontsFor, { cache });
    again.frames.forEach((f, i) => f.lines.forEach((l, j) => expect(l).toBe(before.frames[i]!.lines[j])));

    const edited = blocks.slice();
    edited[1] = { text: paras[1]!.replace('变长', '变得更长更长更长'), style: body };
    const after = flowStory(edited, frames, fontsFor, { cache });
    const all = (r: typeof before): typeof before.frames[number]['lines'] => r.frames.flatMap((f) => f.lines);
    const [was, now] = [all(before), all(after)];
    expect(now.length).toBe(was.length + 1);
    // Paragraph 0 stays put: the very same line objects.
    const firstOf = (ls: typeof was, b: number): number => ls.findIndex((l) => l.block === b);
    for (let j = 0; j < firstOf(was, 1); j++) expect(now[j]).toBe(was[j]);
    // Paragraphs 2 and 3 moved down one line: new baselines, same glyph positions.
    for (let j = firstOf(was, 2); j < was.length; j++) {
      const [a, b] = [was[j]!, now[j + 1]!];
      expect(b).not.toBe(a);
      expect([b.block, b.start, b.text]).toEqual([a.block, a.start, a.text]);
      expect(b.runs[0]!.x).toEqual(a.runs[0]!.x);
      expect(b.runs[0]!.baseline).toBe(b.baseline);
    }
  });

  it('keeps a repeated paragraph in all its places (more places than variants kept)', () => {
    const cache = new PrepareCache();
    const blocks: StoryBlock[] = Array.from({ length: 20 }, (_, i) => ({ text: i % 2 ? '本报讯' : '重复的段落，每隔一段出现一次。', style: body }));
    const frames = [col('a', 7, 30), col('b', 7, 30)];
    const fresh = flowStory(blocks, frames, fontsFor);
    for (let n = 0; n < 3; n++) expect(plainFlow(flowStory(blocks, frames, fontsFor, { cache }))).toEqual(plainFlow(fresh));
    // A different font set or style never shares lines with this one.
    const other = new FontSet([rareFont, monoFont]);
    const wide: TextStyle = { ...body, indent: 0 };
    expect(plainFlow(flowStory(blocks, frames, () => other, { cache }))).toEqual(plainFlow(flowStory(blocks, frames, () => other)));
    expect(plainFlow(flowStory(blocks.map((b) => ({ ...b, style: wide })), frames, fontsFor, { cache }))).toEqual(plainFlow(flowStory(blocks.map((b) => ({ ...b, style: wide })), frames, fontsFor)));
  });

  it('drops the less recently used half when full, keeping the paragraphs in use', () => {
    const cache = new PrepareCache(4);
    const [a, b] = [cache.entry('甲', body, fonts), cache.entry('乙', body, fonts)];
    cache.entry('丙', body, fonts);
    cache.entry('丁', body, fonts);
    expect(cache.entry('甲', body, fonts)).toBe(a);
    cache.entry('戊', body, fonts);
    expect(cache.paragraphs).toBe(3);
    expect(cache.entry('甲', body, fonts)).toBe(a);
    expect(cache.entry('乙', body, fonts)).not.toBe(b);
    const one = new PrepareCache(1);
    one.entry('甲', body, fonts);
    one.entry('乙', body, fonts);
    expect(one.paragraphs).toBe(1);
  });

  it('holds one placement per line however often an edit moves them, and a few widths at most', () => {
    const cache = new PrepareCache();
    const story = (n: number): StoryBlock[] => [{ text: '头'.repeat(n), style: body }, ...Array.from({ length: 10 }, (_, i) => ({ text: `第${i}段的文字，`.repeat(6), style: body }))];
    const frames = [col('a', 10, 200)];
    const total = (r: ReturnType<typeof flowStory>): number => r.frames.reduce((n, f) => n + f.lines.length, 0);
    // Typing into the first paragraph: every ten characters pushes all later lines down one more.
    let lines = 0;
    for (let n = 1; n <= 60; n++) lines = total(flowStory(story(n), frames, fontsFor, { cache }));
    // The later paragraphs' lines once each, plus the drafts of the first paragraph.
    const drafts = Array.from({ length: 60 }, (_, i) => Math.ceil((i + 3) / 10)).reduce((a, b) => a + b, 0);
    expect(cache.lines).toBe(lines - Math.ceil(62 / 10) + drafts);
    // Resizing the frame through ten widths keeps the four most recent only.
    const fixed = story(60);
    for (let em = 6; em < 16; em++) flowStory(fixed, [col('a', em, 400)], fontsFor, { cache });
    const atWidth = (em: number): number => total(flowStory(fixed, [col('a', em, 400)], fontsFor));
    const recent = [12, 13, 14, 15].reduce((n, em) => n + atWidth(em), 0);
    expect(cache.lines).toBeLessThanOrEqual(recent + drafts);
  });

  it('keeps the lines it holds within its budget, dropping the least recently used paragraphs', () => {
    const cache = new PrepareCache(10_000, 300);
    const frames = [col('a', 8, 400)];
    for (let s = 0; s < 40; s++) {
      const story = Array.from({ length: 5 }, (_, i) => ({ text: `稿件${s}第${i}段，`.repeat(8), style: body }));
      const r = flowStory(story, frames, fontsFor, { cache });
      // Evictions never change a flow; the lines held stay within twice the budget.
      expect(plainFlow(r)).toEqual(plainFlow(flowStory(story, frames, fontsFor)));
      expect(cache.lines).toBeLessThanOrEqual(600);
    }
    expect(cache.paragraphs).toBeLessThan(200);
  });
});
