import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import type { CallContext } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { exportMethods } from '../../../shared/api/methods/export';
import { ExportJobs, type ExportJobStatus } from '../../export/export-job';
import { writeGalleyPdf } from '../../export/galley-proof';
import { loadGalleyStory } from '../../export/galley-story';
import { currentOutputProfile, OUTPUT_PROFILE_SETTING, removeOutputProfile, saveOutputProfile } from '../../export/output-profile';
import { DEFAULT_OUTPUT_CONDITION } from '../../export/pdf-x';
import { runExport, type ExportDestinations } from '../../export/export-run';
import { loadIssueBundle, pageUnsigned } from '../../export/issue-bundle';
import { PUBLISHED_TARGETS } from './workflow-rules';
import { holdUnsignedExport } from './unsigned-export-hold';
import { preflight } from '../../export/preflight';
import { safeOutputPath } from '../../export/safe-path';
import { PRODUCTION_ROLES } from '../../../shared/model/roles';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { layoutRepo } from '../../store/layout-repo';
import { settingsRepo } from '../../store/settings-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from './acting-user';

type M = typeof exportMethods;

type ExportHandlers = {
  [K in keyof M]: (params: z.output<M[K]['params']>, ctx: CallContext) => z.output<M[K]['result']> | Promise<z.output<M[K]['result']>>;
};

/** The Banxin-managed export folder for a day: `<folder of the database>/exports/<YYYY-MM-DD>/`. */
export function exportFolder(dbPath: string, now: Date): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return join(exportsRoot(dbPath), d);
}

/** Where every export folder lives: the `exports` folder beside the database (served at /exports/). */
export const exportsRoot = (dbPath: string): string => join(dirname(dbPath), 'exports');

/** The app-relative URL of an output under the exports root; a folder (e-paper) opens at its index. */
export function exportHref(dbPath: string, path: string, isFolder: boolean): string {
  const rel = relative(exportsRoot(dbPath), path).split(sep).map(encodeURIComponent).join('/');
  return `exports/${rel}${isFolder ? '/index.html' : ''}`;
}

/**
 * `export.*`: preflight, then background export jobs with progress events and cancel. Output goes
 * to the managed folder under names made from the issue title (safe-path), never replacing a file
 * unless asked. Emits `export.progress` with the job's status.
 */
export function exportService(c: CoreContext, jobs?: ExportJobs): ExportHandlers {
  // `export.progress` is added to the contract's events by the lead; until then the name is cast.
  const emit = c.emit as (event: string, payload: unknown) => void;
  // The UI sees names inside the export folder and download links, never absolute paths it could send back.
  const file = (f: { target: ExportJobStatus['files'][number]['target']; path: string; bytes: number }) => ({
    target: f.target, name: basename(f.path), bytes: f.bytes, href: exportHref(c.dbPath, f.path, f.target === 'epaper' || f.target === 'newsml'),
  });
  const view = (s: ExportJobStatus): z.output<M['export.status']['result']> => ({ ...s, files: s.files.map(file) });
  const profileView = () => {
    const profile = currentOutputProfile(c.db, c.dbPath);
    return profile ? { name: profile.name, condition: 'Custom' } : { name: null, condition: DEFAULT_OUTPUT_CONDITION.identifier };
  };
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
      return preflight(bundle.pages.map((x) => x.list), c.fonts(), { unsigned: (id) => pageUnsigned(bundle, id), imageBytes: bundle.imageBytes, outputProfile: currentOutputProfile(c.db, c.dbPath) });
    },
    'export.start': (p, ctx) => {
      const issue = issueOrThrow(p.issueId);
      if (PUBLISHED_TARGETS.some((k) => p.targets[k])) {
        actingUser(c.db, ctx.session.userId, PRODUCTION_ROLES, {
          zh: '只有美编、值班总编或管理员可以输出印刷版、数字报或 NewsML；大样、小样和归档人人可导出。',
          en: 'Only layout staff, the duty editor or an administrator may export for print, the e-paper or NewsML; proofs and the archive are open to the desk.',
        });
        holdUnsignedExport(c, issue.id, p.override, ctx.session.userId);
      }
      const folder = exportFolder(c.dbPath, c.clock());
      mkdirSync(folder, { recursive: true });
      const stem = `${issue.paperName} ${issue.date}`;
      const at = (suffix: string, extension: string): string => safeOutputPath(folder, `${stem} ${suffix}`, { extension, overwrite: p.overwrite });
      const t = p.targets;
      const dest: ExportDestinations = {
        ...(t.print ? { print: at('印刷', '.pdf') } : {}),
        ...(t.proof ? { proof: at('大样', '.pdf') } : {}),
        ...(t.galley ? { galley: at('小样', '.pdf') } : {}),
        ...(t.epaper ? { epaper: at('数字报', '') } : {}),
        ...(t.newsml ? { newsml: at('NewsML', '') } : {}),
        ...(t.archive ? { archive: at('归档', '.zip') } : {}),
      };
      const profile = currentOutputProfile(c.db, c.dbPath);
      const s = registry.start(issue.id, folder, (signal, onProgress) =>
        runExport(c, issue.id, dest, { overwrite: p.overwrite, signal, onProgress, ...(profile ? { outputProfile: profile } : {}) }),
      );
      return { jobId: s.jobId };
    },
    'export.galley': async (p) => {
      const story = loadGalleyStory(c, p.storyId);
      const folder = exportFolder(c.dbPath, c.clock());
      mkdirSync(folder, { recursive: true });
      const path = safeOutputPath(folder, `${story.content.headline || `稿件${story.id}`} 小样`, { extension: '.pdf', overwrite: p.overwrite });
      const pdf = await writeGalleyPdf([story], c.fonts());
      try {
        writeFileSync(path, pdf, { flag: p.overwrite ? 'w' : 'wx' });
      } catch (err) {
        throw new BanxinError('EXPORT_FAILED', { zh: `：${(err as Error).message}`, en: `: ${(err as Error).message}` });
      }
      return { folder, file: file({ target: 'galley', path, bytes: pdf.length }) };
    },
    'export.outputProfile': () => profileView(),
    'export.setOutputProfile': (p, ctx) => {
      const user = actingUser(c.db, ctx.session.userId, PRODUCTION_ROLES, { zh: '只有美编、值班总编或管理员可以设置印刷输出条件。', en: 'Only layout staff, the duty editor or an administrator may set the output condition.' });
      if (p.profile) {
        try {
          saveOutputProfile(c.dbPath, p.profile.name, Buffer.from(p.profile.dataBase64, 'base64'));
        } catch (err) {
          const msg = (err as Error).message;
          if (/ICC profile|not an ICC/.test(msg)) throw new BanxinError('PROFILE_INVALID', { zh: /not CMYK/.test(msg) ? '它描述的不是 CMYK 印刷条件（PDF/X-1a 需要 CMYK 输出特性文件）。' : '不是 ICC 特性文件。', en: msg });
          throw new BanxinError('EXPORT_FAILED', { zh: `：${msg}`, en: `: ${msg}` });
        }
      } else removeOutputProfile(c.dbPath);
      write(c.db, () => {
        settingsRepo.set(c.db, OUTPUT_PROFILE_SETTING, p.profile?.name ?? null);
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: user.id, action: 'export.setOutputProfile', entity: 'settings', entityId: null, detail: p.profile?.name ?? DEFAULT_OUTPUT_CONDITION.identifier });
      });
      return profileView();
    },
    'export.cancel': async (p) => view(jobOrThrow(await registry.cancel(p.jobId))),
    'export.status': (p) => view(jobOrThrow(registry.status(p.jobId))),
  };
}
