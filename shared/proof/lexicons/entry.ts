import type { LexiconEntry } from './types';

/** Date the shipped default entries were written (they are reviewed as one batch). */
export const SHIPPED_DATE = '2026-11-26';

/** Shorthand used by the shipped lists: `[wrong, right]` plus optional conditions. */
export function entry(
  wrong: string,
  right: string,
  source: string,
  extra: Partial<Omit<LexiconEntry, 'wrong' | 'right' | 'source'>> = {},
): LexiconEntry {
  return { wrong, right, source, date: SHIPPED_DATE, ...extra };
}
