import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

/** Strings of 报纸设置 (zh-CN first). */
export const paperMessages = {
  zh: {
    paperSettings: '报纸设置',
    save: '保存',
    cancel: '取消',
    paperName: '报名',
    cnNumber: '刊号',
    cnHint: '国内统一连续出版物号，如 CN 33-0012；没有可留空',
    cnBad: '刊号应为 CN xx-xxxx（如 CN 33-0012，可带 /G 等分类号）',
    publisher: '主办单位',
    publisherHint: '如 中共永康市委',
    extraLines: '报头其他行',
    extraHint: '每行一项，最多 4 行：邮发代号、新闻热线、网址……',
  },
  en: {
    paperSettings: 'Paper settings',
    save: 'Save',
    cancel: 'Cancel',
    paperName: 'Paper',
    cnNumber: 'CN number',
    cnHint: 'The national serial number, e.g. CN 33-0012; leave empty if none',
    cnBad: 'The CN number reads CN xx-xxxx (e.g. CN 33-0012, optionally /G)',
    publisher: 'Publisher',
    publisherHint: 'e.g. 中共永康市委',
    extraLines: 'Other masthead lines',
    extraHint: 'One per line, at most 4: postal code, news hotline, website …',
  },
} as const;

export type PaperKey = keyof (typeof paperMessages)['zh'];
export const usePaperT = (): FeatureT<PaperKey> => useFeatureT<PaperKey>(paperMessages);
