import { z } from 'zod';
import { HEADLINE_RANKS, HeadlineTypographySchema } from './headline-typography';

export const FRAME_ROLES = ['masthead', 'folio', 'headline', 'body', 'box', 'image', 'rule'] as const;
export const FrameRoleSchema = z.enum(FRAME_ROLES);
export type FrameRole = z.infer<typeof FrameRoleSchema>;

/**
 * How a picture sits in its frame: 'fill' covers the picture area proportionally, centred (the
 * overflow cropped); 'fit' shows all of it proportionally; 'crop' covers it like 'fill' but where
 * the user moved (and enlarged) the picture.
 */
export const IMAGE_FITS = ['fill', 'fit', 'crop'] as const;
export type ImageFit = (typeof IMAGE_FITS)[number];

/** 花边 of a box: one rule, two, a heavy outer and light inner (文武线), dashed, or none (a tint only). */
export const BOX_STYLES = ['single', 'double', 'thick-thin', 'dashed', 'none'] as const;
export type BoxStyle = (typeof BOX_STYLES)[number];

/** Per-frame settings: headline sizes, the body size, a box's title, text alignment. */
export const FramePropsSchema = z
  .object({
    /** 主题 size override in points (older frames; `headline.main.size` supersedes it). */
    headlineSize: z.number().min(6).max(120).optional(),
    /** A headline frame's typography per tier (引题, 主题, 副题); unset fields follow the house style. */
    headline: HeadlineTypographySchema.optional(),
    /** A headline frame's rank on its page, which picks its house style (default 'secondary'). */
    headlineRank: z.enum(HEADLINE_RANKS).optional(),
    /** A headline frame that heads a story's continuation on a later page: it shows the 转版标题. */
    continuation: z.boolean().optional(),
    /** The 转版标题: a short headline for the continuation (default: the story's 主题). */
    jumpTitle: z.string().trim().max(60).optional(),
    /** A headline frame set 竖排: the 主题 in vertical columns from the frame's right edge. */
    vertical: z.boolean().optional(),
    /** For a box (框稿): its 花边 (frame style), 底纹 (a CMYK tint, 0–1 per ink), its own title and text inset in mm. */
    boxStyle: z.enum(BOX_STYLES).optional(),
    tint: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
    boxTitle: z.string().trim().max(60).optional(),
    inset: z.number().min(0).max(20).optional(),
    /** For a rule: its thickness in points. */
    ruleWidth: z.number().min(0.1).max(10).optional(),
    /** For an image frame: the picture (images table), how it sits in the frame, its 图片说明 and 摄影. */
    imageId: z.number().int().positive().optional(),
    fit: z.enum(IMAGE_FITS).optional(),
    /** Crop: the picture's centre moved from the frame's centre, in mm (fit 'crop' only). */
    cropX: z.number().min(-2000).max(2000).optional(),
    cropY: z.number().min(-2000).max(2000).optional(),
    /** Crop: enlargement beyond filling the frame, 1…8 (fit 'crop' only). */
    cropScale: z.number().min(1).max(8).optional(),
    /** For a body frame: 平衡栏尾, the story's last row of columns ends level (absent = on). */
    balanceColumns: z.boolean().optional(),
    caption: z.string().max(2000).optional(),
    credit: z.string().max(100).optional(),
  })
  .strict();
export type FrameProps = z.infer<typeof FramePropsSchema>;

const mm = z.number().min(-100).max(2000);

export const FrameSchema = z.object({
  id: z.number().int(),
  pageId: z.number().int(),
  storyId: z.number().int().nullable(),
  role: FrameRoleSchema,
  x: mm,
  y: mm,
  w: z.number().positive().max(2000),
  h: z.number().positive().max(2000),
  chain: z.number().int(),
  props: FramePropsSchema,
});
export type Frame = z.infer<typeof FrameSchema>;

export const PageSchema = z.object({
  id: z.number().int(),
  issueId: z.number().int(),
  number: z.number().int(),
  name: z.string(),
  template: z.string(),
  editor: z.string(),
  designer: z.string(),
  proofreader: z.string(),
});
export type Page = z.infer<typeof PageSchema>;

export const IssueSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  number: z.number().int(),
  totalNumber: z.number().int(),
  paperName: z.string(),
  publisher: z.string(),
  cnNumber: z.string(),
  pages: z.array(PageSchema),
});
export type Issue = z.infer<typeof IssueSchema>;

export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real date');
