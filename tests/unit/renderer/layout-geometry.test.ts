import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridOf, templateFor } from '../../../shared/layout/templates';
import { bodyRowsFor, cellAt, fitZoom, mmToPx, moveOnGrid, nudge, pageFill, pxToMm, resizeOnGrid } from '../../../renderer/src/features/layout/geometry';
import { fillVars } from '../../../renderer/src/features/layout/messages';
import { stripStyle } from '../../../renderer/src/features/layout/paint';

const g = gridOf(templateFor('broadsheet'));
const step = g.columnWidth + g.gutter;
const onGrid = (b: { x: number; y: number; w: number; h: number }): boolean => {
  const col = (b.x - g.area.x) / step;
  const row = (b.y - g.area.y) / g.pitch;
  const span = (b.w + g.gutter) / step;
  const lines = b.h / g.pitch;
  const whole = (v: number): boolean => Math.abs(v - Math.round(v)) < 1e-9;
  return whole(col) && whole(row) && whole(span) && whole(lines);
};

describe('layout desk geometry', () => {
  it('converts mm and pixels both ways at any zoom (100 % is physical size: 1 in = 96 px)', () => {
    expect(mmToPx(25.4, 1)).toBeCloseTo(96, 9);
    expect(mmToPx(25.4, 0.5)).toBeCloseTo(48, 9);
    fc.assert(fc.property(fc.double({ min: -100, max: 600, noNaN: true }), fc.double({ min: 0.05, max: 8, noNaN: true }), (mm, z) => Math.abs(pxToMm(mmToPx(mm, z), z) - mm) < 1e-9));
  });

  it('finds the column a point falls in and the nearest line', () => {
    expect(cellAt(g, g.columnX(3) + 1, g.lineY(20) + g.pitch * 0.4)).toEqual({ column: 3, row: 20 });
    expect(cellAt(g, g.columnX(3) + 1, g.lineY(20) + g.pitch * 0.6)).toEqual({ column: 3, row: 21 });
    // Outside the type area clamps to its edges.
    expect(cellAt(g, -50, -50)).toEqual({ column: 0, row: 0 });
    expect(cellAt(g, 1000, 1000)).toEqual({ column: 7, row: g.rows - 1 });
  });

  it('nudges by exactly one line or one column and keeps a frame on the grid', () => {
    const f = { x: g.columnX(2), y: g.lineY(30), w: g.columnWidth, h: 20 * g.pitch };
    expect(nudge(g, f, 'down').y).toBeCloseTo(g.lineY(31), 9);
    expect(nudge(g, f, 'up').y).toBeCloseTo(g.lineY(29), 9);
    expect(nudge(g, f, 'right').x).toBeCloseTo(g.columnX(3), 9);
    expect(nudge(g, f, 'left').x).toBeCloseTo(g.columnX(1), 9);
    expect(nudge(g, f, 'left').h).toBeCloseTo(f.h, 9);
    // At the edge a nudge cannot leave the type area.
    expect(nudge(g, { ...f, x: g.columnX(0) }, 'left').x).toBeCloseTo(g.columnX(0), 9);
  });

  it('moves and resizes onto whole columns and lines, never outside the type area', () => {
    const frame = fc.record({ col: fc.integer({ min: 0, max: 7 }), row: fc.integer({ min: 0, max: g.rows - 1 }), span: fc.integer({ min: 1, max: 8 }), lines: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(frame, fc.double({ min: -400, max: 400, noNaN: true }), fc.double({ min: -400, max: 400, noNaN: true }), (fr, dx, dy) => {
        const f = { x: g.columnX(fr.col), y: g.lineY(fr.row), w: g.spanWidth(fr.span), h: fr.lines * g.pitch };
        for (const b of [moveOnGrid(g, f, dx, dy), resizeOnGrid(g, f, dx, dy)]) {
          if (!onGrid(b)) return false;
          if (b.x < g.area.x - 1e-9 || b.x + b.w > g.area.x + g.area.w + 1e-9) return false;
          if (b.y < g.area.y - 1e-9 || b.y + b.h > g.lineY(g.rows) + 1e-9 || b.h < g.pitch - 1e-9) return false;
        }
        return true;
      }),
    );
  });

  it('measures page fill by grid cells: overlaps count once, a full-width frame fills its lines', () => {
    expect(pageFill(g, [])).toBe(0);
    const all = { x: g.area.x, y: g.area.y, w: g.area.w, h: g.rows * g.pitch };
    expect(pageFill(g, [all])).toBe(1);
    const half = { x: g.columnX(0), y: g.area.y, w: g.spanWidth(4), h: g.rows * g.pitch };
    expect(pageFill(g, [half, half])).toBeCloseTo(0.5, 9);
    const oneCol = { x: g.columnX(0), y: g.lineY(0), w: g.columnWidth, h: 10 * g.pitch };
    expect(pageFill(g, [oneCol])).toBeCloseTo(10 / (8 * g.rows), 9);
  });

  it('gives a dropped story lines for its characters, within what is free', () => {
    expect(bodyRowsFor(g, 2211, 4, 200)).toBe(Math.ceil((2211 * 1.2) / (13 * 4)));
    expect(bodyRowsFor(g, 100_000, 4, 30)).toBe(30);
    expect(bodyRowsFor(g, 10, 4, 100)).toBe(4);
  });

  it('fits a page into the viewport by its limiting side', () => {
    expect(fitZoom(100, 200, 1000, 200)).toBeCloseTo(200 / (200 * (96 / 72)), 9);
    expect(fitZoom(0, 0, 10, 10)).toBe(0.25);
  });

  it('strips the painter’s style element and fills message placeholders', () => {
    expect(stripStyle('<svg><style>@font-face{}</style><text>a</text></svg>')).toBe('<svg><text>a</text></svg>');
    expect(fillVars('超 {chars} 字 / {lines} 行', { chars: 12, lines: 1 })).toBe('超 12 字 / 1 行');
    expect(fillVars('{x}', {})).toBe('{x}');
  });
});
