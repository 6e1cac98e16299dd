import { parentPort } from 'node:worker_threads';
import { checkText, type Finding } from '../../../shared/proof/index';
import type { Lexicons } from '../../../shared/proof/lexicons/types';

/** A check asked of the worker (see proof-pool.ts): texts checked with the word lists of `key`. */
export interface ProofJob {
  readonly id: number;
  /** Which word lists; they travel only when this worker has not got them yet. */
  readonly key: number;
  readonly lexicons?: Lexicons;
  readonly texts: readonly string[];
}

export type ProofJobResult =
  | { readonly id: number; readonly ok: true; readonly findings: Finding[][] }
  | { readonly id: number; readonly ok: false; readonly message: string };

// The lists of the last key seen: the newsroom edits them rarely, checks run on every keystroke pause.
let held: { key: number; lexicons: Lexicons } | null = null;

function run(job: ProofJob): ProofJobResult {
  if (job.lexicons) held = { key: job.key, lexicons: job.lexicons };
  if (!held || held.key !== job.key) return { id: job.id, ok: false, message: 'word lists missing' };
  const { lexicons } = held;
  return { id: job.id, ok: true, findings: job.texts.map((t) => checkText(t, { lexicons })) };
}

// A whole issue's copy against every 词库 entry: here it does not hold up the core's own thread,
// where every other session's calls are answered.
parentPort?.on('message', (job: ProofJob) => {
  let result: ProofJobResult;
  try {
    result = run(job);
  } catch (err) {
    result = { id: job.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(result);
});
// Warm the checker (rule tables, conversion dictionaries) before saying ready: the time bound of a
// check starts at ready, and should measure the check, not the worker's loading.
checkText('县政府召开会议。', {});
parentPort?.postMessage({ ready: true });
