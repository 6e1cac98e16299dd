// Imports 1000 pages (the seed, each with a different running head spliced in) and compares
// with a peer measured in the same run: the bare minimum any importer does (decode + split lines).
// Then the PDF path: the demo issue's print PDF (demo + export --pdf, the real writer: the laid-out
// front page and three pages with only their running heads), every page imported, PDF_RUNS times,
// beside its peer, pdf.js alone reading the same pages in this thread. Per-page figures divide by
// the pages read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoCommand } from '../../electron/cli/demo-command';
import { exportCommand } from '../../electron/cli/export-command';
import type { CliIo } from '../../electron/cli/io';
import { importFile } from '../../electron/import';
import { extractPages } from '../../electron/import/pdf/extract-page';

const PDF_RUNS = Number(process.env.PDF_RUNS ?? 50);

const seed = readFileSync(resolve(process.cwd(), '../shared/seed/000_482dc2148900315e.txt'), 'utf8');
const pages = Array.from({ length: 1000 }, (_, i) => {
  const lines = seed.split('\n');
  lines.splice(10 + (i % 40), 0, '', `2025年1月${(i % 28) + 1}日 星期一 第${(i % 8) + 1}版`, '');
  return new TextEncoder().encode(lines.join('\n'));
});

async function demoPdf(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-pdf-'));
  const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined, readFile: async () => '' };
  try {
    if ((await demoCommand(['--db', join(dir, 'b.db')], quiet)) !== 0) throw new Error('demo failed');
    if ((await exportCommand(['--db', join(dir, 'b.db'), '--issue', 'latest', '--pdf', join(dir, 'front.pdf')], quiet)) !== 0) throw new Error('export failed');
    return new Uint8Array(readFileSync(join(dir, 'front.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pdfFigures() {
  const bytes = await demoPdf();
  // Warm both sides once (thread start and pdf.js compile are not per-page costs).
  await importFile({ name: 'front.pdf', bytes });
  const pageCount = (await extractPages(bytes, { maxPages: 2000, maxTextRuns: 100_000 })).pageCount;
  let t0 = performance.now();
  let stories = 0;
  for (let i = 0; i < PDF_RUNS; i++) stories += (await importFile({ name: 'front.pdf', bytes })).stories.length;
  const importMs = performance.now() - t0;
  t0 = performance.now();
  let runs = 0;
  for (let i = 0; i < PDF_RUNS; i++) runs += (await extractPages(bytes, { maxPages: 2000, maxTextRuns: 100_000 })).pages.reduce((n, p) => n + p.runs.length, 0);
  const peerMs = performance.now() - t0;
  const pages = PDF_RUNS * pageCount;
  return {
    files: PDF_RUNS,
    pagesPerFile: pageCount,
    pages,
    bytesPerFile: bytes.length,
    importFile: { totalMs: Math.round(importMs), perFileMs: +(importMs / PDF_RUNS).toFixed(1), perPageMs: +(importMs / pages).toFixed(1), stories },
    peerPdfjsAlone: { totalMs: Math.round(peerMs), perFileMs: +(peerMs / PDF_RUNS).toFixed(1), perPageMs: +(peerMs / pages).toFixed(1), textRuns: runs },
    ratio: +(importMs / peerMs).toFixed(2),
  };
}

async function main(): Promise<void> {
  let t0 = performance.now();
  let peerLines = 0;
  for (const bytes of pages) peerLines += new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n').filter((l) => l.trim()).length;
  const peerMs = performance.now() - t0;

  t0 = performance.now();
  let stories = 0;
  let repairs = 0;
  for (const bytes of pages) {
    const r = await importFile({ name: 'p.txt', bytes });
    stories += r.stories.length;
    repairs += r.stories.reduce((n, s) => n + s.repairs.length, 0);
  }
  const importMs = performance.now() - t0;
  const pdf = await pdfFigures();
  console.log(
    JSON.stringify({
      pages: pages.length,
      bytesPerPage: pages[0]?.length,
      importFile: { totalMs: Math.round(importMs), perPageMs: +(importMs / pages.length).toFixed(3), stories, repairs },
      peerDecodeSplit: { totalMs: Math.round(peerMs), perPageMs: +(peerMs / pages.length).toFixed(3), lines: peerLines },
      ratio: +(importMs / peerMs).toFixed(1),
      pdf,
    }),
  );
}

await main();
