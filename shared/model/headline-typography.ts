import { z } from 'zod';

/** The three lines of a Chinese headline block: 引题 above, 主题, 副题 below. */
export const HEADLINE_TIERS = ['kicker', 'main', 'sub'] as const;
export type HeadlineTier = (typeof HEADLINE_TIERS)[number];

/**
 * How important a headline is on its page. The house style gives each rank its sizes, so a page
 * has a real hierarchy without the designer setting every headline by hand: the 头条 ('lead')
 * clearly the largest, other stories ('secondary') smaller, 简讯 ('brief') smaller still.
 */
export const HEADLINE_RANKS = ['lead', 'secondary', 'brief'] as const;
export type HeadlineRank = (typeof HEADLINE_RANKS)[number];

/** Type families the bundled fonts cover: 宋 (serif) and 黑 (sans). A registered font id may replace them. */
export const HEADLINE_FAMILIES = ['song', 'hei'] as const;
export const HEADLINE_WEIGHTS = ['regular', 'bold', 'heavy'] as const;
export const HEADLINE_ALIGNS = ['start', 'center', 'end', 'distribute'] as const;

/** Fit-to-width: size and 长/扁 may move within these limits so one line fills the measure. */
export const HeadlineFitSchema = z
  .object({
    minSize: z.number().min(5).max(200),
    maxSize: z.number().min(5).max(200),
    minScaleX: z.number().min(0.7).max(1.3),
    maxScaleX: z.number().min(0.7).max(1.3),
  })
  .strict()
  .refine((f) => f.minSize <= f.maxSize && f.minScaleX <= f.maxScaleX, { message: '适配范围的下限不能大于上限 / fit limits: min above max' });
export type HeadlineFitLimits = z.infer<typeof HeadlineFitSchema>;

/**
 * One tier's typography, every field optional: what is not set comes from the house style of the
 * frame's rank and the story's kind. A set `size` switches fit-to-width off for that tier.
 */
export const HeadlineTierStyleSchema = z
  .object({
    /** Size in points (the panel offers the 号 scale: 初号 42, 小初 36, 一号 26 …). */
    size: z.number().min(5).max(200).optional(),
    family: z.enum(HEADLINE_FAMILIES).optional(),
    weight: z.enum(HEADLINE_WEIGHTS).optional(),
    /** A registered font (fonts.list) used instead of the family; unknown ids fall back to the family. */
    fontId: z.string().min(1).max(120).optional(),
    /** Horizontal scale: below 1 长 (condensed), above 1 扁 (expanded). */
    scaleX: z.number().min(0.7).max(1.3).optional(),
    /** Extra space after every character, in ems of the tier's size (字距). */
    tracking: z.number().min(-0.1).max(1).optional(),
    /** Set in this many lines (1–4), broken where the text has spaces if it can. */
    lines: z.number().int().min(1).max(4).optional(),
    /** Manual line breaks: UTF-16 offsets into the tier's text (they win over `lines`). */
    breaks: z.array(z.number().int().min(1).max(200)).max(8).optional(),
    align: z.enum(HEADLINE_ALIGNS).optional(),
    /** Fit to the frame's width within limits; ignored while `size` is set. */
    fit: HeadlineFitSchema.optional(),
  })
  .strict();
export type HeadlineTierStyle = z.infer<typeof HeadlineTierStyleSchema>;

export const HeadlineTypographySchema = z
  .object({
    kicker: HeadlineTierStyleSchema.optional(),
    main: HeadlineTierStyleSchema.optional(),
    sub: HeadlineTierStyleSchema.optional(),
  })
  .strict();
export type HeadlineTypography = z.infer<typeof HeadlineTypographySchema>;

/** The Chinese 号 scale in points, largest first, for the panel's size menu. */
export const HAO_SCALE: ReadonlyArray<readonly [string, number]> = [
  ['初号', 42], ['小初', 36], ['一号', 26], ['小一', 24], ['二号', 22], ['小二', 18], ['三号', 16],
  ['小三', 15], ['四号', 14], ['小四', 12], ['五号', 10.5], ['小五', 9],
];

/** "小初 36 pt" for 36, "30 pt" for a size off the 号 scale. */
export function sizeLabel(pt: number): string {
  const hao = HAO_SCALE.find(([, v]) => v === pt)?.[0];
  return hao ? `${hao} ${pt} pt` : `${pt} pt`;
}
