import { z } from 'zod';
import { MM } from '../model/display-list';

/**
 * Page templates in the printing plant's terms: trim size and margins in millimetres, the column
 * grid in whole body characters (基本栏), the line grid from the body size and leading. Everything
 * a frame snaps to is derived from these numbers.
 */
export const PageTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  trimWidth: z.number().positive(),
  trimHeight: z.number().positive(),
  margin: z.object({ top: z.number().min(0), bottom: z.number().min(0), inner: z.number().min(0), outer: z.number().min(0) }),
  columns: z.number().int().min(1).max(20),
  /** 基本栏: body characters per column line. */
  charsPerColumn: z.number().int().min(4).max(40),
  /** Body type size in points (小五 9, 五号 10.5). */
  bodySize: z.number().positive(),
  /** Body line pitch in points: the page's vertical grid unit. */
  bodyLeading: z.number().positive(),
  /** Bleed in millimetres. */
  bleed: z.number().min(0),
});
export type PageTemplate = z.infer<typeof PageTemplateSchema>;

export const TEMPLATES: Record<string, PageTemplate> = {
  /** 对开: the broadsheet of a Chinese daily, eight columns of 13 小五 characters. */
  broadsheet: {
    id: 'broadsheet', name: '对开（8 栏）', trimWidth: 390, trimHeight: 540,
    margin: { top: 24, bottom: 20, inner: 20, outer: 20 },
    columns: 8, charsPerColumn: 13, bodySize: 9, bodyLeading: 13.5, bleed: 3,
  },
  /** 对开 with 五号 body, eleven characters a column: the front page's larger text. */
  'broadsheet-wuhao': {
    id: 'broadsheet-wuhao', name: '对开（8 栏，五号正文）', trimWidth: 390, trimHeight: 540,
    margin: { top: 24, bottom: 20, inner: 20, outer: 20 },
    columns: 8, charsPerColumn: 11, bodySize: 10.5, bodyLeading: 15.75, bleed: 3,
  },
  /** 四开: the tabloid, five columns of 14 小五 characters. */
  tabloid: {
    id: 'tabloid', name: '四开（5 栏）', trimWidth: 270, trimHeight: 390,
    margin: { top: 20, bottom: 16, inner: 16, outer: 16 },
    columns: 5, charsPerColumn: 14, bodySize: 9, bodyLeading: 13.5, bleed: 3,
  },
};

/** A page's template by name; unknown names fall back to the broadsheet. */
export function templateFor(name: string): PageTemplate {
  return TEMPLATES[name] ?? TEMPLATES.broadsheet!;
}

/** The grid of a template: columns and lines in millimetres. */
export interface PageGrid {
  template: PageTemplate;
  /** Type area (版心) in mm. */
  area: { x: number; y: number; w: number; h: number };
  columnWidth: number;
  gutter: number;
  /** Line pitch in mm. */
  pitch: number;
  rows: number;
  columnX(i: number): number;
  /** Width in mm of a frame spanning `n` columns (gutters included). */
  spanWidth(n: number): number;
  lineY(row: number): number;
}

export function gridOf(t: PageTemplate): PageGrid {
  const area = { x: t.margin.outer, y: t.margin.top, w: t.trimWidth - t.margin.outer - t.margin.inner, h: t.trimHeight - t.margin.top - t.margin.bottom };
  const columnWidth = (t.charsPerColumn * t.bodySize) / MM;
  const gutter = t.columns > 1 ? (area.w - t.columns * columnWidth) / (t.columns - 1) : 0;
  const pitch = t.bodyLeading / MM;
  const rows = Math.floor(area.h / pitch);
  return {
    template: t, area, columnWidth, gutter, pitch, rows,
    columnX: (i) => area.x + i * (columnWidth + gutter),
    spanWidth: (n) => n * columnWidth + (n - 1) * gutter,
    lineY: (row) => area.y + row * pitch,
  };
}

/** Snap a frame to the grid: left edge to a column, width to whole columns, top and height to whole lines. */
export function snapToGrid(g: PageGrid, f: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  const step = g.columnWidth + g.gutter;
  const col = clamp(Math.round((f.x - g.area.x) / step), 0, g.template.columns - 1);
  const span = clamp(Math.round((f.w + g.gutter) / step), 1, g.template.columns - col);
  const row = clamp(Math.round((f.y - g.area.y) / g.pitch), 0, g.rows - 1);
  const lines = clamp(Math.round(f.h / g.pitch), 1, g.rows - row);
  return { x: g.columnX(col), y: g.lineY(row), w: g.spanWidth(span), h: lines * g.pitch };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
