import { z } from 'zod';
import { ResidualFigureSchema } from '../../model/error-rate';
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

const Count = z.number().int().min(0);
const ByClassSchema = z.object({ A: Count, B: Count, C: Count });

/** 检出: what one proofreader caught in one round (corrections that were not comments and not rejected). */
export const CaughtRowSchema = z.object({
  round: z.number().int().min(1).max(3),
  userId: z.number().int(),
  userName: z.string(),
  role: z.string(),
  byClass: ByClassSchema,
  total: Count,
});

const Figure = ResidualFigureSchema;

/** 检出 per round and person, and 差错率 of the text that went out per story, page, issue and month. */
export const ErrorRateReportSchema = z.object({
  caught: z.object({ rows: z.array(CaughtRowSchema), byClass: ByClassSchema, total: Count }),
  errorRate: z.object({
    stories: z.array(z.object({
      storyId: z.number().int(),
      headline: z.string(),
      chars: Count,
      /** Caught in the rounds (检出), for reading beside the figure. */
      caught: Count,
      wentOutAt: z.string().nullable(),
      /** Null until the story went out: there is no published text to rate yet. */
      figure: Figure.nullable(),
    })),
    pages: z.array(z.object({
      pageId: z.number().int(), issueId: z.number().int(), number: z.number().int(), name: z.string(),
      storyIds: z.array(z.number().int()),
      /** Stories on the page that have not gone out (not in the figure). */
      notOut: Count,
      figure: Figure,
    })),
    issues: z.array(z.object({
      issueId: z.number().int(), date: z.string(), number: z.number().int(), paperName: z.string(), notOut: Count, figure: Figure,
    })),
    months: z.array(Figure.extend({ month: z.string() })),
    total: Figure,
  }),
});
export type ErrorRateReport = z.infer<typeof ErrorRateReportSchema>;

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
    summary:
      '检出 (what each round and proofreader caught) apart from 差错率 of the text that went out: corrections open at sign-off plus 质检 marks, weighted A 2 / B 1 / C 0.1, per 10,000 characters per story, page, issue and month, against 3/10,000. Scope: given stories, one issue, or everything.',
    params: z.object({ storyIds: z.array(Id).max(1000).optional(), issueId: Id.optional() }).strict(),
    result: ErrorRateReportSchema,
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
};
