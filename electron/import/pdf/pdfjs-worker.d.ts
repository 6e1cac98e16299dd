// pdf.js's worker half, loaded into our own worker thread (extract-page.ts). Only its presence is
// used: pdf.js looks for it on globalThis.pdfjsWorker instead of starting a thread of its own.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
