import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import type { CallContext } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { exportMethods } from '../../../shared/api/methods/export';
import { ExportJobs, type ExportJobStatus } from '../../export/export-job';
import { runExport, type ExportDestinations } from '../../export/export-run';
import { loadIssueBundle, pageSignedOff } from '../../export/issue-bundle';
import { preflight } from '../../export/preflight';
import { safeOutputPath } from '../../export/safe-path';
import { layoutRepo } from '../../store/layout-repo';
import type { CoreContext } from '../context';

type M = typeof exportMethods;
type ExportHandlers = {
  [K in keyof M]: (params: z.output<M[K]['params']>, ctx: CallContext) => z.output<M[K]['result']> | Promise<z.output<M[K]['result']>>;
};

/** The Banxin-managed export folder for a day: `<folder of the database>/exports/<YYYY-MM-DD>/`. */
export function exportFolder(dbPath: string, now: Date): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return join(dirname(dbPath), 'exports', d);
}

// The UI sees names inside the export folder, never absolute paths it could send back.
const view = (s: ExportJobStatus): z.output<M['export.status']['result']> => ({ ...s, files: s.files.map((f) => ({ target: f.target, name: basename(f.path), bytes: f.bytes })) });

/**
 * `export.*`: preflight, then background export jobs with progress events and cancel. Output goes
 * to the managed folder under names made from the issue title (safe-path), never replacing a file
 * unless asked. Emits `export.progress` with the job's status.
 */
export function exportService(c: CoreContext, jobs?: ExportJobs): ExportHandlers {
  // `export.progress` is added to the contract's events by the lead; until then the name is cast.
  const emit = c.emit as (event: string, payload: unknown) => void;
  const registry = jobs ?? new ExportJobs((s) => emit('export.progress', view(s)));
  const issueOrThrow = (id: number) => {
    const issue = layoutRepo.issue(c.db, id);
    if (!issue) throw new BanxinError('NOT_FOUND');
    return issue;
  };
  const jobOrThrow = (s: ExportJobStatus | undefined): ExportJobStatus => {
    if (!s) throw new BanxinError('NOT_FOUND');
    return s;
  };
  return {
    'export.preflight': (p) => {
      issueOrThrow(p.issueId);
      const bundle = loadIssueBundle(c, p.issueId);
      return preflight(bundle.pages.map((x) => x.list), c.fonts(), { signedOff: (id) => pageSignedOff(bundle, id) });
    },
    'export.start': (p) => {
      const issue = issueOrThrow(p.issueId);
      const folder = exportFolder(c.dbPath, c.clock());
      mkdirSync(folder, { recursive: true });
      const stem = `${issue.paperName} ${issue.date}`;
      const at = (suffix: string, extension: string): string => safeOutputPath(folder, `${stem} ${suffix}`, { extension, overwrite: p.overwrite });
      const t = p.targets;
      const dest: ExportDestinations = {
        ...(t.print ? { print: at('印刷', '.pdf') } : {}),
        ...(t.proof ? { proof: at('大样', '.pdf') } : {}),
        ...(t.epaper ? { epaper: at('数字报', '') } : {}),
        ...(t.newsml ? { newsml: at('NewsML', '') } : {}),
        ...(t.archive ? { archive: at('归档', '.zip') } : {}),
      };
      const s = registry.start(issue.id, folder, (signal, onProgress) => runExport(c, issue.id, dest, { overwrite: p.overwrite, signal, onProgress }));
      return { jobId: s.jobId };
    },
    'export.cancel': async (p) => view(jobOrThrow(await registry.cancel(p.jobId))),
    'export.status': (p) => view(jobOrThrow(registry.status(p.jobId))),
  };
}
