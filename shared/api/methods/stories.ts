import { z } from 'zod';
import {
  RevisionSummarySchema,
  StoryContentSchema,
  StorySchema,
  StoryStatusSchema,
  StorySummarySchema,
} from '../../model/story';
import { OverrideParamsSchema } from '../../model/workflow-override';
import { method } from '../define';

const Id = z.number().int().positive();

export const DiffOpSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOp = z.infer<typeof DiffOpSchema>;

export const SearchHitSchema = z.object({
  story: StorySummarySchema,
  /** A short excerpt around the first match with the match wrapped in U+E000 … U+E001 (never in copy). */
  snippet: z.string(),
});

export const storyMethods = {
  'stories.list': method({
    summary: 'The 稿库: filter, sort and page stories.',
    params: z
      .object({
        status: StoryStatusSchema.optional(),
        section: z.string().max(40).optional(),
        ownerId: Id.optional(),
        updatedFrom: z.string().max(40).optional(),
        updatedTo: z.string().max(40).optional(),
        sort: z.enum(['updated-desc', 'updated-asc', 'headline', 'chars-desc']).default('updated-desc'),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    result: z.object({ total: z.number().int(), items: z.array(StorySummarySchema) }),
    errors: [],
    needsUser: false,
  }),
  'stories.get': method({
    summary: 'One story with its content.',
    params: z.object({ id: Id }).strict(),
    result: StorySchema,
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'stories.create': method({
    summary: 'Create a story; its first revision is made in the same transaction.',
    params: z.object({ content: StoryContentSchema }).strict(),
    result: StorySchema,
    errors: ['NO_USER', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'stories.save': method({
    summary:
      'Save a story (autosave and explicit save). One IMMEDIATE transaction makes an immutable revision; baseRevision guards against lost updates; LOCKED while another holds its edit lease.',
    params: z
      .object({
        id: Id,
        baseRevision: z.number().int().min(0),
        content: StoryContentSchema,
        /** Changing a 已签发 story voids its signatures: said on purpose, or CONFLICT listing them (details.signatures). */
        voidSignatures: z.boolean().optional(),
      })
      .strict(),
    result: StorySchema,
    errors: ['NO_USER', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'stories.merge': method({
    summary:
      'After a CONFLICT: merge an unsaved draft (written on top of baseRevision) with what was saved since, field by field. Saves nothing; the caller saves the merged content on top of latest.revision, or keeps its own draft, or takes latest.',
    params: z.object({ id: Id, baseRevision: z.number().int().min(1), content: StoryContentSchema }).strict(),
    result: z.object({
      latest: StorySchema,
      /** The draft and the saved changes together, or null when both changed the same place. */
      merged: StoryContentSchema.nullable(),
      /** The fields both sides changed in the same place. */
      conflicts: z.array(z.string()),
    }),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'stories.setStatus': method({
    summary:
      'Move a story through the workflow. No proof round may be skipped; 已签发 is reached only through 终审 (workflow.review); 待签发 with open corrections needs an override with a reason (recorded); moving back from 待签发/已签发 voids its 三审.',
    params: z.object({ id: Id, status: StoryStatusSchema, override: OverrideParamsSchema.optional() }).strict(),
    result: StorySchema,
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'],
    needsUser: true,
  }),
  'stories.revisions': method({
    summary: 'Every revision of a story, newest first.',
    params: z.object({ id: Id }).strict(),
    result: z.array(RevisionSummarySchema),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'stories.diff': method({
    summary: 'Character-level diff between two revisions of a story (headline fields and body).',
    params: z.object({ id: Id, from: z.number().int().min(1), to: z.number().int().min(1) }).strict(),
    result: z.object({
      fields: z.array(z.object({ field: z.string(), ops: z.array(DiffOpSchema) })),
    }),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'stories.search': method({
    summary: 'Full-text search in Chinese: FTS5 trigram for 3+ characters, an indexed scan for 1–2.',
    params: z
      .object({
        query: z.string().trim().min(1).max(100),
        offset: z.number().int().min(0).max(100_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    result: z.object({ total: z.number().int(), capped: z.boolean(), items: z.array(SearchHitSchema) }),
    errors: [],
    needsUser: false,
  }),
};
