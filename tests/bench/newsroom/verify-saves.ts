// After the load run: every save a desk was told succeeded must be in the database file, once.
import { createHash } from 'node:crypto';
import type { Db } from '../../../electron/store/engine/sql-db';

export interface AckedSave {
  storyId: number;
  revision: number;
  /** SHA-256 of the content JSON with its keys sorted, so it does not depend on key order. */
  sha256: string;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function contentHash(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex');
}

/**
 * Reads the revisions table directly (not through Banxin's services), on either engine: `missing` counts acknowledged saves
 * whose revision is absent or holds other content; `appliedTwice` counts acknowledged contents
 * stored in more than one revision of their story.
 */
export function verifyAcknowledged(db: Db, acked: AckedSave[]): { checked: number; missing: number; appliedTwice: number } {
  {
    const byStory = new Map<number, Map<number, string>>();
    const rows = db.prepare('SELECT story_id AS storyId, number, content_json AS json FROM revisions').all() as { storyId: number; number: number; json: string }[];
    for (const r of rows) {
      let m = byStory.get(r.storyId);
      if (!m) byStory.set(r.storyId, (m = new Map()));
      m.set(r.number, contentHash(JSON.parse(r.json)));
    }
    let missing = 0;
    let appliedTwice = 0;
    for (const a of acked) {
      const revs = byStory.get(a.storyId);
      if (revs?.get(a.revision) !== a.sha256) missing++;
      let copies = 0;
      for (const h of revs?.values() ?? []) if (h === a.sha256) copies++;
      if (copies > 1) appliedTwice++;
    }
    return { checked: acked.length, missing, appliedTwice };
  }
}
