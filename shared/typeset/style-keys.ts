/**
 * The styles a newsroom can give its own fonts (e.g. its licensed 方正书宋 for body, 方正大标宋 for
 * 主题). One key per style family: both body sizes (五号, 小五) share 正文, and the derived
 * variants of a style (a right-aligned 署名 for jump lines) follow their parent.
 */
export const STYLE_KEYS = ['body', 'yinti', 'zhuti', 'futi', 'xiaobiaoti', 'shuming', 'caption', 'vertical-headline'] as const;
export type StyleKey = (typeof STYLE_KEYS)[number];

export const STYLE_KEY_LABELS: Record<StyleKey, { zh: string; en: string }> = {
  body: { zh: '正文', en: 'Body' },
  yinti: { zh: '引题', en: 'Kicker' },
  zhuti: { zh: '主题', en: 'Headline' },
  futi: { zh: '副题', en: 'Subhead' },
  xiaobiaoti: { zh: '小标题', en: 'Crosshead' },
  shuming: { zh: '署名', en: 'Byline' },
  caption: { zh: '图片说明', en: 'Caption' },
  'vertical-headline': { zh: '竖排标题', en: 'Vertical headline' },
};

/** The key a style's fonts are chosen under (`body-small` and `body` are both 正文). */
export function styleKeyOf(styleId: string): StyleKey | undefined {
  if (styleId === 'body' || styleId === 'body-small') return 'body';
  return (STYLE_KEYS as readonly string[]).includes(styleId) ? (styleId as StyleKey) : undefined;
}

/** A newsroom's font choices: for each style key chosen, its fonts in order of preference. */
export type StyleFonts = Partial<Record<StyleKey, readonly string[]>>;
