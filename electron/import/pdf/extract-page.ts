import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installPdfjsPolyfills } from './node20-polyfills';
import type { PdfDocumentData, PdfFailure, PdfPageData, PdfRect, PdfTextRun } from './pdf-page-data';

/** Bounds the extraction itself enforces (the host adds the time bound by stopping the worker). */
export interface ExtractLimits {
  maxPages: number;
  /** Text runs of the whole file, all pages together. */
  maxTextRuns: number;
}

/** A refusal the host maps to a clear message. */
export class PdfExtractError extends Error {
  constructor(
    readonly failure: PdfFailure,
    message: string,
  ) {
    super(message);
  }
}

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;
let loaded: Promise<PdfjsModule> | null = null;

/** Where pdfjs-dist's CMaps and standard fonts are on disk (unpacked beside the asar when packaged). */
function assetDir(): string {
  const manifest = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return dirname(manifest).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/**
 * Loads pdf.js once per thread. Its own worker code is loaded into this thread (pdfjsWorker global)
 * rather than started as yet another thread: this thread already is the isolated one.
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  loaded ??= (async () => {
    installPdfjsPolyfills();
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs';
    return pdfjs;
  })();
  return loaded;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The one closed axis-aligned rectangle a path is, or null (pdf.js path buffer: op, coords…). */
function rectOfPath(path: ArrayLike<number>): [number, number, number, number] | null {
  // moveTo x y, lineTo ×3, closePath — exactly what `re` becomes.
  if (path.length !== 13 || path[0] !== 0 || path[3] !== 1 || path[6] !== 1 || path[9] !== 1 || path[12] !== 4) return null;
  const xs = [path[1], path[4], path[7], path[10]] as number[];
  const ys = [path[2], path[5], path[8], path[11]] as number[];
  if (new Set(xs.map((v) => v.toFixed(2))).size !== 2 || new Set(ys.map((v) => v.toFixed(2))).size !== 2) return null;
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Stroked rectangles from the operator list, tracking the graphics state's transform. */
function strokedRects(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfjsModule['OPS'], viewport: Matrix): PdfRect[] {
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const out: PdfRect[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath && args && strokes.has(args[0] as number)) {
      const path = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      const r = path ? rectOfPath(path) : null;
      if (!r) continue;
      const m = multiply(viewport, ctm);
      const pts = [
        [r[0], r[1]],
        [r[2], r[3]],
      ].map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]] as const);
      const [a, b] = pts as [readonly [number, number], readonly [number, number]];
      out.push({ x: Math.min(a[0], b[0]), y: Math.min(a[1], b[1]), width: Math.abs(a[0] - b[0]), height: Math.abs(a[1] - b[1]) });
    }
  }
  return out;
}

/** One page's text runs and frames, in that page's own space. */
async function readPage(doc: PdfDocument, n: number, OPS: PdfjsModule['OPS']): Promise<{ page: PdfPageData; items: number }> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const content = await page.getTextContent({ disableNormalization: false });
  const runs: PdfTextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.length === 0) continue;
    // A damaged or hostile content stream can carry control characters in its strings: they are
    // never copy (the text importers drop them too), so they go before layout sees the run.
    // oxlint-disable-next-line no-control-regex -- control characters are the point
    const text = item.str.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    if (text.trim().length === 0) continue;
    const t = multiply(vt, item.transform as Matrix);
    const size = Math.hypot(t[2], t[3]);
    // Rotated or vertical text is not part of a horizontal Chinese page's copy.
    if (Math.abs(t[1]) > 0.01 * size || size <= 0) continue;
    runs.push({ text, x: t[4], y: t[5], width: item.width, size });
  }
  let rects: PdfRect[] = [];
  try {
    rects = strokedRects(await page.getOperatorList(), OPS, vt);
  } catch {
    // The frames only refine the reading order; the text alone is still a good import.
  }
  page.cleanup();
  return { page: { width: viewport.width, height: viewport.height, runs, rects }, items: content.items.length };
}

/**
 * Reads every page of a PDF, in page order: each page's text runs (position, size) and stroked
 * rectangles in its own space, so each page is laid out with its own geometry. The text-run bound
 * is on the whole file (a real page has a few thousand runs), checked as the pages are read so a
 * hostile file is refused before it is all in memory. Runs in the PDF worker thread
 * (pdf-worker.ts); the bench calls it directly to time pdf.js alone.
 */
export async function extractPages(bytes: Uint8Array, limits: ExtractLimits): Promise<PdfDocumentData> {
  const pdfjs = await loadPdfjs();
  const assets = assetDir();
  const task = pdfjs.getDocument({
    // pdf.js refuses a Buffer, and may detach what it is given: it gets its own plain copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(assets, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(assets, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new PdfExtractError('password', 'encrypted');
    throw new PdfExtractError('invalid', err instanceof Error ? err.message : String(err));
  }
  try {
    if (doc.numPages > limits.maxPages) throw new PdfExtractError('too-many-pages', String(doc.numPages));
    const pages: PdfPageData[] = [];
    const unreadable: number[] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let read: Awaited<ReturnType<typeof readPage>>;
      try {
        read = await readPage(doc, n, pdfjs.OPS);
      } catch {
        // One damaged page does not cost the others: it is named to the user, the rest are read.
        unreadable.push(n);
        pages.push({ width: 0, height: 0, runs: [], rects: [] });
        continue;
      }
      items += read.items;
      if (items > limits.maxTextRuns) throw new PdfExtractError('too-much-text', `${n}:${items}`);
      pages.push(read.page);
    }
    return { pageCount: doc.numPages, pages, unreadable };
  } finally {
    await task.destroy();
  }
}
