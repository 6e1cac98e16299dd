import type { EventName, EventPayload } from '../../shared/api/contract';
import type { Clock } from '../store/clock';
import type { Db } from '../store/open-database';

/** What every service needs: the database, the time, and a way to tell windows about changes. */
export interface CoreContext {
  db: Db;
  dbPath: string;
  clock: Clock;
  appVersion: string;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
