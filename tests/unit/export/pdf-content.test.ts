import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentWriter, fmt, type ContentFont } from '../../../electron/export/pdf-content';
import { cropMarkSegments, MARK_OFFSET, outerMargin } from '../../../electron/export/crop-marks';
import { BLACK, type TextItem } from '../../../shared/model/display-list';

// A font whose advance is 1000 + cp % 7 × 50 units: every glyph has a different width.
const font: ContentFont = {
  resource: 'F1',
  code: (cp) => (cp % 0xffff).toString(16).padStart(4, '0'),
  width: (cp) => 1000 - (cp % 7) * 50,
};

/** Where a TJ array puts each glyph, replaying the PDF text-positioning rules. */
function replay(stream: string, a: number): number[] {
  const tm = /^(\S+) 0 0 \S+ (\S+) (\S+) Tm$/m.exec(stream)!;
  let pen = Number(tm[2]);
  const tj = /^\[(.*)\] TJ$/m.exec(stream)![1]!;
  const xs: number[] = [];
  for (const tok of tj.match(/<[0-9a-f]+>|-?[\d.]+/g)!) {
    if (tok.startsWith('<')) {
      for (let i = 1; i < tok.length - 1; i += 4) {
        const cp = parseInt(tok.slice(i, i + 4), 16);
        xs.push(pen);
        pen += (font.width(cp) / 1000) * a;
      }
    } else pen -= (Number(tok) / 1000) * a;
  }
  return xs;
}

describe('ContentWriter.text', () => {
  it('places every glyph at its x to within 0.002 pt, whatever the spacing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: -2, max: 30, noNaN: true }), { minLength: 40, maxLength: 40 }),
        fc.double({ min: 5, max: 72, noNaN: true }),
        fc.double({ min: 0.7, max: 1.3, noNaN: true }),
        (cps, gaps, size, scaleX) => {
          const x: number[] = [];
          let p = 100;
          cps.forEach((_, i) => {
            x.push(p);
            p += size * scaleX + gaps[i]!;
          });
          const item: TextItem = { kind: 'text', text: String.fromCodePoint(...cps), fontId: 'f', size, scaleX, x, y: 50, color: BLACK };
          const w = new ContentWriter();
          w.text(item, font);
          const got = replay(w.take(), Number(fmt(size * scaleX)));
          expect(got).toHaveLength(cps.length);
          got.forEach((g, i) => expect(Math.abs(g - x[i]!)).toBeLessThan(0.002));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sets 100% K text with overprint and a tint without', () => {
    const w = new ContentWriter();
    w.text({ kind: 'text', text: '版', fontId: 'f', size: 10, scaleX: 1, x: [0], y: 10, color: BLACK }, font);
    w.text({ kind: 'text', text: '心', fontId: 'f', size: 10, scaleX: 1, x: [0], y: 30, color: { cmyk: [0, 0, 0, 0.5] } }, font);
    const s = w.take();
    expect(s.indexOf('/GSop gs')).toBeLessThan(s.indexOf('0 0 0 1 k'));
    expect(s.indexOf('/GSko gs')).toBeGreaterThan(s.indexOf('0 0 0 1 k'));
    expect(s).toContain('0 0 0 0.5 k');
  });

  it('writes hidden text invisible but extractable, and the text after it visible again', () => {
    const w = new ContentWriter();
    w.text({ kind: 'text', text: '——', fontId: 'f', size: 10, scaleX: 1, x: [0, 10], y: 10, color: BLACK, hidden: true }, font);
    w.text({ kind: 'text', text: '侧记', fontId: 'f', size: 10, scaleX: 1, x: [20, 30], y: 10, color: BLACK }, font);
    const s = w.take();
    const hidden = s.indexOf('3 Tr');
    expect(hidden).toBeGreaterThan(s.indexOf('q\nBT'));
    // Render mode is graphics state: it must be restored before the next text object.
    expect(s.indexOf('ET\nQ')).toBeGreaterThan(hidden);
    expect(s.lastIndexOf('BT')).toBeGreaterThan(s.indexOf('ET\nQ'));
    expect(s.slice(s.indexOf('ET\nQ'))).not.toContain('Tr');
  });

  it('keeps an astral code point as one glyph at one x', () => {
    const w = new ContentWriter();
    w.text({ kind: 'text', text: '𠮷a', fontId: 'f', size: 10, scaleX: 1, x: [0, 10], y: 10, color: BLACK }, font);
    expect(replay(w.take(), 10)).toHaveLength(2);
  });
});

describe('crop marks', () => {
  it('puts eight marks outside the bleed, none inside the trim', () => {
    const segs = cropMarkSegments(100, 200, 8.5);
    expect(segs).toHaveLength(8);
    for (const [x1, y1, x2, y2] of segs) {
      const outside = (x: number, y: number): boolean => x <= -8.5 || x >= 108.5 || y <= -8.5 || y >= 208.5;
      expect(outside(x1, y1) && outside(x2, y2)).toBe(true);
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        const beyond = Math.max(-x, x - 100, -y, y - 200);
        expect(beyond).toBeLessThanOrEqual(outerMargin(8.5, true));
      }
    }
    // Without marks the page is exactly the trimmed page: pdfinfo's page size is the trim size.
    expect(outerMargin(3, false)).toBe(0);
    expect(outerMargin(0, true)).toBeGreaterThan(MARK_OFFSET);
  });
});
