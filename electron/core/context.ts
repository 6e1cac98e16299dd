import type { EventName, EventPayload } from '../../shared/api/contract';
import type { FontRegistry } from '../fonts';
import type { Clock } from '../store/clock';
import type { Db } from '../store/open-database';

/** What every service needs: the database, the time, and a way to tell windows about changes. */
export interface CoreContext {
  db: Db;
  dbPath: string;
  clock: Clock;
  appVersion: string;
  /** The fonts the composer measures and the PDF embeds; loaded on first use. */
  fonts(): FontRegistry;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
