import { parentPort } from 'node:worker_threads';
import { extractFirstPage, loadPdfjs, PdfExtractError, type ExtractLimits } from './extract-page';
import type { PdfFailure, PdfPageData } from './pdf-page-data';

/** One PDF to read (see pdf-reader.ts). The worker reads one file and is then stopped. */
export interface PdfJob {
  bytes: Uint8Array;
  limits: ExtractLimits;
}

export type PdfWorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; page: PdfPageData }
  | { type: 'failed'; failure: PdfFailure; message: string };

// pdf.js runs over untrusted bytes here, off the core's thread: the host bounds this thread's
// time and heap and terminates it on overrun, so a hostile file cannot hang or bloat the app.
parentPort?.on('message', (job: PdfJob) => {
  extractFirstPage(job.bytes, job.limits).then(
    (page) => parentPort?.postMessage({ type: 'done', page } satisfies PdfWorkerMessage),
    (err: unknown) => {
      const failure: PdfFailure = err instanceof PdfExtractError ? err.failure : 'other';
      const message = err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
      parentPort?.postMessage({ type: 'failed', failure, message } satisfies PdfWorkerMessage);
    },
  );
});
// Load pdf.js before saying ready: the time bound is on reading the file, not on loading the library.
loadPdfjs().then(
  () => parentPort?.postMessage({ type: 'ready' } satisfies PdfWorkerMessage),
  (err: unknown) => parentPort?.postMessage({ type: 'failed', failure: 'other', message: `pdf.js: ${String(err).slice(0, 200)}` } satisfies PdfWorkerMessage),
);
