import { randomUUID } from 'node:crypto';
import type { ExportedFile, ExportProgress } from './export-run';

/** Where a background export stands. */
export interface ExportJobStatus {
  jobId: string;
  issueId: number;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  fraction: number;
  stepZh: string;
  stepEn: string;
  folder: string;
  files: ExportedFile[];
  errorZh: string | null;
  errorEn: string | null;
}

/** The work of one job: gets the abort signal and a progress callback, returns what it wrote. */
export type ExportWork = (signal: AbortSignal, onProgress: (p: ExportProgress) => void) => Promise<ExportedFile[]>;

/**
 * Background export jobs: each runs its work without blocking calls, reports progress through
 * `onChange` and can be cancelled. Finished jobs are kept (the last `keep`) so a window that
 * reconnects can still read the result.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, { status: ExportJobStatus; abort: AbortController; done: Promise<void> }>();

  constructor(
    private readonly onChange: (s: ExportJobStatus) => void = () => undefined,
    private readonly keep = 20,
  ) {}

  start(issueId: number, folder: string, work: ExportWork): ExportJobStatus {
    const jobId = randomUUID();
    const abort = new AbortController();
    const status: ExportJobStatus = { jobId, issueId, state: 'running', fraction: 0, stepZh: '排队中', stepEn: 'Queued', folder, files: [], errorZh: null, errorEn: null };
    const changed = (): void => this.onChange({ ...status, files: [...status.files] });
    const done = (async () => {
      // Start on a later turn so `start` returns the job id before the first progress event.
      await new Promise((r) => setImmediate(r));
      try {
        status.files = await work(abort.signal, (p) => {
          if (status.state !== 'running') return;
          Object.assign(status, p);
          changed();
        });
        status.state = 'done';
        status.fraction = 1;
        status.stepZh = '完成';
        status.stepEn = 'Done';
      } catch (err) {
        if (abort.signal.aborted) {
          status.state = 'cancelled';
          status.stepZh = '已取消';
          status.stepEn = 'Cancelled';
        } else {
          status.state = 'failed';
          const msg = err instanceof Error ? err.message : String(err);
          status.errorZh = `导出失败：${msg}`;
          status.errorEn = `Export failed: ${msg}`;
        }
      }
      changed();
    })();
    this.jobs.set(jobId, { status, abort, done });
    this.prune();
    return { ...status };
  }

  status(jobId: string): ExportJobStatus | undefined {
    const j = this.jobs.get(jobId);
    return j ? { ...j.status, files: [...j.status.files] } : undefined;
  }

  /** Ask a running job to stop; resolves once it has stopped (and cleaned up). */
  async cancel(jobId: string): Promise<ExportJobStatus | undefined> {
    const j = this.jobs.get(jobId);
    if (!j) return undefined;
    if (j.status.state === 'running') j.abort.abort();
    await j.done;
    return this.status(jobId);
  }

  /** Wait for a job to finish (tests, shutdown). */
  async settled(jobId: string): Promise<ExportJobStatus | undefined> {
    await this.jobs.get(jobId)?.done;
    return this.status(jobId);
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - this.keep))) this.jobs.delete(j.status.jobId);
  }
}
