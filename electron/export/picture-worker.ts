import { parentPort } from 'node:worker_threads';
import { convertToPress, type PressRaster } from './press-convert';
import { RgbCmykGrid } from './rgb-cmyk-grid';
import { webPicture, type WebPicture } from './web-picture';

/** Work asked of the worker (see picture-worker-pool.ts): a press raster, or an e-paper web copy. */
export type PictureJob =
  | {
      readonly id: number;
      readonly kind: 'press';
      readonly bytes: Uint8Array;
      readonly width: number;
      readonly height: number;
      /** The RGB → CMYK grid's node table, built once per profile in the app's thread. */
      readonly nodes: Float32Array;
    }
  | { readonly id: number; readonly kind: 'web'; readonly bytes: Uint8Array };

export type PictureJobResult =
  | { readonly id: number; readonly ok: true; readonly kind: 'press'; readonly raster: PressRaster }
  | { readonly id: number; readonly ok: true; readonly kind: 'web'; readonly web: WebPicture }
  | { readonly id: number; readonly ok: false; readonly message: string };

// Transfer, not copy — but only a buffer of its own: a small Buffer may sit in Node's shared slab.
const own = (b: Uint8Array): Uint8Array => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b));

function run(job: PictureJob): { result: PictureJobResult; transfer: ArrayBuffer[] } {
  if (job.kind === 'press') {
    const r = convertToPress(job.bytes, job.width, job.height, RgbCmykGrid.fromNodes(job.nodes));
    const deflated = own(r.deflated);
    return { result: { id: job.id, ok: true, kind: 'press', raster: { ...r, deflated } }, transfer: [deflated.buffer as ArrayBuffer] };
  }
  const w = webPicture(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength));
  return { result: { id: job.id, ok: true, kind: 'web', web: w }, transfer: [] };
}

// Decoding a camera JPEG takes a second or more: here it does not hold up the app's own thread
// (the Electron main process, where IPC, autosave and export progress run).
parentPort?.on('message', (job: PictureJob) => {
  try {
    const { result, transfer } = run(job);
    parentPort!.postMessage(result, transfer);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies PictureJobResult);
  }
});

// Loaded (decoders and all): from here on a failure is the picture's, not the worker's.
parentPort?.postMessage({ ready: true });
