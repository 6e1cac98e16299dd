import { z } from 'zod';

export const FRAME_ROLES = ['masthead', 'folio', 'headline', 'body', 'box', 'image', 'rule'] as const;
export const FrameRoleSchema = z.enum(FRAME_ROLES);
export type FrameRole = z.infer<typeof FrameRoleSchema>;

/** Per-frame settings: headline sizes, the body size, a box's title, text alignment. */
export const FramePropsSchema = z
  .object({
    /** 主题 size override in points. */
    headlineSize: z.number().min(6).max(120).optional(),
    /** For a rule: its thickness in points. */
    ruleWidth: z.number().min(0.1).max(10).optional(),
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
