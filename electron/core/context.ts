import type { EventName, EventPayload } from '../../shared/api/contract';
import type { PrepareCache } from '../../shared/typeset';
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
  /**
   * The composer's paragraphs and lines from earlier page compositions and copyfits: a keystroke
   * or a frame moved re-breaks only the paragraphs it changed.
   */
  typesetCache: PrepareCache;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}
