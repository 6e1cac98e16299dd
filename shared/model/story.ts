import { z } from 'zod';

/**
 * Workflow states of a story (and later of a page), in order. 三校 rounds are states so that the
 * software can enforce who may act in each.
 */
export const STORY_STATUSES = ['draft', 'editing', 'proof-1', 'proof-2', 'proof-3', 'awaiting-signoff', 'signed-off'] as const;
export const StoryStatusSchema = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatusSchema>;

export const STATUS_LABELS: Record<StoryStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  editing: { zh: '编辑中', en: 'Editing' },
  'proof-1': { zh: '一校', en: 'Proof 1' },
  'proof-2': { zh: '二校', en: 'Proof 2' },
  'proof-3': { zh: '三校', en: 'Proof 3' },
  'awaiting-signoff': { zh: '待签发', en: 'Awaiting sign-off' },
  'signed-off': { zh: '已签发', en: 'Signed off' },
};

/**
 * What an item on a page is: 消息/通讯 (article), 评论 (commentary), 框 (box: slogans, a public-service
 * panel), 简讯 (brief: a one-paragraph item or a ■ list), 图片说明 (caption: a photo's title and text
 * with its （某某 摄） credit), 通知/启事 (notice: signed by the issuing office and dated). The kind
 * decides the default head rank and setting (see shared/layout/kind-defaults.ts).
 */
export const STORY_KINDS = ['article', 'commentary', 'box', 'brief', 'caption', 'notice'] as const;
export const StoryKindSchema = z.enum(STORY_KINDS);
export type StoryKind = z.infer<typeof StoryKindSchema>;

/** Upper bounds that keep one story inside what a page can ever hold, and requests bounded. */
export const LIMITS = {
  headlineChars: 200,
  fieldChars: 500,
  paragraphChars: 20_000,
  paragraphs: 2_000,
  sectionChars: 40,
} as const;

/** A span of inline formatting inside a block, in UTF-16 offsets of the block's text. */
export const MarkSchema = z
  .object({ type: z.enum(['bold']), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((m) => m.end > m.start, { message: 'mark end must be after start' });

/** One block of body copy: a paragraph (indented two characters when set) or a 小标题. */
export const BlockSchema = z.object({
  type: z.enum(['paragraph', 'subheading']),
  text: z.string().max(LIMITS.paragraphChars),
  marks: z.array(MarkSchema).max(1000).optional(),
});
export type Block = z.infer<typeof BlockSchema>;

/** The editable content of a story: headline roles, credits and body. */
export const StoryContentSchema = z.object({
  kind: StoryKindSchema,
  kicker: z.string().max(LIMITS.headlineChars), // 引题
  headline: z.string().max(LIMITS.headlineChars), // 主题
  subhead: z.string().max(LIMITS.headlineChars), // 副题
  byline: z.string().max(LIMITS.fieldChars), // 署名
  dateline: z.string().max(LIMITS.fieldChars), // 电头, e.g. 本报讯（融媒记者 某某）
  section: z.string().max(LIMITS.sectionChars), // 栏目
  body: z.array(BlockSchema).max(LIMITS.paragraphs),
});
export type StoryContent = z.infer<typeof StoryContentSchema>;

export const StorySummarySchema = z.object({
  id: z.number().int(),
  kind: StoryKindSchema,
  kicker: z.string(),
  headline: z.string(),
  subhead: z.string(),
  byline: z.string(),
  section: z.string(),
  status: StoryStatusSchema,
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  charCount: z.number().int(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StorySummary = z.infer<typeof StorySummarySchema>;

export const StorySchema = StorySummarySchema.extend({ content: StoryContentSchema });
export type Story = z.infer<typeof StorySchema>;

export const RevisionSummarySchema = z.object({
  id: z.number().int(),
  storyId: z.number().int(),
  number: z.number().int(),
  authorId: z.number().int().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
  charCount: z.number().int(),
  note: z.string(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export function emptyContent(): StoryContent {
  return { kind: 'article', kicker: '', headline: '', subhead: '', byline: '', dateline: '', section: '', body: [] };
}
