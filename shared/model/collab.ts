import { z } from 'zod';
import { RoleSchema } from './roles';

/** What can be held for editing: a story's text, a page's layout. */
export const LOCK_KINDS = ['story', 'page'] as const;
export const LockKindSchema = z.enum(LOCK_KINDS);
export type LockKind = z.infer<typeof LockKindSchema>;

/** An edit lease (Superdesk's lock_user / lock_session): who holds it, since when, until when unless renewed. */
export const LeaseSchema = z.object({
  kind: LockKindSchema,
  id: z.number().int(),
  userId: z.number().int(),
  displayName: z.string(),
  /** When this person took it (renewals keep it): "正在编辑（3 分钟）" counts from here. */
  takenAt: z.string(),
  /** It lapses then unless renewed. */
  expiresAt: z.string(),
});
export type Lease = z.infer<typeof LeaseSchema>;

/** One signed-in desk and what it has open. */
export const PresenceSchema = z.object({
  userId: z.number().int(),
  displayName: z.string(),
  role: RoleSchema,
  storyId: z.number().int().nullable(),
  pageId: z.number().int().nullable(),
  since: z.string(),
});
export type Presence = z.infer<typeof PresenceSchema>;

/** A lease lives this long without renewal unless the server is told otherwise (locks.acquire answers the real term). */
export const DEFAULT_LEASE_MS = 5 * 60_000;
/** An editor left this long without a keystroke stops renewing, and its lease lapses one term later. */
export const IDLE_MS = 5 * 60_000;

/** Whole minutes a lease has been held, as "正在编辑（3 分钟）" shows it (never below 1). */
export function minutesHeld(takenAt: string, now: number): number {
  return Math.max(1, Math.floor((now - Date.parse(takenAt)) / 60_000));
}
