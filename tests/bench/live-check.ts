// Live checking in the editor: a 5,000-character story re-checked after one keystroke, with the
// paragraph cache (what the editor does) against a full re-check of the same text, and the cost
// inside the keystroke itself (applying the transaction and mapping the underlines).
// `npx tsx tests/bench/live-check.ts`; prints one JSON object.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EditorState } from 'prosemirror-state';
import { blocksToDoc } from '../../renderer/src/features/editor/doc-blocks';
import { docParagraphs, findingsToPositions } from '../../renderer/src/features/editor/live-check';
import { liveCheckKey, liveCheckPlugin } from '../../renderer/src/features/editor/live-check-plugin';
import { checkParagraphs, checkText, defaultLexicons, ProofCache } from '../../shared/proof/index';
import type { Lexicons } from '../../shared/proof/lexicons/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = path.resolve(here, '../../../shared/seed/000_482dc2148900315e.txt');
const TARGET = 5_000;

/** A 5,000-character story: the sample page's paragraphs, repeated as needed, cut at a paragraph. */
function story(): string[] {
  const paras = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 10);
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < TARGET; i++) {
    const p = paras[i % paras.length]!;
    out.push(p);
    len += p.length + 1;
  }
  return out;
}

function time(fn: (i: number) => void, runs: number): { median: number; min: number; max: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, min: samples[0]!, max: samples[samples.length - 1]! };
}

const r = (x: number): number => Number(x.toFixed(3));
const rr = (t: { median: number; min: number; max: number }) => ({ medianMs: r(t.median), minMs: r(t.min), maxMs: r(t.max) });

// The newsroom's lists: the defaults plus a few entries, as the renderer builds them.
const base = defaultLexicons();
const lexicons: Lexicons = { ...base, names: [{ wrong: '永康市委', right: '永康市委员会', source: 'bench', date: '2026-11-26' }] };

const paragraphs = story();
const text = paragraphs.join('\n');
const mid = Math.floor(paragraphs.length / 2);
checkText(text, { lexicons }); // warm up: lexicon index, OpenCC tables, JIT

// Full re-check of the whole story, as a checker without the cache would do on every pause.
const full = time(() => checkText(text, { lexicons }), 31);

// One keystroke: a new character at the end of the middle paragraph, then the re-check with a warm cache.
const cache = new ProofCache();
checkParagraphs(paragraphs, cache, { lexicons });
const typed = paragraphs.slice();
const before = cache.stats.misses;
const incremental = time((i) => {
  typed[mid] = `${typed[mid]}${'的一是在不了有和人这'[i % 10]}`;
  checkParagraphs(typed, cache, { lexicons });
}, 31);
const recheckedPerKeystroke = (cache.stats.misses - before) / 31;

// The whole live pipeline after one keystroke: document → paragraphs → check → positions → decorations.
let state = EditorState.create({
  doc: blocksToDoc(paragraphs.map((p) => ({ type: 'paragraph' as const, text: p }))),
  plugins: [liveCheckPlugin({ enabled: () => true, lexicons: () => lexicons, subscribe: () => () => {}, delayMs: 0 })],
});
const liveCache = new ProofCache();
const publish = (): void => {
  const found = findingsToPositions(state.doc, checkParagraphs(docParagraphs(state.doc), liveCache, { lexicons }));
  state = state.apply(state.tr.setMeta(liveCheckKey, found));
};
publish();
const underlines = liveCheckKey.getState(state)!.find().length;
let endOfMid = 0;
state.doc.forEach((node, offset, index) => {
  if (index === mid) endOfMid = offset + 1 + node.content.size;
});
// Inside the keystroke: the transaction with the underlines mapped (no checking happens here).
const keystroke = time((i) => {
  state = state.apply(state.tr.insertText('字', endOfMid + i));
}, 31);
// After each keystroke, the debounced re-check with its decorations (the keystroke included).
const pipeline = time((i) => {
  state = state.apply(state.tr.insertText('文', endOfMid + 31 + i));
  publish();
}, 31);

console.log(
  JSON.stringify(
    {
      chars: text.length,
      paragraphs: paragraphs.length,
      underlines,
      fullRecheck: rr(full),
      incrementalAfterOneKeystroke: { ...rr(incremental), paragraphsRechecked: recheckedPerKeystroke },
      livePipelineAfterOneKeystroke: rr(pipeline),
      keystrokeTransaction: rr(keystroke),
      speedupMedian: r(full.median / incremental.median),
    },
    null,
    2,
  ),
);
