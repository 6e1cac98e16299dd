import { basename, resolve } from 'node:path';
import { BanxinError } from '../../shared/api/errors';
import { OverrideParamsSchema } from '../../shared/model/workflow-override';
import { holdUnsignedExport } from '../core/services/unsigned-export-hold';
import { PUBLISHED_TARGETS } from '../core/services/workflow-rules';
import { contextOfCore } from '../export/core-context';
import { runExport, type ExportDestinations } from '../export/export-run';
import { pageUnsigned, loadIssueBundle } from '../export/issue-bundle';
import { currentOutputProfile } from '../export/output-profile';
import { preflight } from '../export/preflight';
import { layoutRepo } from '../store/layout-repo';
import { takeFlag, takeOption, takeStoreArgs, type CliIo } from './io';
import { openCliCore } from './open-core';

/** The reason recorded when the CLI exports unsigned pages and none was given. */
const CLI_DEFAULT_REASON = '命令行导出，未写理由 / CLI export, no reason given';

const USAGE =
  'usage: export [--db PATH] [--user NAME] --issue ID|latest [--pdf OUT] [--proof OUT] [--galley OUT] [--epaper DIR] [--newsml DIR] [--archive FILE] [--overwrite] [--strict] [--crop-marks] [--icc FILE.icc] [--override-reason TEXT]\n' +
  '  --override-reason  the reason recorded when print, e-paper or NewsML go out with unsigned stories (the app refuses\n' +
  '                     them; the CLI, run by whoever holds the database file, records an override as --user, default admin)\n' +
  '  --galley     小样: every story of the issue as a galley proof at its page measure, corrections marked\n' +
  '  --icc        the plant\'s CMYK output profile to embed (default: the one set in 导出, else FOGRA39 by reference)\n' +
  '  --strict     stop when preflight finds an error (default: report and export anyway)\n' +
  '  --overwrite  replace existing outputs (default: refuse)\n' +
  '  --crop-marks print PDF with 3 mm bleed and crop marks around each page (default: page size = trim size)\n';

/**
 * `export`: writes an issue's print PDF, proof PDFs (大样, 小样), e-paper folder, NewsML-G2 folder and
 * archive zip to the paths given. Preflight problems go to stderr; the written files are
 * printed as JSON on stdout. Returns the exit code.
 */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  if (takeFlag(args, '--help') || takeFlag(args, '-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const issueArg = takeOption(args, '--issue');
  const dest: ExportDestinations = {};
  for (const [opt, key] of [['--pdf', 'print'], ['--proof', 'proof'], ['--galley', 'galley'], ['--epaper', 'epaper'], ['--newsml', 'newsml'], ['--archive', 'archive']] as const) {
    const v = takeOption(args, opt);
    if (v !== undefined) dest[key] = resolve(v);
  }
  const overwrite = takeFlag(args, '--overwrite');
  const strict = takeFlag(args, '--strict');
  const cropMarks = takeFlag(args, '--crop-marks');
  const iccArg = takeOption(args, '--icc');
  const storeArgs = takeStoreArgs(args);
  const userArg = takeOption(args, '--user');
  const reasonArg = takeOption(args, '--override-reason');
  if (!issueArg || Object.keys(dest).length === 0 || args.length > 0) {
    io.stderr(`export: ${args.length > 0 ? `unexpected argument ${args[0]}` : 'missing --issue or an output'}\n${USAGE}`);
    return 2;
  }
  const override = reasonArg === undefined ? undefined : OverrideParamsSchema.safeParse({ reason: reasonArg });
  if (override && !override.success) {
    io.stderr(`export: --override-reason: ${override.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const { core, dbPath, userId } = await openCliCore([...storeArgs, ...(userArg ? ['--user', userArg] : [])]);
  try {
    const issue = issueArg === 'latest' ? layoutRepo.latestIssue(core.db) : /^\d+$/.test(issueArg) ? layoutRepo.issue(core.db, Number(issueArg)) : undefined;
    if (!issue) {
      io.stderr(`export: 找不到报纸期次 / no such issue: ${issueArg}\n`);
      return 2;
    }
    const ctx = contextOfCore(core, dbPath);
    // The core's rule, not a CLI variant of it. Whoever runs the CLI holds the database file itself,
    // so the CLI does not refuse; it records the override (who, when, why) as the app would, and the
    // 大样 and the audit log show it. A --user who may not override (a reporter) is refused.
    if (PUBLISHED_TARGETS.some((k) => dest[k])) {
      const reason = override?.data ?? { reason: CLI_DEFAULT_REASON };
      const n = holdUnsignedExport(ctx, issue.id, reason, userId);
      if (n > 0) io.stderr(`export: ${n} 篇未签发稿件随印刷/数字报输出，已记录强制输出（理由：${reason.reason}）/ ${n} unsigned ${n === 1 ? 'story' : 'stories'} exported; override recorded\n`);
    }
    const bundle = loadIssueBundle(ctx, issue.id);
    const report = preflight(bundle.pages.map((p) => p.list), core.fonts(), { unsigned: (id) => pageUnsigned(bundle, id) });
    for (const p of report.problems) io.stderr(`preflight ${p.severity}: ${p.messageZh} / ${p.messageEn}\n`);
    if (strict && !report.ok) return 1;
    const outputProfile = iccArg ? { name: basename(iccArg), path: resolve(iccArg) } : currentOutputProfile(core.db, dbPath);
    const files = await runExport(ctx, issue.id, dest, { overwrite, cropMarks, ...(outputProfile ? { outputProfile } : {}) });
    io.stdout(JSON.stringify({ issue: { id: issue.id, date: issue.date, paperName: issue.paperName }, preflightOk: report.ok, files }, null, 2) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof BanxinError) {
      io.stderr(`export: ${err.messageZh} / ${err.messageEn}\n`);
      return 1;
    }
    io.stderr(`export: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    core.close();
  }
}
