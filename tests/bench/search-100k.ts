// Search at 100,000 stories: p50/p95 for 1-, 2- and 4-character Chinese queries through the 稿库's
// search (FTS5 trigram + bigram index) against a plain scan of the same data in the same run.
// `npx tsx tests/bench/search-100k.ts [stories=100000]` — prints one JSON object.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/store/open-database';
import { searchStoryIds, viaScan } from '../../electron/store/search-repo';
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

const result: Record<string, unknown> = { stories: N, buildSeconds: Math.round(buildMs / 100) / 10 };
for (const len of [1, 2, 4]) {
  const queries = pick(len);
  const ours: number[] = [];
  const scan: number[] = [];
  for (const q of queries) {
    let t = performance.now();
    const a = searchStoryIds(db, q, 0, 50);
    ours.push(performance.now() - t);
    t = performance.now();
    const b = viaScan(db, q, 0, 50);
    scan.push(performance.now() - t);
    // Same answer from both: the index is only faster, never different.
    if (a.total !== b.total || a.ids.join() !== b.ids.join()) throw new Error(`results differ for ${q}: ${a.total} vs ${b.total}`);
  }
  const o = stats(ours);
  const s = stats(scan);
  result[`${len}char`] = { banxin: o, likeScan: s, speedupP50: Math.round((s.p50 / o.p50) * 10) / 10 };
}
console.log(JSON.stringify(result, null, 2));
db.close();
rmSync(dir, { recursive: true, force: true });
