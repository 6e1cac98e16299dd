import { DEFAULT_KINSOKU, type KinsokuLevel } from './kinsoku';
import { DEFAULT_PUNCTUATION, type PunctuationStyle } from './punctuation';

/** Chinese type sizes (字号) in points. */
export const HAO = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
  六号: 7.5,
  小六: 6.5,
  七号: 5.5,
  八号: 5,
} as const;

/** A named Chinese type size. */
export type HaoName = keyof typeof HAO;

/** Size in points of a named 号, or the number itself when given in points. */
export function sizeOf(size: HaoName | number): number {
  return typeof size === 'number' ? size : HAO[size];
}

/** Name of the 号 exactly equal to `pt`, if any. */
export function haoName(pt: number): HaoName | undefined {
  for (const [name, value] of Object.entries(HAO) as [HaoName, number][]) {
    if (value === pt) return name;
  }
  return undefined;
}

/**
 * How lines are aligned: `justify` (body: every line but the last fills the measure),
 * `start` / `center` / `end`, or `distribute` (均排: every line, including the last, fills the
 * measure by even spacing — headlines).
 */
export type Alignment = 'justify' | 'start' | 'center' | 'end' | 'distribute';

/** Fit-to-width limits for headlines: size and horizontal scale may move within these bounds. */
export interface FitLimits {
  readonly minSize: number;
  readonly maxSize: number;
  /** Narrowest 长 scale allowed (e.g. 0.8). */
  readonly minScaleX: number;
  /** Widest 扁 scale allowed (e.g. 1.2). */
  readonly maxScaleX: number;
}

/** A paragraph style: everything the composer needs to set a block of text. */
export interface TextStyle {
  readonly id: string;
  /** Chinese name shown to editors (正文, 主题 …). */
  readonly name: string;
  /** Type size in points. */
  readonly size: number;
  /** Line pitch in points (baseline to baseline); body pitch is the page's grid unit. */
  readonly leading: number;
  /** Font ids, first choice first; fallbacks for missing glyphs follow. */
  readonly fonts: readonly string[];
  readonly align: Alignment;
  /** First-line indent in ems (正文 2). */
  readonly indent: number;
  readonly kinsoku: KinsokuLevel;
  readonly punctuation: PunctuationStyle;
  /** Horizontal scale: < 1 长 (condensed), > 1 扁 (expanded). */
  readonly scaleX: number;
  /** Han–Latin gap in ems (clreq: ¼, shrinkable to ⅛); 0 disables it. */
  readonly latinGap: number;
  /** Fit a headline to the measure within these limits. */
  readonly fit?: FitLimits;
  /** 竖排: set top to bottom, columns right to left. */
  readonly vertical?: boolean;
  /** Extra space before the block, in points. */
  readonly spaceBefore?: number;
}

// Font ids registered by electron/fonts for the npm Noto families.
export const FONT_SERIF = 'noto-serif-sc-400';
export const FONT_SERIF_BOLD = 'noto-serif-sc-700';
export const FONT_SERIF_HEAVY = 'noto-serif-sc-900';
export const FONT_SANS = 'noto-sans-sc-400';
export const FONT_SANS_BOLD = 'noto-sans-sc-700';

const base = {
  align: 'justify',
  indent: 0,
  kinsoku: DEFAULT_KINSOKU,
  punctuation: DEFAULT_PUNCTUATION,
  scaleX: 1,
  latinGap: 0.25,
} as const;

/**
 * Body at a grid-friendly pitch: the line pitch is rounded to a quarter point so that
 * lines on neighbouring columns share baselines (纵横对齐).
 */
export function bodyStyle(size: 9 | 10.5, overrides: Partial<TextStyle> = {}): TextStyle {
  return {
    ...base,
    id: size === 9 ? 'body-small' : 'body',
    name: size === 9 ? '正文（小五）' : '正文（五号）',
    size,
    leading: Math.round(size * 1.5 * 4) / 4,
    fonts: [FONT_SERIF],
    indent: 2,
    ...overrides,
  };
}

/** The standard style table of a county broadsheet. */
export const STYLES = {
  body: bodyStyle(10.5),
  bodySmall: bodyStyle(9),
  /** 引题: above the main headline, 黑体 四号. */
  yinti: { ...base, id: 'yinti', name: '引题', size: HAO.四号, leading: 20, fonts: [FONT_SANS], align: 'center' },
  /** 主题: the main headline, heavy 宋 一号, fitted to the measure. */
  zhuti: {
    ...base,
    id: 'zhuti',
    name: '主题',
    size: HAO.一号,
    leading: 34,
    fonts: [FONT_SERIF_HEAVY],
    align: 'center',
    fit: { minSize: HAO.小二, maxSize: HAO.小初, minScaleX: 0.85, maxScaleX: 1.15 },
  },
  /** 副题: below the main headline. */
  futi: { ...base, id: 'futi', name: '副题', size: HAO.小三, leading: 21, fonts: [FONT_SANS], align: 'center' },
  /** 小标题: section heads inside a story. */
  xiaobiaoti: {
    ...base,
    id: 'xiaobiaoti',
    name: '小标题',
    size: HAO.五号,
    leading: 16,
    fonts: [FONT_SANS_BOLD],
    align: 'start',
  },
  /** 署名: byline. */
  shuming: { ...base, id: 'shuming', name: '署名', size: HAO.小五, leading: 14, fonts: [FONT_SANS], align: 'start' },
  /** 图片说明: caption. */
  caption: { ...base, id: 'caption', name: '图片说明', size: HAO.小五, leading: 13.5, fonts: [FONT_SANS], align: 'justify' },
  /** 竖排标题: vertical headline. */
  verticalHeadline: {
    ...base,
    id: 'vertical-headline',
    name: '竖排标题',
    size: HAO.二号,
    leading: 28,
    fonts: [FONT_SERIF_HEAVY],
    align: 'start',
    vertical: true,
  },
} as const satisfies Record<string, TextStyle>;
