import { STORY_STATUSES, type StoryStatus } from '../../../../shared/model/story';

/** The proof round a status is, or null outside 一校/二校/三校. */
export const roundOf = (s: StoryStatus): number | null => (s === 'proof-1' ? 1 : s === 'proof-2' ? 2 : s === 'proof-3' ? 3 : null);

/**
 * The status a story can be sent on to from here. 已签发 is reached only through 终审 (which binds
 * the sign-off to the content), so neither 待签发 nor 已签发 has a next step here.
 */
export function nextStatus(s: StoryStatus): StoryStatus | null {
  if (s === 'awaiting-signoff' || s === 'signed-off') return null;
  return STORY_STATUSES[STORY_STATUSES.indexOf(s) + 1] ?? null;
}
