import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

/** The 质检 view's strings, zh-CN first. */
const zh = {
  title: '质检',
  explain: '质检是对已出版报纸的检查：在见报文字上标出留下的差错，计入差错率（见报）。',
  issues: '已出版的版期',
  noIssues: '还没有签发出版的稿件。',
  issueLabel: '{paper} {date} 第{number}期',
  pageLabel: '第{n}版 {name}',
  notOut: '未签发',
  marksCount: '{n} 处',
  pickStory: '从左边选择一篇已出版的稿件。',
  selectHint: '在正文中选中有错的文字（漏字：点一下放置插入点），选择差错类别，写明应为什么，再点“标错”。',
  selected: '选中：{text}',
  caretAt: '插入点：第 {at} 字位',
  nothingSelected: '尚未选中文字',
  errorClass: '差错类别',
  note: '说明（应为……）',
  mark: '标错',
  marks: '质检标出的差错',
  noMarks: '本稿没有质检标错。',
  unmark: '撤销',
  by: '{name} · {at}',
  readOnly: '只有质检员、值班总编和管理员可以标错。',
  rate: '本期差错率（见报）',
};
const en: Record<keyof typeof zh, string> = {
  title: 'Quality check',
  explain: 'The quality check reads the published paper: errors marked on the text that went out count in the error rate (as published).',
  issues: 'Published issues',
  noIssues: 'No story has been signed off and published yet.',
  issueLabel: '{paper} {date} No. {number}',
  pageLabel: 'Page {n} {name}',
  notOut: 'Not signed off',
  marksCount: '{n} marked',
  pickStory: 'Choose a published story on the left.',
  selectHint: 'Select the wrong text in the body (a missing character: click to place a caret), choose the class, say what it should be, then Mark.',
  selected: 'Selected: {text}',
  caretAt: 'Caret at offset {at}',
  nothingSelected: 'Nothing selected',
  errorClass: 'Error class',
  note: 'Note (should read …)',
  mark: 'Mark',
  marks: 'Errors marked by the quality check',
  noMarks: 'No quality-check marks on this story.',
  unmark: 'Withdraw',
  by: '{name} · {at}',
  readOnly: 'Only the quality checker, the duty editor and administrators may mark.',
  rate: 'This issue’s error rate (as published)',
};

export const qualityMessages = { zh, en };
export const useQualityT = (): FeatureT<keyof typeof zh> => useFeatureT(qualityMessages);
