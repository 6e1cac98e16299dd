import type { Handlers, SessionState } from '../../../shared/api/dispatcher';
import type { Presence } from '../../../shared/model/collab';
import { usersRepo } from '../../store/users-repo';
import type { CoreContext } from '../context';

export interface PresenceBoard {
  handlers: Pick<Handlers, 'presence.list' | 'presence.set'>;
  /** After each call: a connection that now acts as someone is on the board (or off it, signed out). */
  track(state: SessionState): void;
  /** A connection closed. */
  leave(connection: string): void;
}

/**
 * Who is online and what each has open. Held in this server's memory, one entry per connection:
 * presence is the connections themselves, which end with the process (unlike leases, which a
 * restart keeps for the desks that reconnect). The same person on two desks shows twice.
 */
export function presenceBoard(c: CoreContext): PresenceBoard {
  const board = new Map<string, Presence>();
  const announce = (): void => c.emit('presence.changed', { entries: list() });
  const list = (): Presence[] => [...board.values()].sort((a, b) => a.since.localeCompare(b.since) || a.userId - b.userId);

  return {
    handlers: {
      'presence.list': () => list(),
      'presence.set': (p, ctx) => {
        const id = ctx.session.connectionId;
        const entry = id ? board.get(id) : undefined;
        if (entry && (entry.storyId !== p.storyId || entry.pageId !== p.pageId)) {
          board.set(id!, { ...entry, storyId: p.storyId, pageId: p.pageId });
          announce();
        }
        return {};
      },
    },
    track(state) {
      const id = state.connectionId;
      if (!id) return;
      const entry = board.get(id);
      if (state.userId === null) {
        if (entry && board.delete(id)) announce();
        return;
      }
      if (entry?.userId === state.userId) return;
      const user = usersRepo.get(c.db, state.userId);
      if (!user) return;
      board.set(id, { userId: user.id, displayName: user.displayName, role: user.role, storyId: null, pageId: null, since: c.clock().toISOString() });
      announce();
    },
    leave(connection) {
      if (board.delete(connection)) announce();
    },
  };
}
