import { fillPlaceholders, useFeatureT, type FeatureT } from '../../i18n/feature-t';
import { useLang } from '../../i18n/store';

const zh = {
  dialogTitle: '需要写明理由：{rule}',
  reason: '理由',
  reasonPlaceholder: '写明为什么要这样做（将记入审计日志，并印在大样上）',
  reasonTooShort: '请至少写两个字的理由。',
  recordedAs: '将以“{name}”的名义记录，时间为提交时。',
  submit: '记录理由并继续',
  cancel: '取消',
  overrides: '已记录的例外',
  overrideLine: '{rule}：{name} · {at} · 理由：{reason}',
  sendWithOpen: '还有 {n} 处校对修改未处理。确要送“待签发”，请写明理由。',
  firstBeforeRounds: '校对尚未完成（现为“{status}”）：三校后送“待签发”才能初审。',
  firstNeedsAuthority: '三校后送“待签发”才能初审；如须提前，由值班总编或管理员写明理由。',
  overrideFirst: '提前初审（写明理由）',
  onlyDutyEditor: '终审（签发）只能由值班总编执行。',
  onlyReviewers: '{stage}须由编辑、值班总编或管理员执行。',
  differentPeople: '三审须由不同的人完成：你已做过本稿的{stage}。',
  openStory: '打开稿件',
  exportNeedsAuthority: '有稿件尚未签发：印刷版、数字报和 NewsML 只能由值班总编或管理员写明理由后输出。',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  dialogTitle: 'A reason is required: {rule}',
  reason: 'Reason',
  reasonPlaceholder: 'Say why (recorded in the audit log and printed on the proof)',
  reasonTooShort: 'Give a reason of at least two characters.',
  recordedAs: 'Recorded under “{name}”, with the time of submitting.',
  submit: 'Record the reason and go on',
  cancel: 'Cancel',
  overrides: 'Exceptions on record',
  overrideLine: '{rule}: {name} · {at} · reason: {reason}',
  sendWithOpen: '{n} corrections are still open. To send it for sign-off anyway, give a reason.',
  firstBeforeRounds: 'Proofreading is not complete (it is “{status}”): the first review comes after the third round, at “awaiting sign-off”.',
  firstNeedsAuthority: 'The first review comes after the third round; to do it earlier the duty editor or an administrator gives a reason.',
  overrideFirst: 'First review early (with a reason)',
  onlyDutyEditor: 'Only the duty editor gives the final review (sign-off).',
  onlyReviewers: 'The {stage} is for an editor, the duty editor or an administrator.',
  differentPeople: 'Three reviews need three people: you already did the {stage} of this story.',
  openStory: 'Open the story',
  exportNeedsAuthority: 'Some stories are not signed off: print, e-paper and NewsML need the duty editor or an administrator to give a reason.',
};

export const workflowMessages = { zh, en };
export type WorkflowT = FeatureT<Key>;

/** The workflow dialogs' and hints' strings in the UI language. */
export const useWorkflowT = (): WorkflowT => useFeatureT(workflowMessages);

/** The same strings outside React (stores), in the UI language now. */
export const workflowText = (key: Key, vars?: Record<string, string | number>): string =>
  fillPlaceholders((useLang.getState().lang === 'en' ? en : zh)[key], vars);
