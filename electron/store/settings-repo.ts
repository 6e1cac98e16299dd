import type { Db } from './open-database';
import { stmt } from './write';

/** The `settings` table: small newsroom-wide values as JSON (e.g. the fonts chosen per style). */
export const settingsRepo = {
  get<T>(db: Db, key: string, fallback: T): T {
    const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    if (!row) return fallback;
    try {
      return JSON.parse(row.value) as T;
    } catch {
      return fallback;
    }
  },
  /** Inside the caller's write transaction. */
  set(db: Db, key: string, value: unknown): void {
    stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
  },
};
