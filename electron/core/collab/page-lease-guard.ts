import type { EditLocks } from './edit-locks';

/**
 * Inside a layout change's write transaction: every page it touches must not be held by someone
 * else's live page lease (the same rule as a story's body, through the same check). A change can
 * reach several pages — moving a story takes its frames off the pages it was on — so each counts.
 */
export function assertMayLayOut(locks: Pick<EditLocks, 'assertMayWrite'>, pageIds: Iterable<number>, userId: number | null): void {
  for (const id of new Set(pageIds)) locks.assertMayWrite('page', id, userId);
}
