// Search at 100,000 stories on both engines: p50/p95 for 1-, 2- and 4-character Chinese queries
// through the 稿库's search (SQLite: FTS5 trigram + bigram index; PostgreSQL: pg_trgm + a GIN array
// of characters and bigrams) against a plain scan of the same data in the same run. The PostgreSQL
// store is the SQLite one moved in with `moveStore` (as `banxin migrate` does), on a throwaway
// server; both engines must return the same stories for every query.
// `npx tsx tests/bench/search-100k.ts [stories=100000]` — prints one JSON object.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/store/open-database';
import { openPostgres } from '../../electron/store/open-postgres';
import { moveStore } from '../../electron/store/move/move-store';
import { searchStoryIds, viaScan, TOTAL_CAP, type SearchPage } from '../../electron/store/search-repo';
import type { Db } from '../../electron/store/engine/sql-db';
import { startPgCluster } from '../support/pg-cluster';
import { storiesRepo } from '../../electron/store/stories-repo';

const here = fileURLToPath(new URL('.', import.meta.url));
const N = Number(process.argv[2] ?? 100_000);
const seed = readFileSync(resolve(here, '../../../shared/seed/000_482dc2148900315e.txt'), 'utf8');
// Sentences of real county-paper copy, recombined: realistic character statistics.
const sentences = seed.split(/(?<=[。！？])/).map((s) => s.replace(/\s+/g, '')).filter((s) => s.length > 8);

let state = 42;
const rand = (n: number): number => {
  state = (state * 1103515245 + 12345) & 0x7fffffff;
  return state % n;
};

const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-search-'));
const db = openDatabase(join(dir, 'bench.db'));
const t0 = performance.now();
db.write(() => {
  for (let i = 0; i < N; i++) {
    const body = Array.from({ length: 4 + rand(6) }, () => ({ type: 'paragraph' as const, text: sentences[rand(sentences.length)]! }));
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    storiesRepo.insert(db, { kind: 'article', kicker: '', headline: `第${i}号稿 ${sentences[rand(sentences.length)]!.slice(0, 12)}`, subhead: '', byline: '融媒记者', dateline: '', section: '要闻', body }, { ownerId: null, charCount: 0, at, status: 'draft' });
  }
});
const buildMs = performance.now() - t0;

const pick = (len: number): string[] => {
  const out: string[] = [];
  while (out.length < 40) {
    const s = sentences[rand(sentences.length)]!;
    const at = rand(Math.max(1, s.length - len));
    const q = s.slice(at, at + len);
    if ([...q].length === len && /^\p{Script=Han}+$/u.test(q)) out.push(q);
  }
  return out;
};

function stats(times: number[]): { p50: number; p95: number } {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number): number => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 100) / 100;
  return { p50: q(0.5), p95: q(0.95) };
}

// PostgreSQL: the same stories, moved in.
// Durability off only speeds the load; searching reads. shared_buffers as a newsroom's server would
// have it (PostgreSQL's 128 MB default is for a laptop; 25% of RAM is the usual advice).
const cluster = startPgCluster({ fast: true, settings: ['shared_buffers=1GB'] });
const pg = openPostgres({ connectionString: cluster.createDatabase('bench'), statementTimeoutMs: 120_000 });
const t1 = performance.now();
moveStore(db, pg, { sourceLabel: 'bench.db', batchRows: 2000 });
pg.exec('VACUUM ANALYZE');
const pgBuildMs = performance.now() - t1;

/** The peer on PostgreSQL: what a plain substring search does, with no index. */
function pgScan(d: Db, query: string, offset: number, limit: number): SearchPage {
  const n = (d.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM story_search WHERE strpos(text, ?) > 0 LIMIT ${TOTAL_CAP + 1}) x`).get(query) as { n: number }).n;
  const ids = d.prepare('SELECT story_id AS id FROM story_search WHERE strpos(text, ?) > 0 ORDER BY story_id DESC LIMIT ? OFFSET ?').all(query, limit, offset) as Array<{ id: number }>;
  return { total: Math.min(n, TOTAL_CAP), capped: n > TOTAL_CAP, ids: ids.map((r) => r.id) };
}

const result: Record<string, unknown> = { stories: N, buildSeconds: { sqlite: Math.round(buildMs / 100) / 10, postgresMoveIn: Math.round(pgBuildMs / 100) / 10 } };
for (const len of [1, 2, 4]) {
  const queries = pick(len);
  const t = { sqlite: [] as number[], sqliteScan: [] as number[], postgres: [] as number[], postgresScan: [] as number[] };
  for (const q of queries) {
    const time = (f: () => SearchPage, into: number[]): SearchPage => {
      const at = performance.now();
      const r = f();
      into.push(performance.now() - at);
      return r;
    };
    const a = time(() => searchStoryIds(db, q, 0, 50), t.sqlite);
    const b = time(() => viaScan(db, q, 0, 50), t.sqliteScan);
    const c = time(() => searchStoryIds(pg, q, 0, 50), t.postgres);
    const d = time(() => pgScan(pg, q, 0, 50), t.postgresScan);
    // Same answer everywhere: an index is only faster, never different, and the engines agree.
    for (const [name, r] of [['sqlite scan', b], ['postgres', c], ['postgres scan', d]] as const) {
      if (r.total !== a.total || r.ids.join() !== a.ids.join()) throw new Error(`${name} differs for ${q}: ${r.total} vs ${a.total}`);
    }
  }
  const [o, s1, p, s2] = [stats(t.sqlite), stats(t.sqliteScan), stats(t.postgres), stats(t.postgresScan)];
  result[`${len}char`] = {
    sqlite: { banxin: o, likeScan: s1, speedupP50: Math.round((s1.p50 / o.p50) * 10) / 10 },
    postgres: { banxin: p, strposScan: s2, speedupP50: Math.round((s2.p50 / p.p50) * 10) / 10, p95Under50ms: p.p95 < 50 },
  };
}
console.log(JSON.stringify(result, null, 2));
pg.close();
cluster.stop();
db.close();
rmSync(dir, { recursive: true, force: true });
