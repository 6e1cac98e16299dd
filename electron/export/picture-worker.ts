import { parentPort } from 'node:worker_threads';
import { convertToPress } from './press-convert';
import { RgbCmykGrid } from './rgb-cmyk-grid';

/** A conversion asked of the worker (see picture-worker-pool.ts). */
export interface PictureJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The RGB → CMYK grid's node table, built once per profile in the app's thread. */
  readonly nodes: Float32Array;
}

export type PictureJobResult =
  | { readonly id: number; readonly ok: true; readonly width: number; readonly height: number; readonly colourSpace: 'DeviceCMYK' | 'DeviceGray'; readonly deflated: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly message: string };

// Decoding a camera JPEG takes a second or more: here it does not hold up the app's own thread
// (the Electron main process, where IPC, autosave and export progress run).
parentPort?.on('message', (job: PictureJob) => {
  let result: PictureJobResult;
  try {
    const r = convertToPress(job.bytes, job.width, job.height, RgbCmykGrid.fromNodes(job.nodes));
    // Transfer, not copy — but only a buffer of its own: a small Buffer may sit in Node's shared slab.
    const own = r.deflated.byteOffset === 0 && r.deflated.byteLength === r.deflated.buffer.byteLength ? r.deflated : new Uint8Array(r.deflated);
    result = { id: job.id, ok: true, ...r, deflated: own };
    parentPort!.postMessage(result, [own.buffer as ArrayBuffer]);
    return;
  } catch (err) {
    result = { id: job.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(result);
});

// Loaded (decoders and all): from here on a failure is the picture's, not the worker's.
parentPort?.postMessage({ ready: true });
