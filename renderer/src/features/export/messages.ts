import { useCallback } from 'react';
import { useLang } from '../../i18n/store';

const zh = {
  title: '导出',
  issue: '期次',
  issueLabel: '{paper} {date} 第{number}期',
  noIssue: '还没有报纸期次。请先在“版面”中新建一期。',
  preflight: '预检',
  runPreflight: '运行预检',
  rerunPreflight: '重新预检',
  preflightHint: '导出前检查：签发、字体与缺字、超版、图片分辨率。',
  preflightNotRun: '尚未预检。开始导出时也会自动预检。',
  preflightOk: '预检通过，没有发现问题。',
  preflightSummary: '{errors} 个错误，{warnings} 个提醒',
  error: '错误',
  warning: '提醒',
  page: '第{n}版',
  pageName: '第{n}版 {name}',
  goToPage: '到版面查看',
  confirmAnyway: '仍要导出',
  gateTitle: '预检发现 {errors} 个错误，对外发布的输出暂不导出。',
  confirmHint: '确认已知晓上述问题并由责任人同意后，可勾选：',
  gateRule: '预检有错误时，印刷 PDF、数字报和 NewsML-G2 属于对外发布的输出，须勾选“仍要导出”确认后才能开始；大样 PDF 和归档包仅供内部校对与存档，不受此限制。',
  blocked: '预检发现错误。请先修正，或勾选“仍要导出”后再开始。',
  targets: '输出内容',
  targetPrint: '印刷 PDF',
  targetProof: '大样 PDF',
  targetEpaper: '数字报',
  targetNewsml: 'NewsML-G2',
  targetArchive: '归档包',
  noTarget: '请至少选择一项输出内容。',
  overwrite: '覆盖同名文件',
  overwriteHint: '不勾选时，若已有同名文件，新文件名后会加“(2)”等编号，原文件保留。',
  start: '开始导出',
  cancel: '取消',
  running: '正在导出…',
  done: '导出完成',
  cancelledTitle: '已取消',
  cancelled: '已取消导出，已写出的部分文件已删除。',
  failed: '导出失败',
  folder: '输出文件夹',
  folderHint: '导出文件统一保存在数据库旁的 exports 文件夹中（按日期分开）。',
  files: '已生成的文件',
  fileKind: '类型',
  fileName: '文件名',
  fileSize: '大小',
  folderSuffix: '（文件夹）',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Export',
  issue: 'Issue',
  issueLabel: '{paper} {date} No. {number}',
  noIssue: 'No issue yet. Create one in Layout first.',
  preflight: 'Preflight',
  runPreflight: 'Run preflight',
  rerunPreflight: 'Run again',
  preflightHint: 'Checks before export: sign-off, fonts and missing glyphs, overset, image resolution.',
  preflightNotRun: 'Not checked yet. Starting an export runs preflight too.',
  preflightOk: 'Preflight passed: no problems found.',
  preflightSummary: '{errors} errors, {warnings} warnings',
  error: 'Error',
  warning: 'Warning',
  page: 'Page {n}',
  pageName: 'Page {n} {name}',
  goToPage: 'Show in Layout',
  confirmAnyway: 'Export anyway',
  gateTitle: 'Preflight found {errors} errors: the published outputs are held back.',
  confirmHint: 'Once the problems are known and the person responsible agrees, tick:',
  gateRule: 'When preflight finds errors, the print PDF, e-paper and NewsML-G2 (the outputs that get published) start only after you tick "Export anyway"; the proof PDF and the archive are internal and are not held back.',
  blocked: 'Preflight found errors. Fix them, or tick "Export anyway" and start again.',
  targets: 'Outputs',
  targetPrint: 'Print PDF',
  targetProof: 'Proof PDF',
  targetEpaper: 'E-paper',
  targetNewsml: 'NewsML-G2',
  targetArchive: 'Archive',
  noTarget: 'Choose at least one output.',
  overwrite: 'Overwrite files with the same name',
  overwriteHint: 'Unticked, a new file gets " (2)" and so on when the name is taken; the old file is kept.',
  start: 'Start export',
  cancel: 'Cancel',
  running: 'Exporting…',
  done: 'Export finished',
  cancelledTitle: 'Cancelled',
  cancelled: 'Export cancelled; the files it had begun were removed.',
  failed: 'Export failed',
  folder: 'Output folder',
  folderHint: 'Exports are kept in the exports folder beside the database, one folder per day.',
  files: 'Files written',
  fileKind: 'Kind',
  fileName: 'Name',
  fileSize: 'Size',
  folderSuffix: ' (folder)',
};

/** The export view's strings, zh-CN first, kept here so the shared dictionaries stay untouched. */
export const exportMessages = { zh, en };

export type ExportKey = Key;
export type ExportT = (key: Key, vars?: Record<string, string | number>) => string;

/** Translate an export-view key in the UI language, filling `{name}` placeholders. */
export function useExportT(): ExportT {
  const lang = useLang((s) => s.lang);
  return useCallback<ExportT>(
    (key, vars) => {
      const template: string = lang === 'en' ? en[key] : zh[key];
      return vars ? template.replace(/\{(\w+)\}/g, (w, k: string) => (k in vars ? String(vars[k]) : w)) : template;
    },
    [lang],
  );
}
