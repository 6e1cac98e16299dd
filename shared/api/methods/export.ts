import { z } from 'zod';
import { OverrideParamsSchema } from '../../model/workflow-override';
import { method } from '../define';

const Id = z.number().int().positive();

export const ExportTargetsSchema = z
  .object({ print: z.boolean().optional(), proof: z.boolean().optional(), galley: z.boolean().optional(), epaper: z.boolean().optional(), newsml: z.boolean().optional(), archive: z.boolean().optional() })
  .strict()
  .refine((t) => Object.values(t).some(Boolean), 'choose at least one target');
export type ExportTargets = z.infer<typeof ExportTargetsSchema>;

export const ExportTargetSchema = z.enum(['print', 'proof', 'galley', 'epaper', 'newsml', 'archive']);

export const PreflightProblemSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
  pageNumber: z.number().int(),
  frameId: z.number().int().optional(),
  /** The story the problem is about (an unsigned story), so the UI can open it. */
  storyId: z.number().int().optional(),
});

/**
 * A file or folder an export wrote: its name inside the export folder (never a path the UI could
 * send back) and `href`, the app-relative URL that downloads it (a folder: its index.html).
 */
export const ExportFileSchema = z.object({ target: ExportTargetSchema, name: z.string(), bytes: z.number().int().min(0), href: z.string() });

export const ExportJobStateSchema = z.enum(['running', 'done', 'failed', 'cancelled']);

export const ExportStatusSchema = z.object({
  jobId: z.string(),
  issueId: z.number().int(),
  state: ExportJobStateSchema,
  /** 0…1 */
  fraction: z.number().min(0).max(1),
  stepZh: z.string(),
  stepEn: z.string(),
  /** The Banxin-managed folder the files are in (shown to the user, never taken from them). */
  folder: z.string(),
  files: z.array(ExportFileSchema),
  errorZh: z.string().nullable(),
  errorEn: z.string().nullable(),
});
export type ExportStatus = z.infer<typeof ExportStatusSchema>;

/** Payload of the `export.progress` event (the same as `export.status`). For contract.ts `events`. */
export const ExportProgressEventSchema = ExportStatusSchema;

/** What print PDFs declare as their output condition. */
export const OutputProfileSchema = z.object({
  /** The plant's profile file name, or null when the default (FOGRA39 by reference) is used. */
  name: z.string().nullable(),
  condition: z.string(),
});
/** ICC output profiles run to a few MB. */
const MAX_ICC_BASE64 = Math.ceil((16 * 1024 * 1024 * 4) / 3) + 4;

const JobId = z.string().regex(/^[a-z0-9-]{1,64}$/);

export const exportMethods = {
  'export.preflight': method({
    summary: 'Check an issue before export: sign-off, fonts and glyphs, overset, images. Errors should be fixed first.',
    params: z.object({ issueId: Id }).strict(),
    result: z.object({ ok: z.boolean(), problems: z.array(PreflightProblemSchema) }),
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'export.start': method({
    summary:
      'Start exporting an issue in the background into <database folder>/exports/<date>/: print PDF, proof PDF, e-paper, NewsML-G2, archive. Names come from the issue title; existing files are kept (a free name is chosen) unless overwrite. Print, e-paper and NewsML of a page with an unsigned story are refused (CONFLICT, details.unsigned) unless the duty editor or an administrator gives an override with a reason (recorded, printed on the 大样).',
    params: z.object({ issueId: Id, targets: ExportTargetsSchema, overwrite: z.boolean().default(false), override: OverrideParamsSchema.optional() }).strict(),
    result: z.object({ jobId: z.string() }),
    errors: ['NO_USER', 'NOT_FOUND', 'VALIDATION', 'FORBIDDEN', 'CONFLICT'],
    needsUser: true,
  }),
  'export.galley': method({
    summary: 'Write the 小样 (galley proof) of one story: set at its page measure, open corrections marked with notes in the margin, round and 三审 signatures. Into the managed export folder; an existing file is kept (a free name is chosen) unless overwrite.',
    params: z.object({ storyId: Id, overwrite: z.boolean().default(false) }).strict(),
    result: z.object({ folder: z.string(), file: ExportFileSchema }),
    errors: ['NOT_FOUND', 'EXPORT_FAILED'],
    needsUser: false,
  }),
  'export.outputProfile': method({
    summary: 'The output condition print PDFs declare: the plant’s own CMYK ICC profile when one was set, else FOGRA39 by reference.',
    params: z.object({}).strict(),
    result: OutputProfileSchema,
    errors: [],
    needsUser: false,
  }),
  'export.setOutputProfile': method({
    summary: 'Set the printing plant’s CMYK output ICC profile (sent as bytes; embedded in every later print PDF’s OutputIntent), or null for the default.',
    params: z.object({ profile: z.object({ name: z.string().min(1).max(255), dataBase64: z.string().min(1).max(MAX_ICC_BASE64) }).strict().nullable() }).strict(),
    result: OutputProfileSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'PROFILE_INVALID', 'EXPORT_FAILED'],
    needsUser: true,
  }),
  'export.cancel': method({
    summary: 'Cancel a running export; what it had written is removed.',
    params: z.object({ jobId: JobId }).strict(),
    result: ExportStatusSchema,
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
  'export.status': method({
    summary: 'Progress of an export job and the files it wrote.',
    params: z.object({ jobId: JobId }).strict(),
    result: ExportStatusSchema,
    errors: ['NOT_FOUND'],
    needsUser: false,
  }),
};
