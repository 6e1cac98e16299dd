import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript, type WorkerScript } from '../core/worker-script';
import type { PictureJob, PictureJobResult } from './picture-worker';
import type { PressRaster } from './press-convert';
import type { WebPicture } from './web-picture';

/** The worker could not be started or died: the caller converts in its own thread instead. */
export class PictureWorkerUnavailable extends Error {
  constructor(why: string) {
    super(`picture worker unavailable: ${why}`);
    this.name = 'PictureWorkerUnavailable';
  }
}

/** A conversion that failed in the worker (undecodable bytes): the same error in-thread would give. */
export class PictureConversionError extends Error {}

type Done = Extract<PictureJobResult, { ok: true }>;
type Pending = { job: PictureJob; resolve(r: Done): void; reject(e: Error): void };
/** A job as the caller gives it (each kind without the id the pool gives it). */
type JobSpec = PictureJob extends infer J ? (J extends unknown ? Omit<J, 'id'> : never) : never;

/** One worker thread and the jobs it has been given. */
interface Slot {
  readonly worker: Worker;
  /** Loaded (its decoders and all): a failure from here on is a picture's, not the worker's. */
  ready: boolean;
  readonly pending: Map<number, Pending>;
}

/**
 * Worker threads for picture conversions: each started when a job finds the others busy, idle
 * without holding the process open. Two at most by default: an issue's photos then convert on
 * both cores of a two-core office PC while the app's own thread only waits for them.
 */
export class PicturePool {
  private readonly slots: Slot[] = [];
  /** Why workers are not used in this process, once one failed to start (never retried). */
  private broken: string | null = process.env.BANXIN_PICTURE_WORKER === '0' ? 'switched off (BANXIN_PICTURE_WORKER=0)' : null;
  private nextId = 1;
  /** A worker has come up in this process: the script works, so a later failure is not the setup's. */
  private everReady = false;

  /** `script` says where the worker's code is (tests give their own); `size` caps the threads. */
  constructor(
    private readonly script: () => WorkerScript = () => workerScript(import.meta.url, 'picture-worker'),
    size = Math.max(1, Math.min(2, availableParallelism())),
  ) {
    this.cap = size;
  }

  /** Threads allowed: `size`, lowered to those running when another could not come up. */
  private cap: number;

  /** Worker threads running now. */
  get threads(): number {
    return this.slots.length;
  }

  // An idle worker, else a new one while under the cap, else the one with the fewest jobs (also
  // when another cannot start: the running ones take the work rather than the app's thread).
  private pick(): Slot {
    const idle = this.slots.find((s) => s.pending.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.cap) {
      try {
        return this.start();
      } catch (err) {
        if (this.slots.length === 0) throw err;
      }
    }
    return this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Slot {
    if (this.broken) throw new PictureWorkerUnavailable(this.broken);
    const script = this.script();
    if (!script) throw new PictureWorkerUnavailable((this.broken = 'worker script not found'));
    const w = 'code' in script ? new Worker(script.code, { eval: true }) : new Worker(script.url, { execArgv: script.execArgv });
    const slot: Slot = { worker: w, ready: false, pending: new Map() };
    w.on('message', (m: PictureJobResult | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        this.everReady = true;
        return;
      }
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if (slot.pending.size === 0) w.unref();
      if (m.ok) p.resolve(m);
      else p.reject(new PictureConversionError(m.message));
    });
    let failed = false;
    const fail = (why: string): void => {
      if (failed) return;
      failed = true;
      // No worker ever came up: do not try again in this process. One died (or a second one
      // failed where the first runs): the next job starts a new one.
      if (!slot.ready && !this.everReady) this.broken = why;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      // A worker that never came up: convert in the app's thread instead. One that died while
      // converting (a huge picture exhausting memory) must not take the app's thread down too.
      const error = (): Error => (slot.ready ? new PictureConversionError(`the picture worker stopped while converting (${why}); the picture may be too large`) : new PictureWorkerUnavailable(why));
      // A worker that never came up converted nothing: its jobs go to one still running.
      const other = slot.ready ? undefined : this.slots.reduce<Slot | undefined>((a, b) => (!a || b.pending.size < a.pending.size ? b : a), undefined);
      // And no more are tried alongside them (memory, most likely, is short).
      if (other) this.cap = this.slots.length;
      for (const p of slot.pending.values()) {
        if (other) this.post(other, p);
        else p.reject(error());
      }
      slot.pending.clear();
    };
    w.on('error', (err) => fail(err.message));
    w.on('exit', (code) => fail(`worker exited (${code})`));
    w.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Runs one job in the worker. */
  run(spec: JobSpec): Promise<Done> {
    let slot: Slot;
    try {
      slot = this.pick();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new PictureWorkerUnavailable(String(err)));
    }
    const job = { ...spec, id: this.nextId++ } as PictureJob;
    return new Promise<Done>((resolve, reject) => this.post(slot, { job, resolve, reject }));
  }

  private post(slot: Slot, p: Pending): void {
    slot.pending.set(p.job.id, p);
    // Held open while it has work: an export awaiting it must not see the process exit.
    slot.worker.ref();
    slot.worker.postMessage(p.job);
  }

  /** A press raster (see `convertOffThread`). */
  async convert(bytes: Uint8Array, width: number, height: number, nodes: Float32Array): Promise<PressRaster> {
    const r = await this.run({ kind: 'press', bytes, width, height, nodes });
    if (r.kind !== 'press') throw new PictureConversionError('the picture worker answered another job');
    return r.raster;
  }
}

const pool = new PicturePool();

/**
 * Converts a picture to its press raster in the picture worker thread. Rejects with
 * `PictureWorkerUnavailable` when there is no worker (then convert in-thread) and with
 * `PictureConversionError` when the bytes cannot be converted.
 */
export function convertOffThread(bytes: Uint8Array, width: number, height: number, nodes: Float32Array): Promise<PressRaster> {
  return pool.convert(bytes, width, height, nodes);
}

/**
 * The e-paper's web copy of a picture (see web-picture.ts), made in the picture worker thread.
 * Rejects as `convertOffThread` does.
 */
export async function webPictureOffThread(bytes: Uint8Array): Promise<WebPicture> {
  const r = await pool.run({ kind: 'web', bytes });
  if (r.kind !== 'web') throw new PictureConversionError('the picture worker answered another job');
  return { ext: r.web.ext, data: Buffer.from(r.web.data.buffer, r.web.data.byteOffset, r.web.data.byteLength) };
}
