import { z } from 'zod';
import { contextPatternError } from '../../proof/lexicons/pattern';
import { method } from '../define';

/** The checker's word lists, as named in shared/proof/lexicons/types.ts. */
export const LEXICON_KINDS = ['confusables', 'variants', 'formulations', 'banned', 'names'] as const;
export const LexiconKindSchema = z.enum(LEXICON_KINDS);

const Id = z.number().int().positive();
const Word = z.string().trim().min(1, '不能为空 / must not be empty').max(100);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** A context condition: a regex source the matcher compiles as `(?:src)$` / `^(?:src)` with the u flag. */
const Pattern = z
  .string()
  .max(200)
  .superRefine((src, ctx) => {
    const problem = contextPatternError(src);
    if (problem) ctx.addIssue({ code: 'custom', message: `正则表达式无效 / invalid regular expression: ${problem}` });
  });

/** What an editor types for one entry (the fields of LexiconEntry, context conditions optional). */
const EntryFields = {
  wrong: Word,
  right: Word,
  alternatives: z.array(Word).max(20),
  before: Pattern.nullable(),
  after: Pattern.nullable(),
  notBefore: Pattern.nullable(),
  notAfter: Pattern.nullable(),
  note: z.string().trim().max(500),
  source: z.string().trim().min(1, '须注明来源 / a source is required').max(300),
  date: IsoDate,
};

/**
 * One entry as the UI lists it: a newsroom entry (id, who wrote it) or a shipped default
 * (id null, read-only, may be switched off with 停用).
 */
export const LexiconEntryViewSchema = z.object({
  id: z.number().int().nullable(),
  kind: LexiconKindSchema,
  shipped: z.boolean(),
  enabled: z.boolean(),
  wrong: z.string(),
  right: z.string(),
  alternatives: z.array(z.string()),
  before: z.string().nullable(),
  after: z.string().nullable(),
  notBefore: z.string().nullable(),
  notAfter: z.string().nullable(),
  note: z.string(),
  source: z.string(),
  date: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type LexiconEntryView = z.infer<typeof LexiconEntryViewSchema>;
/** A newsroom entry (what create and update return): always has its id. */
const NewsroomEntrySchema = LexiconEntryViewSchema.extend({ id: z.number().int() });

export const lexiconsMethods = {
  'lexicons.list': method({
    summary: 'The checker word lists in force: shipped defaults (with whether each is switched off) and the newsroom’s own entries.',
    params: z.object({ kind: LexiconKindSchema.optional(), query: z.string().trim().min(1).max(60).optional() }).strict(),
    result: z.array(LexiconEntryViewSchema),
    errors: [],
    needsUser: false,
  }),
  'lexicons.create': method({
    summary: 'Add a newsroom entry to a word list; the checker uses it at once.',
    params: z
      .object({
        kind: LexiconKindSchema,
        ...EntryFields,
        alternatives: EntryFields.alternatives.default([]),
        before: EntryFields.before.default(null),
        after: EntryFields.after.default(null),
        notBefore: EntryFields.notBefore.default(null),
        notAfter: EntryFields.notAfter.default(null),
        note: EntryFields.note.default(''),
        date: IsoDate.optional(),
      })
      .strict(),
    result: NewsroomEntrySchema,
    errors: ['NO_USER', 'FORBIDDEN', 'VALIDATION', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'lexicons.update': method({
    summary: 'Change a newsroom entry (shipped defaults are read-only: switch them off instead).',
    params: z
      .object({
        id: Id,
        kind: LexiconKindSchema.optional(),
        wrong: EntryFields.wrong.optional(),
        right: EntryFields.right.optional(),
        alternatives: EntryFields.alternatives.optional(),
        before: EntryFields.before.optional(),
        after: EntryFields.after.optional(),
        notBefore: EntryFields.notBefore.optional(),
        notAfter: EntryFields.notAfter.optional(),
        note: EntryFields.note.optional(),
        source: EntryFields.source.optional(),
        date: IsoDate.optional(),
      })
      .strict(),
    result: NewsroomEntrySchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'lexicons.delete': method({
    summary: 'Delete a newsroom entry.',
    params: z.object({ id: Id }).strict(),
    result: z.object({ deleted: z.literal(true) }),
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'lexicons.setDefaultEnabled': method({
    summary: '停用 / 启用 a shipped default entry (named by its list, wrong and right forms) for this newsroom.',
    params: z.object({ kind: LexiconKindSchema, wrong: z.string().min(1).max(100), right: z.string().max(100), enabled: z.boolean() }).strict(),
    result: LexiconEntryViewSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
};
