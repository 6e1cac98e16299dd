/**
 * Precision of the 稿库 n-gram 疑似 checker (shared/proof/archive) on a labelled sample.
 *
 * The archive is the stories of the seed page and the six intake-eval pages, imported through the
 * real importer at run time. Leave-one-out: each story is taken out of the index before it (and its
 * copies) are checked. For each story, copies with ONE injected error each:
 *   - substitution: one character replaced from a small list of same-sounding / similar characters
 *     (positions drawn among the characters the list covers);
 *   - omission: one character of a 4-character phrase deleted (the phrase is a Han run of exactly
 *     four characters between marks — the 四字格 of news copy — or an entry of a short list).
 * Label = the injected span. A finding is right when it lies on the label (and "fixed" when its
 * suggestion restores the original); every other finding on a copy is a false alarm, as the
 * proofreader would see it. Clean stories are checked too (false alarms per 10,000 characters).
 *
 * Peer baselines in the same run: (a) "unseen 4-gram" — flag every 4-character window the archive
 * never has (merged into spans), the plain n-gram checker without the variant requirement;
 * (b) our checker with looser thresholds (minCount 2, dominance 0.6) to show what the guards buy.
 *
 * Run: npx tsx tests/bench/archive-suspects.ts [copies-per-class-per-story]   (prints JSON)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../electron/import/index';
import { hanRuns } from '../../shared/proof/archive/han-runs';
import { NgramIndex } from '../../shared/proof/archive/ngram-index';
import { archiveSuspects, type ArchiveSuspectOptions } from '../../shared/proof/archive/suspects';

const SHARED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared');
const FILES = ['seed/000_482dc2148900315e.txt', ...[1, 2, 3, 4, 5, 6].map((n) => `intake-eval/page-0${n}.txt`)];
const COPIES = Number(process.argv[2] ?? 3);

// Same-sounding or look-alike characters (one direction each): the errors a typist or an IME makes.
const CONFUSE: Record<string, string> = Object.fromEntries(
  ['届界', '组祖', '峰锋', '明名', '远源', '市式', '会汇', '建健', '发法', '展战', '议意', '记纪', '员圆', '区驱', '部布', '党挡', '委萎',
    '书述', '长常', '政证', '府付', '经径', '济际', '工攻', '业叶', '全权', '推退', '进近', '动冻', '质制', '量良', '新心', '城成', '镇震',
    '村存', '民敏', '代待', '表标', '合和', '作做', '重众', '理里', '治至', '度渡', '体休', '系细', '务物', '力历', '实时', '持特', '策册',
    '统通', '领岭', '导道', '安按', '华化', '强墙', '培陪', '育预', '造早', '产铲', '技计', '服伏', '源原', '康糠', '办版', '李季', '王汪',
    '陈阵', '张章', '刘浏', '杨扬', '周舟', '吴吾', '徐许', '孙逊', '胡湖', '朱珠', '郑证', '林淋', '何河', '梦孟', '楚础', '婷停', '鸣呜',
    '慧惠', '佳住', '立位', '邵绍', '钱线', '振震', '兴星', '设没', '施旋', '项顶', '目木', '规观', '划画', '街接', '道到', '社设', '区曲',
    '县悬', '乡香', '企启', '营赢', '项像', '改该', '革格', '创仓', '优忧', '环还', '境竟', '保宝', '障章'].map(([a, b]) => [a!, b!]),
);
const PHRASES = ['实事求是', '共同富裕', '乡村振兴', '高质量发展', '与时俱进', '真抓实干', '凝心聚力', '攻坚克难', '迎难而上', '稳中求进'];

let state = 20260317;
// mulberry32: integer arithmetic only, so the sequence does not collapse into a short cycle.
const rand = (n: number): number => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};

interface Story { name: string; texts: string[] }
interface Sample { story: number; kind: 'substitution' | 'omission'; body: string; start: number; end: number; original: string }
interface Flag { start: number; end: number; suggestion: string }

async function loadStories(): Promise<Story[]> {
  const out: Story[] = [];
  for (const f of FILES) {
    const r = await importFile({ name: f.split('/').pop()!, bytes: readFileSync(resolve(SHARED, f)) });
    r.stories.forEach((s, k) => out.push({ name: `${f}#${k + 1}`, texts: [s.kicker, s.headline, s.subhead, s.byline, s.dateline, s.body.join('\n')].filter(Boolean) }));
  }
  return out;
}

/** Up to COPIES copies of the body with one error of each class. */
function inject(story: Story, k: number): Sample[] {
  const body = story.texts.at(-1)!;
  const out: Sample[] = [];
  const runs = hanRuns(body);
  const subs = runs.flatMap((r) => r.chars.flatMap((cp, i) => (CONFUSE[String.fromCodePoint(cp)] && r.chars.length >= 2 ? [r.offsets[i]!] : [])));
  const used = new Set<number>();
  for (let c = 0; c < COPIES && used.size < subs.length; c++) {
    let at = subs[rand(subs.length)]!;
    while (used.has(at)) at = subs[rand(subs.length)]!;
    used.add(at);
    const original = body[at]!;
    out.push({ story: k, kind: 'substitution', body: body.slice(0, at) + CONFUSE[original]! + body.slice(at + 1), start: at, end: at + 1, original });
  }
  const phrases = [...new Set([
    ...runs.filter((r) => r.chars.length === 4).map((r) => r.offsets[0]!),
    ...PHRASES.flatMap((p) => [...body.matchAll(new RegExp(p, 'g'))].map((m) => m.index)),
  ])];
  const taken = new Set<number>();
  for (let c = 0; c < COPIES && taken.size < phrases.length; c++) {
    let p = phrases[rand(phrases.length)]!;
    while (taken.has(p)) p = phrases[rand(phrases.length)]!;
    taken.add(p);
    const at = p + rand(4); // the phrases are BMP Han: one unit a character
    const original = body[at]!;
    out.push({ story: k, kind: 'omission', body: body.slice(0, at) + body.slice(at + 1), start: at, end: at, original });
  }
  return out;
}

