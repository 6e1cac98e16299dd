import { z } from 'zod';

/** GB/T 14706 correction kinds, each with the mark's meaning shown to proofreaders. */
export const CORRECTION_KINDS = ['insert', 'delete', 'replace', 'transpose', 'split', 'join', 'comment'] as const;
export const CorrectionKindSchema = z.enum(CORRECTION_KINDS);
export type CorrectionKind = z.infer<typeof CorrectionKindSchema>;

export const CORRECTION_LABELS: Record<CorrectionKind, { zh: string; en: string; mark: string }> = {
  insert: { zh: '增补', en: 'Insert', mark: '增补号：在标出位置补入文字' },
  delete: { zh: '删除', en: 'Delete', mark: '删除号：删去圈出的文字' },
  replace: { zh: '改正', en: 'Replace', mark: '改正号：将圈出的文字改为标注的文字' },
  transpose: { zh: '对调', en: 'Transpose', mark: '对调号：对调两处文字的位置' },
  split: { zh: '另起段', en: 'New paragraph', mark: '另起号：从标出位置另起一段' },
  join: { zh: '接排', en: 'Run on', mark: '接排号：两段接排为一段' },
  comment: { zh: '批注', en: 'Comment', mark: '批注：提请编辑注意，不改动文字' },
};

/** 差错 classes: A are the most serious (names, titles and their order, meetings and 届次, 报头/报眉). */
export const ErrorClassSchema = z.enum(['A', 'B', 'C']);
export type ErrorClass = z.infer<typeof ErrorClassSchema>;

export const CorrectionStatusSchema = z.enum(['open', 'accepted', 'rejected', 'stale']);

export const CorrectionSchema = z.object({
  id: z.number().int(),
  storyId: z.number().int(),
  round: z.number().int().min(1).max(3),
  authorId: z.number().int(),
  authorName: z.string(),
  role: z.string(),
  kind: CorrectionKindSchema,
  start: z.number().int(),
  end: z.number().int(),
  original: z.string(),
  replacement: z.string(),
  comment: z.string(),
  errorClass: ErrorClassSchema,
  category: z.string(),
  status: CorrectionStatusSchema,
  createdAt: z.string(),
  decidedBy: z.number().int().nullable(),
  decidedAt: z.string().nullable(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** 三审: 初审, 复审, 终审 (终审 is the sign-off, 签发). One person may do only one stage of an item. */
export const REVIEW_STAGES = ['first', 'second', 'final'] as const;
export const ReviewStageSchema = z.enum(REVIEW_STAGES);
export type ReviewStage = z.infer<typeof ReviewStageSchema>;
export const REVIEW_LABELS: Record<ReviewStage, { zh: string; en: string }> = {
  first: { zh: '初审', en: 'First review' },
  second: { zh: '复审', en: 'Second review' },
  final: { zh: '终审（签发）', en: 'Final review (sign-off)' },
};

export const ReviewSchema = z.object({
  id: z.number().int(),
  stage: ReviewStageSchema,
  userId: z.number().int(),
  userName: z.string(),
  revision: z.number().int(),
  contentHash: z.string(),
  at: z.string(),
  voidedAt: z.string().nullable(),
  /** True while the story is still exactly what was approved. */
  valid: z.boolean(),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The regulatory ceiling: at most 3 errors per 10,000 characters (万分之三). */
export const ERROR_RATE_LIMIT = 3;
