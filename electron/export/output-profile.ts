import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../store/open-database';
import { replaceDurably } from '../store/durable-file';
import { settingsRepo } from '../store/settings-repo';
import { checkIccProfile } from './pdf-x';

/** The settings key naming the plant's output profile (the file itself lives beside the database). */
export const OUTPUT_PROFILE_SETTING = 'output-icc';

/** Where the plant's ICC profile is kept: one file, replaced when the plant sends a new one. */
export const outputProfilePath = (dbPath: string): string => join(dirname(dbPath), 'icc', 'output.icc');

/** The output profile in use, if the newsroom set one and its file is still there. */
export function currentOutputProfile(db: Db, dbPath: string): { name: string; path: string } | null {
  const name = settingsRepo.get<string | null>(db, OUTPUT_PROFILE_SETTING, null);
  const path = outputProfilePath(dbPath);
  return name && existsSync(path) ? { name, path } : null;
}

/**
 * Keeps the printing plant's CMYK output profile (e.g. ISOnewspaper26v4 for coldset newsprint)
 * for every later print PDF: checked first, written to a temporary file and renamed so a crash
 * never leaves half a profile. Throws (with the reason) for anything but a CMYK ICC profile.
 */
export function saveOutputProfile(dbPath: string, name: string, bytes: Buffer): void {
  checkIccProfile(bytes, name);
  const path = outputProfilePath(dbPath);
  mkdirSync(dirname(path), { recursive: true });
  replaceDurably(path, bytes);
}

/** Back to the default output condition (FOGRA39 by reference). */
export function removeOutputProfile(dbPath: string): void {
  rmSync(outputProfilePath(dbPath), { force: true });
}