/** Baseline (a): every 4-window the archive never has, merged into spans (suggests nothing). */
function unseenWindows(ix: NgramIndex, text: string): Flag[] {
  const spans: Flag[] = [];
  for (const r of hanRuns(text)) {
    for (let i = 0; i + 4 <= r.chars.length; i++) {
      if (ix.count(r.chars, i, 4) > 0) continue;
      const start = r.offsets[i]!;
      const end = r.offsets[i + 4]!;
      const last = spans.at(-1);
      if (last && start < last.end) last.end = end;
      else spans.push({ start, end, suggestion: '' });
    }
  }
  return spans;
}

const onLabel = (f: Flag, s: Sample): boolean =>
  s.kind === 'substitution' ? f.start < s.end && f.end > s.start : f.start <= s.start && f.end >= s.start;
const fixes = (f: Flag, s: Sample): boolean =>
  s.kind === 'substitution' ? f.start === s.start && f.end === s.end && f.suggestion === s.original : f.start === s.start && f.end === s.start && f.suggestion === s.original;

interface Tally { found: number; fixed: number; falseAlarms: number; flags: number; cleanFalseAlarms: number; byKind: Record<string, { n: number; found: number }> }

async function main(): Promise<void> {
  const stories = await loadStories();
  const ix = new NgramIndex();
  const t0 = performance.now();
  for (const s of stories) for (const t of s.texts) ix.add(t);
  const buildMs = performance.now() - t0;
  const samples = stories.flatMap((s, k) => inject(s, k));
  const checkers: Record<string, (text: string, story: Story) => Flag[]> = {
    'archive-ngram': (text) => archiveSuspects(ix, text),
    'archive-ngram (minCount 2, dominance 0.6)': (text) => archiveSuspects(ix, text, {}, { minCount: 2, dominance: 0.6 } satisfies ArchiveSuspectOptions),
    'archive-ngram (minCount 5)': (text) => archiveSuspects(ix, text, {}, { minCount: 5 }),
    'unseen 4-gram (peer baseline)': (text) => unseenWindows(ix, text),
  };
  const tallies: Record<string, Tally> = {};
  const examples: Record<string, string[]> = {};
  for (const name of Object.keys(checkers)) {
    tallies[name] = { found: 0, fixed: 0, falseAlarms: 0, flags: 0, cleanFalseAlarms: 0, byKind: { substitution: { n: 0, found: 0 }, omission: { n: 0, found: 0 } } };
    examples[name] = [];
  }
  let cleanChars = 0;
  for (const [k, story] of stories.entries()) {
    for (const t of story.texts) ix.remove(t); // leave one out
    const body = story.texts.at(-1)!;
    cleanChars += [...body].length;
    for (const [name, check] of Object.entries(checkers)) {
      const tally = tallies[name]!;
      const clean = check(body, story);
      tally.cleanFalseAlarms += clean.length;
      if (name === 'archive-ngram') for (const f of clean) examples[name]!.push(`${story.name}: ${'message' in f ? String(f.message) : ''} @ ${body.slice(Math.max(0, f.start - 4), f.end + 4)}`);
      for (const s of samples.filter((x) => x.story === k)) {
        const flags = check(s.body, story);
        const right = flags.filter((f) => onLabel(f, s));
        tally.flags += flags.length;
        tally.falseAlarms += flags.length - right.length;
        tally.byKind[s.kind]!.n++;
        if (right.length) {
          tally.found++;
          tally.byKind[s.kind]!.found++;
        }
        if (right.some((f) => fixes(f, s))) tally.fixed++;
      }
    }
    for (const t of story.texts) ix.add(t);
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const result = Object.fromEntries(
    Object.entries(tallies).map(([name, t]) => [
      name,
      {
        precision: t.flags ? round((t.flags - t.falseAlarms) / t.flags) : null,
        recall: round(t.found / samples.length),
        fixedRight: round(t.fixed / samples.length),
        flagsOnCopies: t.flags,
        falseAlarmsOnCopies: t.falseAlarms,
        recallByKind: Object.fromEntries(Object.entries(t.byKind).map(([kind, v]) => [kind, `${v.found}/${v.n}`])),
        cleanFalseAlarms: t.cleanFalseAlarms,
        cleanFalseAlarmsPer10kChars: round((t.cleanFalseAlarms * 10_000) / cleanChars),
      },
    ]),
  );
  console.log(JSON.stringify({
    archive: { stories: stories.length, hanChars: ix.hanChars, distinctGrams: ix.sizes, buildMs: round(buildMs) },
    sample: { copies: samples.length, substitution: samples.filter((s) => s.kind === 'substitution').length, omission: samples.filter((s) => s.kind === 'omission').length, cleanStories: stories.length, cleanChars },
    definitions: 'precision = flags on the injected span / all flags on the copies (leave-one-out); recall = copies whose injected span is flagged; fixedRight = …and the suggestion restores the original',
    checkers: result,
    cleanFalseAlarmExamples: examples['archive-ngram'],
  }, null, 2));
}

void main();
