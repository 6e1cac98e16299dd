import { describe, expect, it } from 'vitest';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { flowStory, PrepareCache, type Frame } from '../../../shared/typeset/flow';
import { FontSet } from '../../../shared/typeset/font-set';
import { bodyStyle, STYLES } from '../../../shared/typeset/styles';
import { han, monoFont, monoSet, rareFont } from './fixtures';

const body = bodyStyle(10.5, { indent: 0 });
const col = (id: string, lines: number, page = 1): Frame => ({ id, page, width: 10 * 10.5, height: lines * body.leading });

describe('flowStory', () => {
  it('threads a story through frames across pages (转版) and reports overset', () => {
    const fonts = monoSet();
    const blocks = [{ text: han(45), style: body }, { text: han(30), style: body }];
    const r = flowStory(blocks, [col('a', 3, 1), col('b', 2, 5)], () => fonts);
    expect(r.frames.map((f) => f.lines.length)).toEqual([3, 2]);
    expect(r.frames[1]!.lines[0]!.start).toBe(30);
    expect(r.frames[1]!.lines[0]!.baseline).toBeLessThan(body.leading);
    // 45 chars take 5 lines, 30 more take 3: the second paragraph is wholly overset.
    expect(r.overset).toEqual({ chars: 30, lines: 3, block: 1, offset: 0 });
    expect(r.copyfit).toMatchObject({ fits: false, overChars: 30, overLines: 3, underChars: 0, underLines: 0 });
  });

  it('reports copyfit room left when the story is short', () => {
    const fonts = monoSet();
    const r = flowStory([{ text: han(14), style: body }], [col('a', 4), col('b', 4)], () => fonts);
    expect(r.overset).toBeNull();
    // 2 lines used, 2 + 4 free lines of 10, plus 6 free ems on the last line.
    expect(r.copyfit).toEqual({ fits: true, overChars: 0, overLines: 0, underLines: 6, underChars: 66 });
  });

  it('breaks each line at its own frame width and agrees with composeParagraphs', () => {
    const fonts = monoSet();
    const text = han(100);
    const r = flowStory([{ text, style: body }], [col('a', 50)], () => fonts);
    const direct = composeParagraphs([text], body, 10 * 10.5, fonts);
    expect(r.frames[0]!.lines.map((l) => l.text)).toEqual(direct.lines.map((l) => l.text));
    const narrow: Frame = { id: 'n', width: 5 * 10.5, height: 2 * body.leading };
    const r2 = flowStory([{ text, style: body }], [narrow, col('w', 50)], () => fonts);
    expect(r2.frames[0]!.lines.map((l) => l.text.length)).toEqual([5, 5]);
    expect(r2.frames[1]!.lines[0]!.text.length).toBe(10);
  });

  it('gives the same lines with a prepare cache across re-flows', () => {
    const fonts = monoSet();
    const cache = new PrepareCache();
    const blocks = [{ text: han(40) + '，' + han(20) + '。', style: body }];
    const a = flowStory(blocks, [col('a', 20)], () => fonts, { cache });
    const b = flowStory(blocks, [col('a', 20)], () => fonts, { cache });
    expect(b.frames[0]!.lines.map((l) => [l.start, l.end, l.width])).toEqual(a.frames[0]!.lines.map((l) => [l.start, l.end, l.width]));
  });

  it('falls back to the next font for a missing glyph and warns where none has it', () => {
    const withRare = new FontSet([monoFont, rareFont]);
    const r = composeParagraphs(['字\u{2A6D6}字'], body, 100, withRare);
    expect(r.warnings).toEqual([]);
    expect(r.lines[0]!.runs.map((x) => x.fontId)).toEqual(['mono', 'rare', 'mono']);
    const r2 = composeParagraphs(['字\u{2A6D6}字'], body, 100, monoSet());
    expect(r2.warnings).toMatchObject([{ kind: 'missing-glyph', block: 0, offset: 1, codePoint: 0x2a6d6 }]);
  });

  it('stacks lines on the style leading and gives glyph runs per line', () => {
    const r = composeParagraphs([han(30)], STYLES.body, 13 * 10.5, monoSet());
    expect(r.lines[1]!.baseline - r.lines[0]!.baseline).toBeCloseTo(STYLES.body.leading);
    const run = r.lines[1]!.runs[0]!;
    expect(run).toMatchObject({ fontId: 'mono', size: 10.5, scaleX: 1 });
    expect(run.x[1]! - run.x[0]!).toBeCloseTo(10.5);
  });
});
