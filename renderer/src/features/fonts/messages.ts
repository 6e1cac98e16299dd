import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

const zh = {
  button: '字体',
  buttonHint: '各样式所用字体；添加本报已购买授权的字体文件',
  title: '字体与样式',
  intro: '为每个样式选用字体。所选字体排在前面，样式原有字体作为缺字时的后备；改动立即用于所有版面、字数与 PDF。',
  style: '样式',
  fonts: '字体',
  defaults: '默认：{fonts}',
  useDefault: '恢复默认',
  add: '添加字体文件…',
  addHint: '.ttf / .otf / .ttc，最大 64 MB。版心不附带方正字体：请添加本报已授权的字体。',
  added: '已添加：{names}',
  saved: '已设置“{style}”的字体',
  sourceNpm: '内置',
  sourceSystem: '本机',
  sourceUser: '本报添加',
  sample: '永康市委经济工作会议 2025年1月3日',
  forbiddenHint: '只有美编、值班总编或管理员可以更改字体。',
};
type Key = keyof typeof zh;
const en: Record<Key, string> = {
  button: 'Fonts',
  buttonHint: 'The fonts of each style; add the paper’s licensed font files',
  title: 'Fonts and styles',
  intro: 'Choose the fonts of each style. The chosen font comes first and the style’s own fonts stay behind it for missing characters; the change applies at once to every page, copyfit and the PDF.',
  style: 'Style',
  fonts: 'Fonts',
  defaults: 'Default: {fonts}',
  useDefault: 'Use default',
  add: 'Add a font file…',
  addHint: '.ttf / .otf / .ttc, up to 64 MB. Banxin ships no 方正 fonts: add the ones your paper has licensed.',
  added: 'Added: {names}',
  saved: 'Fonts of “{style}” set',
  sourceNpm: 'Bundled',
  sourceSystem: 'Installed',
  sourceUser: 'Added',
  sample: '永康市委经济工作会议 2025年1月3日',
  forbiddenHint: 'Only layout staff, the duty editor or an administrator may change fonts.',
};

export const fontsMessages = { zh, en };
export type FontsT = FeatureT<Key>;
export const useFontsT = (): FontsT => useFeatureT(fontsMessages);
