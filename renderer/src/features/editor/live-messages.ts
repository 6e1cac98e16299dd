import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

const zh = {
  live: '实时校对',
  count: '{n} 处',
  legend: '输入停顿后自动校对正文（含本报词库），波浪线标出问题，悬停查看说明。',
  punct: '标点',
  space: '空格与分段',
  word: '字词',
  number: '数字与日期',
  policy: '规范表述与禁用词',
  timing: '上次检查 {ms} ms，重查 {n} 段',
  fix: '改为“{s}”',
  remove: '删去',
};
const en: Record<keyof typeof zh, string> = {
  live: 'Live check',
  count: '{n}',
  legend: 'When you pause typing the body is checked (with the newsroom lexicons); problems are underlined, hover for the reason.',
  punct: 'Punctuation',
  space: 'Spacing and breaks',
  word: 'Words',
  number: 'Numbers and dates',
  policy: 'Formulations and banned terms',
  timing: 'Last check {ms} ms, {n} paragraphs re-checked',
  fix: 'Change to “{s}”',
  remove: 'Delete',
};

export const liveMessages = { zh, en };
export const useLiveT = (): FeatureT<keyof typeof zh> => useFeatureT(liveMessages);
