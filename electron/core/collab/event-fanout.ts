import { randomUUID } from 'node:crypto';
import type { EventName } from '../../../shared/api/contract';
import { PgDb } from '../../store/engine/pg-db';
import type { Db } from '../../store/engine/sql-db';

/**
 * Events another server's desks must hear too: what changed in the shared database. Presence is
 * each server's own connections, a restore and an export's progress belong to one server.
 */
const SHARED_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['data.changed', 'story.changed', 'stories.imported', 'lock.changed', 'lexicons.changed']);

const CHANNEL = 'banxin_events';

export interface EventFanOut {
  /** Tell the other servers about an event this one emitted. */
  publish(event: EventName, payload: unknown): void;
  stop(): void;
}

/**
 * Several servers on one PostgreSQL database: each NOTIFYs the events it emits and LISTENs for
 * the others', which it hands to its own desks as if it had emitted them. On SQLite (one server
 * per file) there is nothing to fan out to.
 */
export function eventFanOut(db: Db, deliverLocally: (event: EventName, payload: unknown) => void, log?: (m: string, e: unknown) => void): EventFanOut {
  if (!(db instanceof PgDb)) return { publish: () => undefined, stop: () => undefined };
  const self = randomUUID();
  const unlisten = db.listen(CHANNEL, (text) => {
    let message: { from: string; event: EventName; payload: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch (err) {
      log?.('a malformed event notification was ignored', err);
      return;
    }
    if (message.from !== self && SHARED_EVENTS.has(message.event)) deliverLocally(message.event, message.payload);
  });
  return {
    publish(event, payload) {
      if (!SHARED_EVENTS.has(event) || !db.open) return;
      try {
        db.notify(CHANNEL, JSON.stringify({ from: self, event, payload }));
      } catch (err) {
        // The save itself is committed; the other servers' desks catch up on their next fetch.
        log?.(`telling the other servers about ${event} failed`, err);
      }
    },
    stop: unlisten,
  };
}
