import { beforeAll, describe, expect, it } from 'vitest';
import { writePrintPdf } from '../../electron/export';
import { FontRegistry } from '../../electron/fonts';
import { ImportError, importFile, type ImportLimits, type ImportSource } from '../../electron/import';
import { samplePage } from '../support/sample-page';

// Hostile and broken PDFs against the real pdf.js in its worker thread: every one ends in a
// result or a clear ImportError (a Chinese message that says what to do), within the time bound
// plus the worker's start, and the host goes on importing afterwards.
let good: Uint8Array;

async function outcome(src: ImportSource, limits?: Partial<ImportLimits>): Promise<{ ok: true; stories: number } | { ok: false; error: ImportError }> {
  try {
    const r = await importFile(src, limits);
    return { ok: true, stories: r.stories.length };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    expect(err.messageZh.length).toBeGreaterThan(10);
    return { ok: false, error: err };
  }
}

/**
 * A hand-written PDF with a correct xref table: `pages` real pages (one shared content stream with
 * one word) under a page tree whose /Count says `count`. `damagedLast`: the last kid of the tree
 * is the content stream instead of a page (a page pdf.js cannot open).
 */
function pdfWithPages(pages: number, count = pages, damagedLast = false): Uint8Array {
  const first = 4;
  const kids = Array.from({ length: pages }, (_, i) => (damagedLast && i === pages - 1 ? '3 0 R' : `${first + i} 0 R`)).join(' ');
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    `<</Type/Pages/Kids[${kids}]/Count ${count}>>`,
    '<</Length 33>>stream\nBT /F1 12 Tf 20 100 Td (x) Tj ET\nendstream',
    ...Array.from({ length: pages }, () => '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 3 0 R/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>'),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

// A small deterministic generator, so a failure names its case.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

beforeAll(async () => {
  const fonts = new FontRegistry();
  good = new Uint8Array(await writePrintPdf([samplePage(fonts)], fonts));
}, 60_000);

describe('PDF import refuses hostile files clearly and survives them', () => {
  it('the sample page itself imports (the baseline the mutations start from)', async () => {
    const r = await outcome({ name: 'page.pdf', bytes: good });
    expect(r).toEqual({ ok: true, stories: expect.any(Number) });
  }, 60_000);

  it('random bytes and a bare header are not a PDF', async () => {
    const next = rng(7);
    const junk = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
    for (const bytes of [junk, new TextEncoder().encode('%PDF-1.7\n'), new TextEncoder().encode('<html>not a pdf</html>')]) {
      const r = await outcome({ name: 'x.pdf', bytes });
      expect(r.ok ? 'ok' : r.error.code).toBe('NOT_PDF');
      if (!r.ok) expect(r.error.messageZh).toContain('重新导出');
    }
  }, 60_000);

  it('a truncated PDF is read as far as it goes or refused, never a crash', async () => {
    for (const keep of [0.1, 0.5, 0.9]) {
      const r = await outcome({ name: 'cut.pdf', bytes: good.slice(0, Math.floor(good.length * keep)) });
      if (!r.ok) expect(['NOT_PDF', 'PDF_NO_TEXT', 'PARSE_FAILED', 'EMPTY']).toContain(r.error.code);
    }
  }, 120_000);

  it('mutated copies of a real PDF (×12): each a result or an ImportError', async () => {
    const next = rng(2025);
    const tally: Record<string, number> = {};
    for (let n = 0; n < 12; n++) {
      const b = new Uint8Array(good);
      for (let k = 0; k < 40; k++) b[Math.floor(next() * b.length)] = Math.floor(next() * 256);
      const r = await outcome({ name: `m${n}.pdf`, bytes: b });
      const key = r.ok ? 'ok' : r.error.code;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBe(12);
  }, 300_000);

  it('a huge page count is refused by the page limit; a page tree that merely claims one is corrected by pdf.js', async () => {
    const r = await outcome({ name: 'huge.pdf', bytes: pdfWithPages(5000) });
    expect(r.ok ? 'ok' : r.error.code).toBe('TOO_LARGE');
    if (!r.ok) expect(r.error.messageZh).toContain('5000 页');
    // Every page is read now, so the bound is what stops a long file: over it, refused with both counts.
    const over = await outcome({ name: 'three.pdf', bytes: pdfWithPages(3) }, { maxPdfPages: 2 });
    expect(over.ok ? 'ok' : over.error.code).toBe('TOO_LARGE');
    if (!over.ok) expect(over.error.messageZh).toMatch(/PDF 共 3 页，上限 2 页；请只导出需要的各版再导入/);
    expect((await outcome({ name: 'two.pdf', bytes: pdfWithPages(2) }, { maxPdfPages: 2 })).ok).toBe(true);
    // A damaged page costs only itself: the others are read and it is named.
    const damaged = await importFile({ name: 'damaged.pdf', bytes: pdfWithPages(3, 3, true) });
    expect(damaged.warnings).toContain('第 3 页已损坏，无法读取，未导入；请用原系统重新导出。');
    expect(damaged.stories.length).toBeGreaterThan(0);
    // /Count 1000000 over one real page: pdf.js walks the tree, finds one page, and it is read.
    const liar = await outcome({ name: 'liar.pdf', bytes: pdfWithPages(1, 1_000_000) });
    expect(liar.ok ? 'ok' : liar.error.code).toBe('ok');
  }, 60_000);

  it('past the time bound the worker is stopped and the import refused as too slow; the next import still works', async () => {
    const r = await outcome({ name: 'slow.pdf', bytes: good }, { maxPdfMillis: 1 });
    expect(r.ok ? 'ok' : r.error.code).toBe('TOO_SLOW');
    expect((await outcome({ name: 'page.pdf', bytes: good })).ok).toBe(true);
    expect((await outcome({ name: 'a.txt', bytes: new TextEncoder().encode('标题\n\n本报讯 正文。') })).ok).toBe(true);
  }, 120_000);
});
