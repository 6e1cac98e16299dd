import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

const zh = {
  byStory: '按稿件',
  byIssue: '按版面 / 整期',
  pickIssue: '选择一期报纸',
  issueLabel: '{date} 第{number}期',
  issueTotal: '整期',
  page: '版',
  pageName: '第{n}版 {name}',
  stories: '篇',
  checkPage: '检查整版',
  checkIssue: '检查整期',
  checkedPage: '第{n}版：{stories} 篇稿件，{findings} 处问题',
  checkedIssue: '整期：{stories} 篇稿件，{findings} 处问题',
  noFindings: '未发现问题',
  noStories: '本期版面上还没有稿件。',
  openStory: '校对此稿',
  onPages: '第{pages}版',
};
const en: Record<keyof typeof zh, string> = {
  byStory: 'By story',
  byIssue: 'By page / issue',
  pickIssue: 'Choose an issue',
  issueLabel: '{date} No. {number}',
  issueTotal: 'Whole issue',
  page: 'Page',
  pageName: 'Page {n} {name}',
  stories: 'n',
  checkPage: 'Check page',
  checkIssue: 'Check whole issue',
  checkedPage: 'Page {n}: {stories} stories, {findings} findings',
  checkedIssue: 'Issue: {stories} stories, {findings} findings',
  noFindings: 'No findings',
  noStories: 'No stories are placed on this issue’s pages yet.',
  openStory: 'Proofread this story',
  onPages: 'Page {pages}',
};

export const issueMessages = { zh, en };
export const useIssueT = (): FeatureT<keyof typeof zh> => useFeatureT(issueMessages);
