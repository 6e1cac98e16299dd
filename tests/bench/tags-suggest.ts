/**
 * Tag suggestions for a 5,000-character story against a 10,000-story archive.
 * Ours: jieba + candidates + TF-IDF with document frequencies kept incrementally in SQLite.
 * Peers in the same run: (a) the same extraction with document frequencies recounted from every
 * story's stored terms on each call (the naive way), (b) Intl.Segmenter word extraction.
 * Run: npx tsx tests/bench/tags-suggest.ts [stories]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subsume } from '../../shared/tags/candidates';
import { rankCandidates } from '../../shared/tags/suggest';
import { mapCorpus } from '../../shared/tags/tfidf';
import { openDatabase } from '../../electron/store/open-database';
import { write } from '../../electron/store/write';
import { analyse, dbCorpus, syncCorpus } from '../../electron/tags/corpus-sync';
import { loadSegmenter } from '../../electron/tags/jieba-segmenter';

const N = Number(process.argv[2] ?? 10_000);
const seed = readFileSync('/work/shared/seed/000_482dc2148900315e.txt', 'utf8');
const sentences = seed.split(/(?<=[。！？])/u).map((s) => s.trim()).filter((s) => s.length > 8);
const PLACES = ['芝英镇', '前仓镇', '古山镇', '方岩镇', '西城街道', '东城街道', '象珠镇', '唐先镇', '石柱镇', '龙山镇'];
const TOPICS = ['五金产业', '电动工具', '门业', '杯业', '乡村振兴', '文明城市', '垃圾分类', '医共体', '义务教育', '防汛'];

// A deterministic pseudo-random source so that runs are comparable.
let state = 42;
const rand = (n: number): number => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
const story = (chars: number): string => {
  let s = '';
  while (s.length < chars) s += `${PLACES[rand(PLACES.length)]}推进${TOPICS[rand(TOPICS.length)]}。${sentences[rand(sentences.length)]}`;
  return s;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (runs: number, fn: () => void): number => {
  fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return Math.round(median(xs) * 100) / 100;
};

const dir = mkdtempSync(join(tmpdir(), 'banxin-bench-tags-'));
try {
  const db = openDatabase(join(dir, 'bench.db'));
  const seg = await loadSegmenter();
  const at = new Date().toISOString();
  write(db, () => {
    const ins = db.prepare(`INSERT INTO stories(headline, body_json, revision, created_at, updated_at) VALUES (?, ?, 1, ?, ?)`);
    for (let i = 0; i < N; i++) ins.run(`稿件${i}`, JSON.stringify([{ type: 'paragraph', text: story(300 + rand(500)) }]), at, at);
  });
  let t = performance.now();
  let indexed = 0;
  for (let n = syncCorpus(db, seg, 1000); n > 0; n = syncCorpus(db, seg, 1000)) indexed += n;
  const indexMs = performance.now() - t;

  const text = story(5000).slice(0, 5000);
  const corpus = dbCorpus(db);
  const ours = (): number => {
    const { candidates } = analyse(seg, text);
    return rankCandidates({ headline: '', text, corpus, date: '2025-01-04', limit: 20 }, subsume(candidates)).length;
  };
  const naiveRecount = (): number => {
    const df = new Map<string, number>();
    const rows = db.prepare('SELECT terms FROM tag_doc_terms').all() as Array<{ terms: string }>;
    for (const r of rows) for (const term of JSON.parse(r.terms) as string[]) df.set(term, (df.get(term) ?? 0) + 1);
    const { candidates } = analyse(seg, text);
    return rankCandidates({ headline: '', text, corpus: mapCorpus(rows.length, df), date: '2025-01-04', limit: 20 }, subsume(candidates)).length;
  };
  const wordSeg = new Intl.Segmenter('zh', { granularity: 'word' });
  const intlSegmenter = (): number => {
    const tf = new Map<string, number>();
    for (const w of wordSeg.segment(text)) if (w.isWordLike && w.segment.length >= 2) tf.set(w.segment, (tf.get(w.segment) ?? 0) + 1);
    const scored = [...tf].map(([term, n]) => [term, (1 + Math.log(n)) * Math.log((corpus.docCount + 1) / (corpus.df(term) + 1))] as const);
    return scored.sort((a, b) => b[1] - a[1]).slice(0, 20).length;
  };
  const segmentOnly = time(20, () => seg.tag(text));

  t = performance.now();
  const seedSuggest = (() => {
    const { candidates } = analyse(seg, seed);
    return rankCandidates({ headline: '', text: seed, corpus, date: '2025-01-04', limit: 20 }, subsume(candidates)).map((s) => s.tag);
  })();
  const seedMs = performance.now() - t;
  const intlSeed = (() => {
    const tf = new Map<string, number>();
    for (const w of wordSeg.segment(seed)) if (w.isWordLike && w.segment.length >= 2) tf.set(w.segment, (tf.get(w.segment) ?? 0) + 1);
    return [...tf].map(([term, n]) => [term, (1 + Math.log(n)) * Math.log((corpus.docCount + 1) / (corpus.df(term) + 1))] as const).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([x]) => x);
  })();
  const targets = ['永康', '市委经济工作会议', '千万工程', '新质生产力', '大陈村', '永康五金技师学院'];

  console.log(JSON.stringify({
    corpus: { stories: N, indexed, indexMs: Math.round(indexMs), terms: (db.prepare('SELECT count(*) AS n FROM tag_df').get() as { n: number }).n },
    storyChars: text.length,
    medianMs: { ours: time(20, ours), naiveRecount: time(5, naiveRecount), intlSegmenter: time(20, intlSegmenter), jiebaSegmentOnly: segmentOnly },
    seedPage: { ms: Math.round(seedMs), targetsFoundOurs: targets.filter((x) => seedSuggest.includes(x)), targetsFoundIntl: targets.filter((x) => intlSeed.includes(x)) },
  }, null, 2));
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
