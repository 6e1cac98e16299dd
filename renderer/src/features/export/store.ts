import { create } from 'zustand';
import type { ExportStatus } from '../../../../shared/api/methods/export';
import type { Issue } from '../../../../shared/model/layout';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { chosenTargets, heldBack, TARGET_KEYS, type PreflightProblem, type TargetKey } from './gate';
import { OVERRIDERS } from '../../../../shared/model/workflow-rules';
import { useSession } from '../session/store';
import { workflowText } from '../workflow/messages';
import { overrideRuleOf, type OverrideAsk } from '../workflow/override-ask';

/** A preflight report and the issue it is about (a report never outlives a change of issue). */
export interface Report {
  issueId: number;
  ok: boolean;
  problems: PreflightProblem[];
}

interface ExportState {
  issues: Issue[];
  /** `issues` has been read at least once. */
  loaded: boolean;
  issueId: number | null;
  report: Report | null;
  checking: boolean;
  /** The user ticked 仍要导出 for the current report's errors. */
  confirmed: boolean;
  ticked: Record<TargetKey, boolean>;
  overwrite: boolean;
  /** The job this window started last (running or finished). */
  job: ExportStatus | null;
  starting: boolean;
  /** The last start was held back by preflight errors. */
  held: boolean;
  /** The core refused unsigned pages and this person may answer for them: the dialog asks why. */
  ask: OverrideAsk | null;
  error: string | null;
  init(): Promise<void>;
  chooseIssue(id: number): void;
  runPreflight(): Promise<Report | null>;
  tick(target: TargetKey, on: boolean): void;
  setOverwrite(on: boolean): void;
  confirm(on: boolean): void;
  start(): Promise<void>;
  closeAsk(): void;
  cancel(): Promise<void>;
  /** An `export.progress` event (any job; others are ignored). */
  progress(s: ExportStatus): void;
  /** Re-read the job after a reconnect, when events may have been missed. */
  resync(): Promise<void>;
}

const fail = (e: unknown): string => errorText(e, useLang.getState().lang);

// Events for a job whose id `export.start` has not returned yet, so none is lost to the race.
const early = new Map<string, ExportStatus>();

/** Merge a status into the job: a finished job stays finished and progress never runs backwards. */
function merge(job: ExportStatus, s: ExportStatus): ExportStatus {
  if (job.state !== 'running') return job;
  if (s.state === 'running' && s.fraction < job.fraction) return job;
  return s;
}

/** 导出: the chosen issue, its preflight report, the targets, and the background job. */
export const useExport = create<ExportState>((set, get) => ({
  issues: [],
  loaded: false,
  issueId: null,
  report: null,
  checking: false,
  confirmed: false,
  ticked: { print: true, proof: false, galley: false, epaper: false, newsml: false, archive: false },
  overwrite: false,
  job: null,
  starting: false,
  held: false,
  ask: null,
  error: null,

  async init() {
    try {
      const issues = await api().call('issues.list', {});
      const keep = issues.find((i) => i.id === get().issueId);
      // Newest first: a new visit lands on the edition being made.
      set({ issues, loaded: true, issueId: keep?.id ?? issues[0]?.id ?? null, error: null });
      if (!keep) set({ report: null, confirmed: false, held: false });
    } catch (e) {
      set({ error: fail(e) });
    }
  },

  chooseIssue(id) {
    if (id === get().issueId) return;
    set({ issueId: id, report: null, confirmed: false, held: false });
  },

  async runPreflight() {
    const issueId = get().issueId;
    if (issueId === null) return null;
    set({ checking: true, error: null });
    try {
      const r = await api().call('export.preflight', { issueId });
      if (get().issueId !== issueId) return null;
      const report: Report = { issueId, ok: r.ok, problems: r.problems };
      // A confirmation covers the errors the user saw; a report with different errors asks again.
      const same = sameErrors(get().report, report);
      set({ report, confirmed: same && get().confirmed, held: false });
      return report;
    } catch (e) {
      set({ error: fail(e) });
      return null;
    } finally {
      set({ checking: false });
    }
  },

  tick(target, on) {
    set({ ticked: { ...get().ticked, [target]: on }, held: false });
  },
  setOverwrite(on) {
    set({ overwrite: on });
  },
  confirm(on) {
    set({ confirmed: on, held: false });
  },

  async start() {
    const { issueId, ticked, overwrite } = get();
    const targets = chosenTargets(ticked);
    if (issueId === null || !targets || get().starting || get().job?.state === 'running') return;
    set({ starting: true, error: null, held: false });
    try {
      // Always check the pages as they are now: the layout may have changed since the last report.
      const report = await get().runPreflight();
      if (!report) return;
      if (heldBack(report.problems, ticked, get().confirmed)) {
        set({ held: true });
        return;
      }
      const launch = async (override?: { reason: string }): Promise<void> => {
        early.clear();
        const { jobId } = await api().call('export.start', { issueId, targets, overwrite, ...(override ? { override } : {}) });
        const seen = early.get(jobId);
        early.clear();
        set({ job: seen ?? (await api().call('export.status', { jobId })) });
      };
      try {
        await launch();
      } catch (e) {
        // Unsigned pages: the duty editor or an administrator may answer for them, with a reason on record.
        if (overrideRuleOf(e) !== 'export-unsigned') throw e;
        const role = useSession.getState().current?.role;
        if (role && OVERRIDERS.includes(role)) set({ ask: { rule: 'export-unsigned', message: fail(e), run: (reason) => launch({ reason }) } });
        else set({ error: `${fail(e)} ${workflowText('exportNeedsAuthority')}` });
      }
    } catch (e) {
      set({ error: fail(e) });
    } finally {
      set({ starting: false });
    }
  },
  closeAsk() {
    set({ ask: null });
  },

  async cancel() {
    const job = get().job;
    if (!job || job.state !== 'running') return;
    try {
      const s = await api().call('export.cancel', { jobId: job.jobId });
      if (get().job?.jobId === s.jobId) set({ job: s });
    } catch (e) {
      set({ error: fail(e) });
    }
  },

  progress(s) {
    const job = get().job;
    if (job?.jobId === s.jobId) set({ job: merge(job, s) });
    else if (get().starting) early.set(s.jobId, s);
  },

  async resync() {
    const job = get().job;
    if (!job || job.state !== 'running') return;
    try {
      const s = await api().call('export.status', { jobId: job.jobId });
      const now = get().job;
      if (now?.jobId === s.jobId) set({ job: merge(now, s) });
    } catch (e) {
      set({ error: fail(e) });
    }
  },
}));

function errorKeys(r: Report): string {
  return r.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.pageNumber}:${p.code}:${p.frameId ?? ''}:${p.messageEn}`)
    .sort()
    .join('\n');
}

function sameErrors(a: Report | null, b: Report): boolean {
  return a !== null && a.issueId === b.issueId && errorKeys(a) === errorKeys(b);
}

/** Whether any target is ticked (start needs at least one). */
export function anyTicked(ticked: Readonly<Record<TargetKey, boolean>>): boolean {
  return TARGET_KEYS.some((k) => ticked[k]);
}
