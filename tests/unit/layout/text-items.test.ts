import { describe, expect, it } from 'vitest';
import { linesToItems } from '../../../shared/layout/text-items';
import type { ComposedLine, GlyphRun } from '../../../shared/typeset/types';

const run = (text: string, x0: number, fontId = 'noto-sans-sc-400'): GlyphRun => ({
  text, fontId, size: 10, scaleX: 1, x: Array.from(text, (_, i) => x0 + i * 10), baseline: 20, start: 0,
});
const line = (...runs: GlyphRun[]): ComposedLine => ({
  block: 0, start: 0, end: 0, text: runs.map((r) => r.text).join(''), width: 0, measure: 0, left: 0, baseline: 20,
  justified: false, overfull: false, forced: false, lastInParagraph: true, runs,
});

describe('display items from composed lines', () => {
  it('draws the 破折号 —— as one continuous rule over its two ems and keeps it as hidden text', () => {
    const items = linesToItems([line(run('——市委全会侧记', 0))], { x: 100, y: 50 });
    const rule = items.find((i) => i.kind === 'rule');
    expect(rule).toMatchObject({ kind: 'rule', y1: 50 + 20 - 3.8, y2: 50 + 20 - 3.8 });
    expect(rule!.kind === 'rule' && rule!.x1).toBeCloseTo(100.2);
    expect(rule!.kind === 'rule' && rule!.x2).toBeCloseTo(119.8);
    const texts = items.filter((i) => i.kind === 'text');
    expect(texts.map((t) => t.kind === 'text' && [t.text, t.hidden ?? false])).toEqual([['——', true], ['市委全会侧记', false]]);
    expect(texts.map((t) => (t.kind === 'text' ? t.text : '')).join('')).toBe('——市委全会侧记');
  });

  it('leaves a lone em dash as a glyph and keeps positions per code point, astral included', () => {
    const items = linesToItems([line(run('甲—乙𠮷丙', 0))], { x: 0, y: 0 });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'text', text: '甲—乙𠮷丙', x: [0, 10, 20, 30, 40] });
  });

  it('weights the drawn dash like the face it stands in', () => {
    const heavy = linesToItems([line(run('——', 0, 'noto-serif-sc-900'))], { x: 0, y: 0 }).find((i) => i.kind === 'rule');
    const light = linesToItems([line(run('——', 0, 'noto-serif-sc-400'))], { x: 0, y: 0 }).find((i) => i.kind === 'rule');
    expect(heavy!.kind === 'rule' && light!.kind === 'rule' && heavy!.width > light!.width).toBe(true);
  });
});
