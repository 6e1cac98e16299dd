import { z } from 'zod';
import { CorrectionKindSchema, CorrectionSchema, ErrorClassSchema, ReviewSchema, ReviewStageSchema } from '../../model/proofing';
import { StorySchema } from '../../model/story';
import { OverrideParamsSchema } from '../../model/workflow-override';
import { method } from '../define';

const Id = z.number().int().positive();

export const FindingSchema = z.object({
  field: z.enum(['kicker', 'headline', 'subhead', 'byline', 'dateline', 'body']),
  start: z.number().int(),
  end: z.number().int(),
  category: z.string(),
  suggestion: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});
export type FindingView = z.infer<typeof FindingSchema>;

export const ErrorRateSchema = z.object({
  storyId: z.number().int(),
  headline: z.string(),
  chars: z.number().int(),
  byClass: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
  total: z.number().int(),
  /** Corrections per 10,000 characters. */
  perTenThousand: z.number(),
  withinLimit: z.boolean(),
});

export const proofingMethods = {
  'proof.check': method({
    summary: 'Run the checker over a story (headline fields and body) or over given text.',
    params: z.union([z.object({ storyId: Id }).strict(), z.object({ text: z.string().max(2_000_000) }).strict()]),
    result: z.array(FindingSchema),
    errors: ['NOT_FOUND', 'CHECK_TIMEOUT'],
    needsUser: false,
  }),
  'corrections.list': method({
    summary: 'All corrections on a story, in text order, with positions mapped to the current text.',
    params: z.object({ storyId: Id }).strict(),
    result: z.array(CorrectionSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'corrections.add': method({
    summary: 'Mark a correction in the current proof round: replace [start, end) of the body text. The text itself changes only when the correction is accepted.',
    params: z
      .object({
        storyId: Id,
        kind: CorrectionKindSchema,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        replacement: z.string().max(20_000).default(''),
        comment: z.string().max(2000).default(''),
        errorClass: ErrorClassSchema.default('C'),
        category: z.string().max(60).default(''),
      })
      .strict()
      .refine((p) => p.end >= p.start, { message: 'end before start' }),
    result: CorrectionSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'VALIDATION', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'corrections.decide': method({
    summary: 'Accept or reject corrections (one, a selection, or all open ones). Accepting applies them in one new revision.',
    params: z
      .object({ storyId: Id, ids: z.array(Id).max(10_000).optional(), decision: z.enum(['accept', 'reject']) })
      .strict(),
    result: z.object({ story: StorySchema, corrections: z.array(CorrectionSchema) }),
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'workflow.reviews': method({
    summary: 'The 三审 record of a story, each with whether it still matches the current content.',
    params: z.object({ storyId: Id }).strict(),
    result: z.array(ReviewSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'workflow.review': method({
    summary:
      '初审 / 复审 / 终审 (签发): bound to a hash of exactly the current content; three different people; 终审 only by the duty editor. 初审 needs the proof rounds complete (待签发) or an override with a reason by the duty editor or an administrator (recorded).',
    params: z.object({ storyId: Id, stage: ReviewStageSchema, override: OverrideParamsSchema.optional() }).strict(),
    result: z.object({ story: StorySchema, reviews: z.array(ReviewSchema) }),
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
    needsUser: true,
  }),
  'proof.errorRate': method({
    summary: 'Corrections per 10,000 characters by class (A/B/C), per story and in total, against the 3/10,000 limit.',
    params: z.object({ storyIds: z.array(Id).max(1000).optional() }).strict(),
    result: z.object({ stories: z.array(ErrorRateSchema), total: ErrorRateSchema.omit({ storyId: true, headline: true }) }),
    errors: [],
    needsUser: false,
  }),
};
