import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

/** Strings of the box panel (zh-CN first). */
export const boxMessages = {
  zh: {
    boxPanel: '框稿',
    style_single: '单线',
    style_double: '双线',
    'style_thick-thin': '文武线',
    style_dashed: '虚线',
    style_none: '无框',
    tint: '底纹',
    tintNone: '无底纹',
    tintGrey: '浅灰 K10',
    tintYellow: '浅黄 M5 Y20',
    tintBlue: '浅蓝 C12 M3',
    tintRed: '浅红 M12 Y8',
    title: '框题',
    titlePlaceholder: '留空则用稿件主题',
    inset: '内边距',
    insetDefault: '一字',
  },
  en: {
    boxPanel: 'Box',
    style_single: 'Single',
    style_double: 'Double',
    'style_thick-thin': 'Thick-thin',
    style_dashed: 'Dashed',
    style_none: 'None',
    tint: 'Tint',
    tintNone: 'No tint',
    tintGrey: 'Grey K10',
    tintYellow: 'Yellow M5 Y20',
    tintBlue: 'Blue C12 M3',
    tintRed: 'Red M12 Y8',
    title: 'Box title',
    titlePlaceholder: 'empty: the story headline',
    inset: 'Inset',
    insetDefault: 'one em',
  },
} as const;

export type BoxKey = keyof (typeof boxMessages)['zh'];
export const useBoxT = (): FeatureT<BoxKey> => useFeatureT<BoxKey>(boxMessages);
