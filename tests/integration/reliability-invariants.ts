import type { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { contentHash, storyCharCount } from '../../electron/core/services/story-writer';
import { toContent } from '../../electron/store/stories-repo';

type Db = SqliteDb;

/**
 * Banxin's own invariants over a database, beyond what SQLite checks: every story's current
 * content is exactly its newest revision (hash), revisions are numbered 1..n without gaps,
 * the 字数 is right, every story is in the search index, and every revision after the first has
 * its audit entry (all written by one transaction). Returns the violations (empty when sound).
 */
export function invariantViolations(db: Db): string[] {
  const out: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') out.push(`integrity_check: ${String(integrity)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) out.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
  const stories = db.prepare('SELECT s.*, NULL AS owner_name FROM stories s').all() as Array<Parameters<typeof toContent>[0] & { id: number; revision: number; char_count: number }>;
  const revStats = db.prepare('SELECT count(*) AS n, min(number) AS lo, max(number) AS hi FROM revisions WHERE story_id = ?');
  const latest = db.prepare('SELECT content_hash FROM revisions WHERE story_id = ? AND number = ?');
  const audited = db.prepare("SELECT count(DISTINCT detail) AS n FROM audit_log WHERE entity = 'story' AND entity_id = ? AND action = 'story.save'");
  const indexed = db.prepare('SELECT count(*) AS n FROM story_fts_tri WHERE rowid = ?');
  for (const s of stories) {
    const r = revStats.get(s.id) as { n: number; lo: number; hi: number };
    if (r.n !== s.revision || r.lo !== 1 || r.hi !== s.revision) out.push(`story ${s.id}: revision ${s.revision} but revisions ${r.lo}..${r.hi} (${r.n})`);
    const c = toContent(s);
    const hash = (latest.get(s.id, s.revision) as { content_hash: string } | undefined)?.content_hash;
    if (hash !== contentHash(c)) out.push(`story ${s.id}: content differs from revision ${s.revision}`);
    if (storyCharCount(c) !== s.char_count) out.push(`story ${s.id}: char_count ${s.char_count}`);
    if ((audited.get(s.id) as { n: number }).n !== s.revision - 1) out.push(`story ${s.id}: audit entries do not match ${s.revision - 1} saves`);
    if ((indexed.get(s.id) as { n: number }).n !== 1) out.push(`story ${s.id}: not in the search index`);
  }
  return out;
}

/** The schema as SQLite stores it, for comparing a database with a reference at some version. */
export function schemaOf(db: Db): string {
  return (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ type: string; name: string; sql: string | null }>)
    .map((r) => `${r.type} ${r.name}: ${r.sql ?? ''}`)
    .join('\n');
}
