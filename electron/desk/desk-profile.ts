import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fingerprintSchema } from '../../shared/api/desk-bridge';
import { replaceDurably } from '../store/durable-file';
import { parseServerAddress } from './server-address';

/** The desk's one remembered choice, in the user-data folder beside the local database. */
export const PROFILE_FILE = 'desk-profile.json';

const serverUrlSchema = z.string().refine((s) => {
  const p = parseServerAddress(s);
  return p.ok && p.url === s;
}, 'not a normalised https server URL');

export const deskProfileSchema = z.discriminatedUnion('mode', [
  z.object({ version: z.literal(1), mode: z.literal('local') }).strict(),
  z.object({ version: z.literal(1), mode: z.literal('server'), serverUrl: serverUrlSchema, fingerprint: fingerprintSchema, pinnedAt: z.iso.datetime() }).strict(),
]);
export type DeskProfile = z.infer<typeof deskProfileSchema>;

export type LoadedProfile = { kind: 'none' } | { kind: 'ok'; profile: DeskProfile } | { kind: 'damaged'; keptAs: string };

/**
 * Read the profile. A file that is not a valid profile (cut short, edited by hand, from a newer
 * version) is never trusted and never deleted: it is renamed `.damaged-<time>` so someone can
 * look at it, and the desk asks again.
 */
export function loadProfile(folder: string, now: () => Date = () => new Date()): LoadedProfile {
  const path = join(folder, PROFILE_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const valid = deskProfileSchema.safeParse(parsed);
  if (valid.success) return { kind: 'ok', profile: valid.data };
  const keptAs = `${PROFILE_FILE}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, join(folder, keptAs));
  return { kind: 'damaged', keptAs };
}

/** Replace the profile whole (temporary file, fsync, rename), readable by this account only. */
export function saveProfile(folder: string, profile: DeskProfile): void {
  const checked = deskProfileSchema.parse(profile);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  replaceDurably(join(folder, PROFILE_FILE), `${JSON.stringify(checked, null, 2)}\n`, 0o600);
}
