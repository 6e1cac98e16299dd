import { useCallback } from 'react';
import { useLang } from '../../i18n/store';

const zh = {
  title: '校对',
  pickStory: '选择稿件',
  fromEditor: '编辑中打开的稿件',
  noStory: '请选择一篇稿件进行校对。',
  reload: '刷新',
  fieldKicker: '引题',
  fieldHeadline: '主题',
  fieldSubhead: '副题',
  fieldByline: '署名',
  fieldDateline: '电头',
  bodyHint: '在正文中选中文字（或点一下放置插入点），再选择校对符号。',
  selected: '选中：',
  caretAt: '插入点：第 {at} 字位',
  noSelection: '尚未选中文字',
  replacement: '改为',
  comment: '批注',
  errorClass: '差错类别',
  classA: 'A 类（姓名职务、会议届次等）',
  classB: 'B 类',
  classC: 'C 类',
  mark: '标注',
  marked: '已标注：{kind}',
  cannotMark: '所选位置不适合这种校对符号。',
  corrections: '校对修改',
  openCount: '{n} 处待处理',
  acceptSelected: '采纳所选',
  rejectSelected: '退回所选',
  acceptAll: '全部采纳',
  rejectAll: '全部退回',
  accepted: '已采纳',
  rejected: '已退回',
  stale: '已失效',
  open: '待处理',
  noCorrections: '暂无校对修改',
  round: '第{n}校',
  roundNames: '一校|二校|三校',
  findings: '检查结果',
  runCheck: '运行检查',
  noFindings: '未发现问题',
  adopt: '采纳为修改',
  onlyBody: '仅正文可标注为修改',
  reviews: '三审',
  doReview: '执行{stage}',
  reviewValid: '有效',
  reviewVoid: '内容已改动，失效',
  notDone: '未完成',
  errorRate: '差错率',
  perTenThousand: '万分之 {n}',
  limit: '限值：万分之三',
  within: '合格',
  over: '超标',
  total: '合计',
  chars: '字数',
  story: '稿件',
  status: '状态',
  moveTo: '送{status}',
  workflow: '流程',
  by: '{name}（{role}）',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Proofreading',
  pickStory: 'Choose a story',
  fromEditor: 'Story open in the editor',
  noStory: 'Choose a story to proofread.',
  reload: 'Reload',
  fieldKicker: 'Kicker',
  fieldHeadline: 'Headline',
  fieldSubhead: 'Subhead',
  fieldByline: 'Byline',
  fieldDateline: 'Dateline',
  bodyHint: 'Select text in the body (or click to place a caret), then choose a proof mark.',
  selected: 'Selected: ',
  caretAt: 'Caret at offset {at}',
  noSelection: 'Nothing selected',
  replacement: 'Change to',
  comment: 'Comment',
  errorClass: 'Error class',
  classA: 'Class A (names, titles, meetings…)',
  classB: 'Class B',
  classC: 'Class C',
  mark: 'Mark',
  marked: 'Marked: {kind}',
  cannotMark: 'This proof mark does not fit the selection.',
  corrections: 'Corrections',
  openCount: '{n} open',
  acceptSelected: 'Accept selected',
  rejectSelected: 'Reject selected',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  accepted: 'Accepted',
  rejected: 'Rejected',
  stale: 'Stale',
  open: 'Open',
  noCorrections: 'No corrections yet',
  round: 'Round {n}',
  roundNames: 'Proof 1|Proof 2|Proof 3',
  findings: 'Checker',
  runCheck: 'Run checker',
  noFindings: 'No findings',
  adopt: 'Adopt as correction',
  onlyBody: 'Only body findings can become corrections',
  reviews: 'Three reviews',
  doReview: 'Do {stage}',
  reviewValid: 'Valid',
  reviewVoid: 'Content changed since: void',
  notDone: 'Not done',
  errorRate: 'Error rate',
  perTenThousand: '{n} per 10,000',
  limit: 'Limit: 3 per 10,000',
  within: 'Within limit',
  over: 'Over limit',
  total: 'Total',
  chars: 'Characters',
  story: 'Story',
  status: 'Status',
  moveTo: 'Send to {status}',
  workflow: 'Workflow',
  by: '{name} ({role})',
};

/** The proof view's strings, zh-CN first. */
export const proofMessages = { zh, en };

export type ProofT = (key: Key, vars?: Record<string, string | number>) => string;

/** Translate a proof-view key in the UI language, filling `{name}` placeholders. */
export function useProofT(): ProofT {
  const lang = useLang((s) => s.lang);
  return useCallback<ProofT>(
    (key, vars) => {
      const template: string = lang === 'en' ? en[key] : zh[key];
      return vars ? template.replace(/\{(\w+)\}/g, (w, k: string) => (k in vars ? String(vars[k]) : w)) : template;
    },
    [lang],
  );
}

/** Pick the zh or en half of one of the model's label records. */
export function useLabel(): (l: { zh: string; en: string }) => string {
  const lang = useLang((s) => s.lang);
  return useCallback((l) => (lang === 'en' ? l.en : l.zh), [lang]);
}
