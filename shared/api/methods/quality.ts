import { z } from 'zod';
import { ResidualFigureSchema } from '../../model/error-rate';
import { ErrorClassSchema } from '../../model/proofing';
import { QualityMarkSchema } from '../../model/quality';
import { StoryStatusSchema } from '../../model/story';
import { method } from '../define';

const Id = z.number().int().positive();

const QualityStorySchema = z.object({
  storyId: z.number().int(),
  headline: z.string(),
  status: StoryStatusSchema,
  chars: z.number().int(),
  /** When the text went out (终审, or an export of the unsigned story on someone's word); null: not yet. */
  wentOutAt: z.string().nullable(),
  /** 质检 marks on the story in this issue. */
  marks: z.number().int(),
});

/** 质检: the published issues, their pages and stories; marks on the text that went out. */
export const qualityMethods = {
  'quality.issues': method({
    summary: 'Issues with text that went out, newest first, each page with its stories (went out or not) and their 质检 mark counts.',
    params: z.object({}).strict(),
    result: z.array(
      z.object({
        id: z.number().int(),
        date: z.string(),
        number: z.number().int(),
        paperName: z.string(),
        pages: z.array(z.object({ id: z.number().int(), number: z.number().int(), name: z.string(), stories: z.array(QualityStorySchema) })),
        figure: ResidualFigureSchema,
      }),
    ),
    errors: [],
    needsUser: false,
  }),
  'quality.marks': method({
    summary: 'The 质检 marks on a story, in text order.',
    params: z.object({ storyId: Id }).strict(),
    result: z.array(QualityMarkSchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'quality.mark': method({
    summary: 'Mark an error left in a story as it went out in an issue ([start, end) of the body text, UTF-16), with its class and a note; counted in 差错率.',
    params: z
      .object({
        storyId: Id,
        issueId: Id,
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        errorClass: ErrorClassSchema,
        note: z.string().max(2000).default(''),
      })
      .strict()
      .refine((p) => p.end >= p.start, { message: 'end before start' }),
    result: QualityMarkSchema,
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'VALIDATION', 'CONFLICT', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'quality.unmark': method({
    summary: 'Withdraw a 质检 mark (recorded in the audit log).',
    params: z.object({ id: Id }).strict(),
    result: z.object({ storyId: z.number().int(), marks: z.array(QualityMarkSchema) }),
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
};
