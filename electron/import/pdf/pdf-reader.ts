import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../../core/worker-script';
import { ImportError } from '../errors';
import type { ImportLimits } from '../limits';
import type { PdfDocumentData, PdfFailure } from './pdf-page-data';
import type { PdfJob, PdfWorkerMessage } from './pdf-worker';

/** Starting a thread and loading pdf.js (from TypeScript source in tests: slower) is not the file's time. */
const STARTUP_MILLIS = 60_000;

/**
 * From source (tests, `npm run cli`) the worker runs under tsx, which would transform pdf.js's
 * 3 MB of plain JavaScript on every start (~20 s). Loading it natively first puts it in the
 * module cache, where the worker's own imports of it then find it untouched.
 */
function preloadPdfjs(code: string): string {
  const require = createRequire(import.meta.url);
  const urls = ['pdfjs-dist/legacy/build/pdf.worker.mjs', 'pdfjs-dist/legacy/build/pdf.mjs'].map((m) => pathToFileURL(require.resolve(m)).href);
  return `Promise.all(${JSON.stringify(urls)}.map((u) => import(u))).then(() => { ${code} });`;
}

function refusal(failure: PdfFailure, message: string, limits: ImportLimits): ImportError {
  switch (failure) {
    case 'password':
      return new ImportError('NOT_PDF', { zh: '（PDF 设有密码）', en: '(the PDF is password-protected)' });
    case 'invalid':
      return new ImportError('NOT_PDF', { zh: `（${message}）`, en: `(${message})` });
    case 'too-many-pages':
      return new ImportError('TOO_LARGE', { zh: `（PDF 共 ${message} 页，上限 ${limits.maxPdfPages} 页；请只导出需要的各版再导入）`, en: `(the PDF has ${message} pages, limit ${limits.maxPdfPages}; export only the pages needed)` });
    case 'too-much-text': {
      // "page:runs so far": where the file went over, so the user knows which pages to export apart.
      const [page, runs] = message.split(':');
      return new ImportError('TOO_LARGE', {
        zh: `（读到第 ${page} 页时已有 ${runs} 段文字，整个文件上限 ${limits.maxPdfTextRuns} 段；请分几次导出、导入）`,
        en: `(${runs} text runs by page ${page}, limit ${limits.maxPdfTextRuns} for the whole file; export it in parts)`,
      });
    }
    case 'no-text':
      return new ImportError('PDF_NO_TEXT');
    default:
      return new ImportError('PARSE_FAILED', { zh: `（${message}）`, en: `(${message})` });
  }
}

// Only our own listeners: a Worker keeps internal ones (message-port bookkeeping) on other events.
function quiet(worker: Worker): void {
  for (const e of ['message', 'error', 'exit']) worker.removeAllListeners(e);
}

/** A started worker that has loaded pdf.js, and the heap bound it was started with. */
interface ReadyWorker {
  worker: Worker;
  heapMb: number;
}

// One warm worker is kept between files (unref'd, so it never holds the process open): starting a
// thread and loading pdf.js costs more than reading a file. A worker that overran a bound or
// failed is terminated, never reused; a normal answer (the pages, or a refusal pdf.js itself gave)
// leaves it as clean as it started, each document being destroyed after reading.
let idle: ReadyWorker | null = null;

function startWorker(heapMb: number): Promise<ReadyWorker> {
  const script = workerScript(import.meta.url, 'pdf-worker');
  if (!script) {
    return Promise.reject(new ImportError('PARSE_FAILED', { zh: '（PDF 读取组件缺失，请重新安装版心）', en: '(the PDF reader is missing; reinstall Banxin)' }));
  }
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 };
  const worker = 'code' in script ? new Worker(preloadPdfjs(script.code), { eval: true, resourceLimits }) : new Worker(script.url, { execArgv: script.execArgv, resourceLimits });
  return new Promise<ReadyWorker>((resolve, reject) => {
    const fail = (e: ImportError): void => {
      clearTimeout(timer);
      quiet(worker);
      void worker.terminate();
      reject(e);
    };
    const timer = setTimeout(() => fail(new ImportError('TOO_SLOW', { zh: '（PDF 读取组件未能启动）', en: '(the PDF reader did not start)' })), STARTUP_MILLIS);
    worker.once('message', (m: PdfWorkerMessage) => {
      if (m.type !== 'ready') return fail(new ImportError('PARSE_FAILED', { zh: '（PDF 读取组件未能启动）', en: `(the PDF reader did not start: ${m.type === 'failed' ? m.message : m.type})` }));
      clearTimeout(timer);
      quiet(worker);
      resolve({ worker, heapMb });
    });
    worker.once('error', (err) => fail(new ImportError('PARSE_FAILED', { zh: `（${err.message.slice(0, 200)}）`, en: `(${err.message.slice(0, 200)})` })));
  });
}

async function takeWorker(heapMb: number): Promise<ReadyWorker> {
  const w = idle;
  idle = null;
  if (w && w.heapMb === heapMb) return w;
  if (w) void w.worker.terminate();
  return startWorker(heapMb);
}

/**
 * Reads every page of a PDF in a worker thread, bounded in time (`maxPdfMillis` for the whole
 * file, counted from when it is handed over) and heap (`maxPdfHeapMb`). Past either bound the thread is terminated
 * and the import refused; the caller's thread never runs pdf.js.
 */
export async function readPdf(bytes: Uint8Array, limits: ImportLimits): Promise<PdfDocumentData> {
  const ready = await takeWorker(limits.maxPdfHeapMb);
  const { worker } = ready;
  worker.ref(); // held open while it has work
  return new Promise<PdfDocumentData>((resolve, reject) => {
    let settled = false;
    const finish = (result: PdfDocumentData | ImportError, reusable: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      quiet(worker);
      if (reusable && !idle) {
        worker.unref();
        idle = ready;
        // An idle worker that dies is simply forgotten.
        worker.once('exit', () => {
          if (idle === ready) idle = null;
        });
      } else void worker.terminate();
      if (result instanceof ImportError) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(
      () => finish(new ImportError('TOO_SLOW', { zh: `（超过 ${limits.maxPdfMillis / 1000} 秒）`, en: `(over ${limits.maxPdfMillis} ms)` }), false),
      limits.maxPdfMillis,
    );
    worker.on('message', (m: PdfWorkerMessage) => {
      if (m.type === 'done') finish(m.document, true);
      else if (m.type === 'failed') finish(refusal(m.failure, m.message, limits), m.failure !== 'other');
    });
    worker.on('error', (err) => {
      const heap = /heap|memory/i.test(err.message);
      finish(
        heap
          ? new ImportError('TOO_LARGE', { zh: `（读取 PDF 所需内存超过 ${limits.maxPdfHeapMb} MiB）`, en: `(reading the PDF needs over ${limits.maxPdfHeapMb} MiB)` })
          : new ImportError('PARSE_FAILED', { zh: `（${err.message.slice(0, 200)}）`, en: `(${err.message.slice(0, 200)})` }),
        false,
      );
    });
    worker.on('exit', (code) => finish(new ImportError('PARSE_FAILED', { zh: `（PDF 读取进程退出，代码 ${code}）`, en: `(the PDF reader exited with code ${code})` }), false));
    // A copy goes over: the caller keeps its bytes whatever the worker does.
    worker.postMessage({ bytes: bytes.slice(), limits: { maxPages: limits.maxPdfPages, maxTextRuns: limits.maxPdfTextRuns } } satisfies PdfJob);
  });
}
