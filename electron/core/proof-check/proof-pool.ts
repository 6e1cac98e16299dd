import { Worker } from 'node:worker_threads';
import { BanxinError } from '../../../shared/api/errors';
import { checkText, type Finding } from '../../../shared/proof/index';
import type { Lexicons } from '../../../shared/proof/lexicons/types';
import { workerScript, type WorkerScript } from '../worker-script';
import type { ProofJob, ProofJobResult } from './proof-worker';

/** How long one check may take before its worker is stopped (BANXIN_PROOF_CHECK_TIMEOUT_MS overrides). */
export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;

type Pending = { resolve(f: Finding[][]): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> | null; job: ProofJob };

function timeoutFromEnv(): number {
  const v = Number(process.env.BANXIN_PROOF_CHECK_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_CHECK_TIMEOUT_MS;
}

const timedOut = (ms: number): BanxinError =>
  new BanxinError('CHECK_TIMEOUT', { zh: `（超过 ${ms / 1000} 秒）`, en: `(over ${ms} ms)` });

/**
 * proof.check off the core's thread, with a time bound. The core answers every session on one
 * thread; a check of a long story against the newsroom's 词库 runs in a worker thread instead, and
 * one that has not answered within the bound is stopped (the worker is terminated, the caller gets
 * CHECK_TIMEOUT, the next check starts a fresh worker). Context conditions already run in linear
 * time (shared/proof/lexicons/context-pattern.ts): the bound is the second line of defence.
 */
export class ProofCheckPool {
  private worker: Worker | null = null;
  /** The worker has loaded: a failure from now on is a check's, not the setup's. */
  private ready = false;
  /** Why no worker is used in this process (the script is missing or never started): checks run in-thread. */
  private broken: string | null = process.env.BANXIN_PROOF_WORKER === '0' ? 'switched off (BANXIN_PROOF_WORKER=0)' : null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The word lists the running worker holds (by key), so they are sent once per change. */
  private sentKey = -1;
  private readonly keys = new WeakMap<Lexicons, number>();
  private nextKey = 1;

  constructor(
    private readonly script: () => WorkerScript = () => workerScript(import.meta.url, 'proof-worker'),
    private readonly timeoutMs: number = timeoutFromEnv(),
  ) {}

  /** Why checks run in the core's own thread, or null while the worker is used. */
  get fallbackReason(): string | null {
    return this.broken;
  }

  /** Findings for each text, in order. Rejects with CHECK_TIMEOUT past the bound. */
  check(texts: readonly string[], lexicons: Lexicons): Promise<Finding[][]> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(inThread(texts, lexicons));
    let key = this.keys.get(lexicons);
    if (key === undefined) this.keys.set(lexicons, (key = this.nextKey++));
    const job: ProofJob = { id: this.nextId++, key, texts, ...(this.sentKey === key ? {} : { lexicons }) };
    this.sentKey = key;
    return new Promise<Finding[][]>((resolve, reject) => {
      const p: Pending = { resolve, reject, timer: null, job: { ...job, lexicons } };
      // The bound is on the check, not on starting the worker (loading it from source takes a while).
      if (this.ready) this.arm(p);
      this.pending.set(job.id, p);
      worker.ref(); // held open while it has work
      worker.postMessage(job);
    });
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    if (this.broken) return null;
    const script = this.script();
    if (!script) {
      this.broken = 'worker script not found';
      return null;
    }
    const w = 'code' in script ? new Worker(script.code, { eval: true }) : new Worker(script.url, { execArgv: script.execArgv });
    this.worker = w;
    this.ready = false;
    this.sentKey = -1;
    w.on('message', (m: ProofJobResult | { ready: true }) => {
      if ('ready' in m) {
        this.ready = true;
        for (const p of this.pending.values()) this.arm(p);
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.settle(m.id);
      if (m.ok) p.resolve(m.findings);
      else p.reject(new BanxinError('INTERNAL', { zh: '校对检查失败。', en: `The proof check failed: ${m.message}` }));
    });
    w.on('error', (err) => this.lost(w, err.message));
    w.on('exit', (code) => this.lost(w, `worker exited (${code})`));
    w.unref();
    return w;
  }

  private arm(p: Pending): void {
    p.timer = setTimeout(() => this.stop(timedOut(this.timeoutMs)), this.timeoutMs);
  }

  private settle(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
  }

  /** Every check still held, their timers cleared: the caller settles them. */
  private takeAll(): Pending[] {
    const held = [...this.pending.values()];
    for (const p of held) if (p.timer) clearTimeout(p.timer);
    this.pending.clear();
    return held;
  }

  /** Stops the worker and fails every check it held with `error`. */
  private stop(error: BanxinError): void {
    const w = this.worker;
    this.worker = null;
    for (const p of this.takeAll()) p.reject(error);
    void w?.terminate();
  }

  /** The worker failed or exited on its own. */
  private lost(w: Worker, why: string): void {
    if (this.worker !== w) return; // already stopped by a timeout
    this.worker = null;
    const held = this.takeAll();
    if (!this.ready) {
      // It never came up: the setup is at fault, not the checks. Run them here from now on.
      this.broken = why;
      for (const p of held) p.resolve(inThread(p.job.texts, p.job.lexicons!));
      return;
    }
    for (const p of held) p.reject(new BanxinError('INTERNAL', { zh: '校对检查进程意外退出。', en: `The proof check worker stopped (${why}).` }));
  }
}

function inThread(texts: readonly string[], lexicons: Lexicons): Finding[][] {
  return texts.map((t) => checkText(t, { lexicons }));
}

let shared: ProofCheckPool | null = null;

/** The process's proof check pool (one worker thread, started on the first check). */
export function proofCheckPool(): ProofCheckPool {
  return (shared ??= new ProofCheckPool());
}
