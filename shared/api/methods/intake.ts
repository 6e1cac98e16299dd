import { z } from 'zod';
import { StoryKindSchema, StorySummarySchema } from '../../model/story';
import { LineRoleSchema, StructureEditsSchema } from '../../model/structure-edits';
import { method } from '../define';

/** 64 MiB of base64 ≈ 48 MiB of file: the importer then applies its own, tighter limits with clear messages. */
const MAX_BASE64 = 64 * 1024 * 1024;

/** A file handed over as bytes: no transport ever accepts a filesystem path from the UI. */
export const IncomingFileSchema = z
  .object({ name: z.string().min(1).max(255), dataBase64: z.string().max(MAX_BASE64) })
  .strict();

/** Pasted copy: plain text, and HTML when the clipboard had it. */
export const PastedCopySchema = z.object({ text: z.string().max(MAX_BASE64), html: z.string().max(MAX_BASE64).optional() }).strict();

export const IntakeSourceSchema = z.union([
  z.object({ file: IncomingFileSchema }).strict(),
  z.object({ paste: PastedCopySchema }).strict(),
]);
export type IntakeSource = z.infer<typeof IntakeSourceSchema>;

export const RepairSchema = z.object({
  id: z.string(),
  kind: z.string(),
  before: z.string(),
  after: z.string(),
  reason: z.string(),
  accepted: z.boolean(),
});
export type RepairView = z.infer<typeof RepairSchema>;

export const ImportedStoryViewSchema = z.object({
  kind: StoryKindSchema,
  kicker: z.string(),
  headline: z.string(),
  subhead: z.string(),
  byline: z.string(),
  dateline: z.string(),
  body: z.array(z.string()),
  charCount: z.number().int(),
  repairs: z.array(RepairSchema),
  /** The 稿库 story most like this one by body text (≥ 80%), so the editor can skip or open it. */
  similar: z.object({ storyId: z.number().int(), headline: z.string(), similarity: z.number().min(0).max(1), message: z.string() }).nullable().default(null),
  /** The story's lines with their roles, ids and the importer's item each came from: what structure edits name. */
  lines: z.array(z.object({ id: z.string(), role: LineRoleSchema, text: z.string(), origin: z.number().int().min(0) })).default([]),
  /** The page of a multi-page PDF the item starts on (1-based): the preview shows 第N页. Absent for other sources. */
  page: z.number().int().min(1).optional(),
});
export type ImportedStoryView = z.infer<typeof ImportedStoryViewSchema>;

export const intakeMethods = {
  'import.preview': method({
    summary: 'Parse copy into stories and list every proposed repair; nothing is stored.',
    params: z
      .object({
        source: IntakeSourceSchema,
        rejectedRepairIds: z.array(z.string().max(200)).max(100_000).default([]),
        /** The editor's fixes to the structure (merge, split, line role, kind), applied in order. */
        structureEdits: StructureEditsSchema.default([]),
      })
      .strict(),
    result: z.object({ stories: z.array(ImportedStoryViewSchema), warnings: z.array(z.string()) }),
    errors: ['IMPORT_FAILED'],
    needsUser: false,
  }),
  'import.commit': method({
    summary: 'Parse the same copy again, apply the repairs the user kept and the structure edits, and store all stories in one transaction.',
    params: z
      .object({
        source: IntakeSourceSchema,
        rejectedRepairIds: z.array(z.string().max(200)).max(100_000).default([]),
        section: z.string().max(40).default(''),
        /** The same structure edits as the preview's: the core applies them again itself. */
        structureEdits: StructureEditsSchema.default([]),
        /** Positions (in the preview's order, after the structure edits) of stories the editor chose to skip, e.g. duplicates. */
        skipStories: z.array(z.number().int().min(0)).max(10_000).default([]),
      })
      .strict(),
    result: z.object({ stories: z.array(StorySummarySchema) }),
    errors: ['IMPORT_FAILED', 'NO_USER', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
};
