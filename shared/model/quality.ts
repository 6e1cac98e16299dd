import { z } from 'zod';
import { ErrorClassSchema } from './proofing';

/** An error a 质检员 marked on a story as it went out in an issue: the span of its body text, class and note. */
export const QualityMarkSchema = z.object({
  id: z.number().int(),
  storyId: z.number().int(),
  issueId: z.number().int(),
  /** The story's revision the mark was made on; offsets are UTF-16 code units of its body text. */
  revision: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  original: z.string(),
  errorClass: ErrorClassSchema,
  note: z.string(),
  authorId: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type QualityMark = z.infer<typeof QualityMarkSchema>;
