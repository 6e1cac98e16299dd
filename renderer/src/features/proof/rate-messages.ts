import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

/** The 检出 / 差错率 panel's strings, zh-CN first: two figures, each explained in one line. */
const zh = {
  caught: '检出（校对记录）',
  caughtExplain: '各校次、各校对员查出的差错（不含批注和被退回的）：是校对的工作量，不代表见报质量。',
  caughtTotal: '共检出 {n} 处',
  noCaught: '还没有校对修改。',
  round: '校次',
  person: '校对员',
  residual: '差错率（见报）',
  residualExplain: '见报文字中留下的差错：终审签发时仍未处理的修改，加质检在已出版报纸上标出的差错；A 类计 2、B 类计 1、C 类计 0.1，每万字，不超过万分之三为合格。',
  openAtSignOff: '签发时未改',
  qualityMarks: '质检',
  weighted: '计错',
  notOut: '未签发',
  notOutCount: '{n} 篇未签发，不计',
  byMonth: '按月',
  month: '月份',
  noMonths: '还没有出版的版期。',
  caughtCol: '检出',
};
const en: Record<keyof typeof zh, string> = {
  caught: 'Caught (proofreaders’ record)',
  caughtExplain: 'What each round and proofreader found (not comments, not rejected): their work, not the quality of the paper.',
  caughtTotal: '{n} caught in all',
  noCaught: 'No corrections yet.',
  round: 'Round',
  person: 'Proofreader',
  residual: 'Error rate (as published)',
  residualExplain: 'Errors left in the text that went out: corrections still open at sign-off plus errors a quality check marked on the published paper; class A counts 2, B 1, C 0.1, per 10,000 characters; at most 3 passes.',
  openAtSignOff: 'Open at sign-off',
  qualityMarks: 'Quality check',
  weighted: 'Weighted',
  notOut: 'Not signed off',
  notOutCount: '{n} not signed off, not counted',
  byMonth: 'By month',
  month: 'Month',
  noMonths: 'No issue has gone out yet.',
  caughtCol: 'Caught',
};

export const rateMessages = { zh, en };
export const useRateT = (): FeatureT<keyof typeof zh> => useFeatureT(rateMessages);
