import { parentPort } from 'node:worker_threads';
import { extractPages, loadPdfjs, PdfExtractError, type ExtractLimits } from './extract-page';
import type { PdfDocumentData, PdfFailure } from './pdf-page-data';

/** One PDF to read (see pdf-reader.ts). The worker reads one file and is then stopped. */
export interface PdfJob {
  bytes: Uint8Array;
  limits: ExtractLimits;
}

export type PdfWorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; document: PdfDocumentData }
  | { type: 'failed'; failure: PdfFailure; message: string };

// pdf.js runs over untrusted bytes here, off the core's thread: the host bounds this thread's
// time and heap and terminates it on overrun, so a hostile file cannot hang or bloat the app.
parentPort?.on('message', (job: PdfJob) => {
  extractPages(job.bytes, job.limits).then(
    (document) => parentPort?.postMessage({ type: 'done', document } satisfies PdfWorkerMessage),
    (err: unknown) => {
      const failure: PdfFailure = err instanceof PdfExtractError ? err.failure : 'other';
      const message = err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
      parentPort?.postMessage({ type: 'failed', failure, message } satisfies PdfWorkerMessage);
    },
  );
});
// A one-line page (no xref: pdf.js rebuilds it), read once before saying ready: a thread's first
// document pays for compiling pdf.js's parser, which is the library's cost, not the file's.
const WARM_UP = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n' +
    '4 0 obj<</Length 45>>stream\nBT /F1 12 Tf 20 100 Td (warm) Tj ET 0 0 9 9 re S\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// Load pdf.js before saying ready: the time bound is on reading the file, not on loading the library.
loadPdfjs()
  .then(() => extractPages(WARM_UP, { maxPages: 1, maxTextRuns: 10 }).catch(() => undefined))
  .then(
  () => parentPort?.postMessage({ type: 'ready' } satisfies PdfWorkerMessage),
  (err: unknown) => parentPort?.postMessage({ type: 'failed', failure: 'other', message: `pdf.js: ${String(err).slice(0, 200)}` } satisfies PdfWorkerMessage),
);
