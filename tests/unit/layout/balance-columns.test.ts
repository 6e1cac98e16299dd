import { describe, expect, it } from 'vitest';
import { balanceColumns, balancedHeights, type BalanceSegment } from '../../../shared/layout/balance-columns';
import { flowStory, type Frame, type StoryBlock } from '../../../shared/typeset/flow';
import { bodyStyle, STYLES } from '../../../shared/typeset/styles';
import { han, monoSet } from '../typeset/fixtures';

const fonts = monoSet();
const body = bodyStyle(10.5, { indent: 0 });
const pitch = body.leading;
// 10-em columns of 20 lines; each paragraph of 95 ideographs takes 10 lines.
const frames = (n: number, rows = 20): Frame[] => Array.from({ length: n }, (_, i) => ({ id: String(i), width: 10 * 10.5, height: rows * pitch }));
const row = (n: number, balance = true): BalanceSegment[] => Array.from({ length: n }, () => ({ balance, row: 'p1|100|300|105' }));
const story = (paragraphs: number): StoryBlock[] => Array.from({ length: paragraphs }, (_, i) => ({ text: han(95, '的一是在不了有和人这'[i % 10]), style: body }));
const counts = (f: ReturnType<typeof flowStory>): number[] => f.frames.map((c) => c.lines.length);

describe('平衡栏尾: balancing the last row of columns', () => {
  it('shares 45 lines over four columns as 12, 11, 11, 11 instead of 20, 20, 5, 0', () => {
    const blocks = [...story(4), { text: han(45), style: body }];
    const fs = frames(4);
    const flow = flowStory(blocks, fs, () => fonts);
    expect(counts(flow)).toEqual([20, 20, 5, 0]);
    const balanced = balanceColumns(flow, fs, row(4), pitch, (f) => flowStory(blocks, f, () => fonts))!;
    expect(counts(balanced)).toEqual([12, 11, 11, 11]);
    // The same lines in the same order, each column's lines from its top; copyfit keeps the frames' room.
    expect(balanced.frames.flatMap((c) => c.lines.map((l) => l.text))).toEqual(flow.frames.flatMap((c) => c.lines.map((l) => l.text)));
    for (const c of balanced.frames) c.lines.forEach((l, k) => expect(l.baseline).toBeCloseTo(c.lines[0]!.baseline + k * pitch, 6));
    expect(balanced.copyfit).toEqual(flow.copyfit);
    expect(balanced.frames.map((c) => c.frame)).toEqual(fs);
  });

  it('makes room for a 小标题 with space before it, still ending level within a line', () => {
    const sub = { ...STYLES.xiaobiaoti, size: 10.5, leading: pitch, spaceBefore: pitch / 2 };
    const blocks = [...story(2), { text: '小标题', style: sub }, ...story(1), { text: han(30), style: body }];
    const fs = frames(3);
    const flow = flowStory(blocks, fs, () => fonts);
    const balanced = balanceColumns(flow, fs, row(3), pitch, (f) => flowStory(blocks, f, () => fonts))!;
    expect(balanced.overset).toBeNull();
    const n = counts(balanced);
    for (let i = 1; i < n.length; i++) expect(n[i - 1]! - n[i]!).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < n.length; i++) expect(n[i - 1]! - n[i]!).toBeLessThanOrEqual(1);
    expect(n.reduce((a, b) => a + b)).toBe(counts(flow).reduce((a, b) => a + b));
  });

  it('leaves a story alone when it is overset, when balancing is off, in one column, or already level', () => {
    const blocks = [...story(4), { text: han(45), style: body }];
    const fs = frames(4);
    const flow = flowStory(blocks, fs, () => fonts);
    const reflow = (f: readonly Frame[]) => flowStory(blocks, f, () => fonts);
    expect(balanceColumns(flow, fs, row(4, false), pitch, reflow)).toBeNull();
    const over = flowStory([...story(9)], frames(4), () => fonts);
    expect(over.overset).not.toBeNull();
    expect(balanceColumns(over, frames(4), row(4), pitch, reflow)).toBeNull();
    const one = flowStory(story(1), frames(1), () => fonts);
    expect(balanceColumns(one, frames(1), row(1), pitch, reflow)).toBeNull();
    const level = flowStory(story(4), frames(2), () => fonts);
    expect(counts(level)).toEqual([20, 20]);
    expect(balanceColumns(level, frames(2), row(2), pitch, reflow)).toBeNull();
  });

  it('balances only the row that holds the story end, not columns on another row or page', () => {
    const blocks = [...story(6), { text: han(45), style: body }];
    const fs = frames(5);
    const segments: BalanceSegment[] = [...row(2).map((s) => ({ ...s, row: 'p1|0|300|105' })), ...row(3)];
    const flow = flowStory(blocks, fs, () => fonts);
    expect(counts(flow)).toEqual([20, 20, 20, 5, 0]);
    const balanced = balanceColumns(flow, fs, segments, pitch, (f) => flowStory(blocks, f, () => fonts))!;
    expect(counts(balanced)).toEqual([20, 20, 9, 8, 8]);
  });

  it('gives the longer share to the first columns', () => {
    expect(balancedHeights(10, 4, 1)).toEqual([3, 3, 2, 2]);
    expect(balancedHeights(2, 4, 1)).toEqual([1, 1, 0, 0]);
  });
});
