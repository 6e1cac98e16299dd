import { describe, expect, it } from 'vitest';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { fitHeadline } from '../../../shared/typeset/headline';
import { bodyStyle, HAO, haoName, sizeOf, STYLES } from '../../../shared/typeset/styles';
import { composeVertical } from '../../../shared/typeset/vertical';
import { monoSet } from './fixtures';

describe('styles', () => {
  it('knows the Chinese type sizes', () => {
    expect(HAO.初号).toBe(42);
    expect(HAO.五号).toBe(10.5);
    expect(HAO.小五).toBe(9);
    expect(HAO.六号).toBe(7.5);
    expect(sizeOf('一号')).toBe(26);
    expect(haoName(10.5)).toBe('五号');
    expect(haoName(11)).toBeUndefined();
  });

  it('sets body at 小五 or 五号 with a 2 em indent', () => {
    expect(bodyStyle(9).size).toBe(9);
    expect(STYLES.body).toMatchObject({ size: 10.5, indent: 2, align: 'justify', kinsoku: 'gb', punctuation: 'gb' });
  });

  it('centres headlines and scales 长/扁 characters', () => {
    const r = composeParagraphs(['引题文字'], STYLES.yinti, 10 * HAO.四号, monoSet());
    expect(r.lines[0]!.left).toBeCloseTo(3 * HAO.四号);
    const flat = composeParagraphs(['字字'], { ...STYLES.yinti, align: 'start', scaleX: 1.2 }, 100, monoSet());
    expect(flat.lines[0]!.width).toBeCloseTo(2.4);
    expect(flat.lines[0]!.runs[0]!.scaleX).toBe(1.2);
  });
});

describe('fitHeadline', () => {
  it('sizes a 主题 to fill the measure within its limits', () => {
    const f = fitHeadline('绘蓝图明任务聚共识', STYLES.zhuti, 9 * 30, monoSet());
    expect(f.fitted).toBe(true);
    expect(f.size).toBe(30);
    expect(f.lines).toHaveLength(1);
    expect(f.lines[0]!.width).toBe(f.lines[0]!.measure);
  });

  it('uses 长 characters when the smallest size is still too wide, then breaks', () => {
    const f = fitHeadline('字'.repeat(10), STYLES.zhuti, 10 * 18 * 0.9, monoSet());
    expect(f.size).toBe(18);
    expect(f.scaleX).toBeCloseTo(0.9);
    expect(f.fitted).toBe(true);
    const g = fitHeadline('字'.repeat(20), STYLES.zhuti, 10 * 18 * 0.9, monoSet());
    expect(g.fitted).toBe(false);
    expect(g.lines.length).toBeGreaterThan(1);
  });
});

describe('composeVertical', () => {
  it('sets columns right to left with vertical punctuation forms', () => {
    const cols = composeVertical('他说：“好。”', STYLES.verticalHeadline, 4 * 22, 100, monoSet());
    expect(cols.length).toBe(2);
    expect(cols[0]!.glyphs.map((g) => g.char).join('')).toBe('他说︓');
    expect(cols[1]!.glyphs.map((g) => g.char).join('')).toBe('﹁好︒﹂');
    expect(cols[0]!.glyphs[0]!.x).toBeGreaterThan(cols[1]!.glyphs[0]!.x);
    expect(cols[0]!.glyphs[1]!.y - cols[0]!.glyphs[0]!.y).toBeCloseTo(22);
  });
});
