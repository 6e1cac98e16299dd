import { z } from 'zod';
import { method } from '../define';

export const BackupReasonSchema = z.enum(['scheduled', 'manual', 'pre-migration', 'quit', 'pre-restore']);

export const BackupSchema = z.object({
  /** The backup's file name; the only way the UI names a backup (never a filesystem path). */
  id: z.string(),
  createdAt: z.string(),
  reason: BackupReasonSchema,
  bytes: z.number().int().min(0),
});
export type BackupView = z.infer<typeof BackupSchema>;

export const AsideFileSchema = z.object({
  /** The file's name beside the database (never a path). */
  name: z.string(),
  kind: z.enum(['damaged', 'before-restore']),
  movedAt: z.string(),
  bytes: z.number().int().min(0),
});
export type AsideFileView = z.infer<typeof AsideFileSchema>;

/** A backup id as the core writes them: `<stem>-YYYYMMDD-HHMMSS-mmm-<reason>[-n].db`, no separators. */
const BackupIdSchema = z.string().min(1).max(200).regex(/^[^\\/\0]+\.db$/);

export const backupMethods = {
  'backup.list': method({
    summary: 'Verified backups of this database, newest first.',
    params: z.object({}).strict(),
    result: z.array(BackupSchema),
    errors: [],
    needsUser: false,
  }),
  'backup.listAside': method({
    summary: 'Database files moved aside beside the database (found damaged at open, or replaced by a restore), newest first. Never deleted by Banxin.',
    params: z.object({}).strict(),
    result: z.array(AsideFileSchema),
    errors: [],
    needsUser: false,
  }),
  'backup.now': method({
    summary: 'Make a verified online backup now, then apply the retention policy.',
    params: z.object({}).strict(),
    result: z.object({ backup: BackupSchema, pruned: z.number().int().min(0) }),
    errors: ['NO_USER', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'backup.restore': method({
    summary:
      'Administrators only: verify a backup, back up the current state, move the current file aside (never deleted), put the backup in place and reopen. Every window must reload.',
    params: z.object({ backupId: BackupIdSchema }).strict(),
    result: z.object({ restored: BackupSchema, asidePath: z.string().nullable(), schemaVersion: z.number().int(), reload: z.literal(true) }),
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'STORAGE_ERROR'],
    needsUser: true,
  }),
};
