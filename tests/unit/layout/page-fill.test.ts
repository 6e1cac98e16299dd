import { describe, expect, it } from 'vitest';
import { pageFillProblems } from '../../../electron/export/preflight-page-fill';
import { pageFill } from '../../../shared/layout/page-fill';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { BLACK, mmToPt, type DisplayItem, type FrameBox } from '../../../shared/model/display-list';

const template = templateFor('broadsheet');
const g = gridOf(template);
const pt = (mm: number): number => mmToPt(mm);
/** A frame box over columns [c0, c0+n) and grid lines [r0, r0+rows). */
const box = (id: number, role: string, c0: number, n: number, r0: number, rows: number): FrameBox => ({
  id, storyId: role === 'rule' ? null : 1, role, x: pt(g.columnX(c0)), y: pt(g.lineY(r0)), w: pt(g.spanWidth(n)), h: pt(rows * g.pitch),
});
/** One line of body text in a frame, on grid line `row`. */
const line = (frameId: number, c: number, row: number): DisplayItem => ({
  kind: 'text', text: '正文', fontId: 'f', size: 9, scaleX: 1, x: [pt(g.columnX(c)), pt(g.columnX(c)) + 9], y: pt(g.lineY(row)) + 10, color: BLACK, frameId,
});

describe('page fill: what the plate holds, not what frames are drawn', () => {
  it('counts a solid frame whole and a body frame only down to its last line of text', () => {
    const head = box(1, 'headline', 0, 8, 0, 10);
    const body = box(2, 'body', 0, 1, 10, g.rows - 10);
    const lines = Array.from({ length: 20 }, (_, i) => line(2, 0, 10 + i));
    const fill = pageFill(template, [head, body], lines);
    expect(fill.share).toBeCloseTo((8 * 10 + 20) / (8 * g.rows), 3);
    // Column 1 is white below its 30th line; the others below the headline.
    expect(fill.emptyFoot).toEqual([g.rows - 30, ...Array(7).fill(g.rows - 10)]);
    // An empty body frame holds nothing.
    expect(pageFill(template, [body], []).share).toBe(0);
  });

  it('full columns have no empty foot, and preflight then says nothing', () => {
    const frames = Array.from({ length: 8 }, (_, c) => box(c + 1, 'box', c, 1, 0, g.rows));
    const fill = pageFill(template, frames, []);
    expect(fill.share).toBe(1);
    expect(fill.emptyFoot).toEqual(Array(8).fill(0));
    expect(pageFillProblems({ fill })).toEqual([]);
  });
});

describe('preflight of the page as a whole', () => {
  it('calls a page with only its 报眉 blank', () => {
    const fill = pageFill(template, [box(1, 'folio', 0, 8, 0, 3)], []);
    const p = pageFillProblems({ fill });
    expect(p.map((x) => x.code)).toEqual(['page-blank']);
    expect(p[0]!.zh).toMatch(/^版面空白（只占版心 \d+%）/);
  });

  it('calls a half-used page mostly blank and names the columns left white, with their lines', () => {
    const frames = [box(1, 'box', 0, 8, 0, Math.floor(g.rows / 3)), box(2, 'box', 0, 2, 0, g.rows)];
    const p = pageFillProblems({ fill: pageFill(template, frames, []) });
    expect(p.map((x) => x.code)).toEqual(['page-mostly-blank', 'columns-unfilled']);
    expect(p[1]!.zh).toContain(`第3栏空 ${g.rows - Math.floor(g.rows / 3)} 行`);
    expect(p[1]!.zh).not.toContain('第1栏');
    expect(p[1]!.en).toContain('column 8');
  });

  it('lets a short white foot pass (under a tenth of the column)', () => {
    const rows = g.rows - Math.ceil(g.rows * 0.1) + 1;
    const frames = Array.from({ length: 8 }, (_, c) => box(c + 1, 'box', c, 1, 0, rows));
    expect(pageFillProblems({ fill: pageFill(template, frames, []) })).toEqual([]);
  });

  it('judges nothing on a page composed without a fill figure', () => {
    expect(pageFillProblems({})).toEqual([]);
  });
});
