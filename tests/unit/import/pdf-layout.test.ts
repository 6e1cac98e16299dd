import { describe, expect, it } from 'vitest';
import { applyRepairChoice } from '../../../electron/import';
import { layoutPdfPage } from '../../../electron/import/pdf/pdf-layout';
import type { PdfPageData, PdfTextRun } from '../../../electron/import/pdf/pdf-page-data';

// A small page as pdf.js reports it (runs with baseline, width and size; stroked rectangles):
// a 引题 over a big 主题 and a byline, copy in two 10 pt columns continuing from one to the next,
// and a framed box to the right. The layout must recover the heads, the paragraphs across the
// column break and the box as its own item.
const SIZE = 10;
const PER_LINE = 20;
const BASE = '我县坚持把文化惠民作为民生实事，新建城市书房十二家，开展阅读活动三百余场，惠及群众十万人次，';
const P1 = (BASE + BASE).slice(0, 49) + '。';
const P2 = ('图书馆新馆建筑面积一点二万平方米，设有少儿阅览区、数字体验区和地方文献区，' + BASE).slice(0, 44) + '。';

function flow(paragraphs: string[], columns: { x: number }[], top: number, rows: number): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  let col = 0;
  let row = 0;
  for (const p of paragraphs) {
    let rest = p;
    let first = true;
    while (rest.length > 0) {
      const indent = first ? 2 : 0;
      const take = PER_LINE - indent;
      const text = rest.slice(0, take);
      rest = rest.slice(take);
      const c = columns[col]!;
      runs.push({ text, x: c.x + indent * SIZE, y: top + row * 15, width: text.length * SIZE, size: SIZE });
      first = false;
      if (++row === rows) [row, col] = [0, col + 1];
    }
  }
  return runs;
}

const page: PdfPageData = {
  width: 600,
  height: 800,
  runs: [
    { text: '坚持文化惠民 建设书香城市', x: 130, y: 60, width: 13 * 14, size: 14 },
    { text: '县图书馆新馆开放', x: 100, y: 100, width: 8 * 30, size: 30 },
    { text: '融媒记者 张三', x: 190, y: 125, width: 7 * 9, size: 9 },
    ...flow([P1, P2], [{ x: 40 }, { x: 250 }], 160, 4),
    { text: '温馨提示', x: 497, y: 175, width: 4 * 14, size: 14 },
    { text: '文明出行 安全第一', x: 475, y: 200, width: 9 * 11, size: 11 },
    { text: '遵守交规 礼让行人', x: 475, y: 220, width: 9 * 11, size: 11 },
    { text: '县交警大队 宣', x: 487, y: 245, width: 7 * 11, size: 11 },
  ],
  rects: [{ x: 465, y: 150, width: 125, height: 110 }],
};

describe('PDF page layout: sizes, columns and frames give the structure', () => {
  it('marks the head by size and joins the copy across the column break', () => {
    const { paragraphs, bodySize } = layoutPdfPage(page);
    expect(bodySize).toBe(10);
    expect(paragraphs.slice(0, 3)).toEqual([
      { text: '坚持文化惠民 建设书香城市', hint: 'heading', tier: 'kicker' },
      { text: '县图书馆新馆开放', hint: 'heading', tier: 'headline' },
      { text: '融媒记者 张三' },
    ]);
    expect(paragraphs.slice(3, 5).map((p) => p.text)).toEqual([P1, P2]);
  });

  it('through the recogniser: one article with its 引题/主题/署名 and two paragraphs, then the box', () => {
    const { paragraphs } = layoutPdfPage(page);
    const { stories } = applyRepairChoice({ name: 'p.pdf', paragraphs, warnings: [] });
    expect(stories.map((s) => ({ kind: s.kind, kicker: s.kicker, headline: s.headline, byline: s.byline, body: s.body }))).toEqual([
      { kind: 'article', kicker: '坚持文化惠民 建设书香城市', headline: '县图书馆新馆开放', byline: '融媒记者 张三', body: [P1, P2] },
      { kind: 'box', kicker: '', headline: '温馨提示', byline: '', body: ['文明出行 安全第一', '遵守交规 礼让行人', '县交警大队 宣'] },
    ]);
  });

  it('without the frame the box lines are read as the column they stand in, still after the story', () => {
    const { paragraphs } = layoutPdfPage({ ...page, rects: [] });
    expect(paragraphs.findIndex((p) => p.text === '温馨提示')).toBeGreaterThan(paragraphs.findIndex((p) => p.text === P2));
  });
});
