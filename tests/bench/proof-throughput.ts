// Checker throughput on a 100,000-character issue, against zhlint (a devDependency) run in the
// same process on the same text. `npx tsx tests/bench/proof-throughput.ts`; prints one JSON object.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText, ProofCache, checkParagraphs } from '../../shared/proof/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../shared');
const TARGET = 100_000;

function buildIssue(): string {
  const page = readFileSync(path.join(shared, 'seed/000_482dc2148900315e.txt'), 'utf8');
  const sentences = readFileSync(path.join(shared, 'proof-eval/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const parts: string[] = [];
  let len = 0;
  for (let k = 0; len < TARGET; k++) {
    const chunk = k % 2 === 0 ? page : sentences.join('\n\n');
    parts.push(chunk);
    len += chunk.length + 2;
  }
  return parts.join('\n\n').slice(0, TARGET);
}

/** Median and minimum wall time of `runs` calls (the machine is shared: report both). */
function time(fn: () => void, runs: number): { median: number; min: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] ?? NaN, min: samples[0] ?? NaN };
}

interface ZhlintRun {
  run: (text: string, options?: unknown) => unknown;
}

async function loadPeer(): Promise<ZhlintRun> {
  return (await import('zhlint')) as unknown as ZhlintRun;
}

async function main(): Promise<void> {
  const text = buildIssue();
  checkText(text); // warm up: lexicon index, OpenCC tables, JIT
  const oursMs = time(() => checkText(text), 21);
  const findings = checkText(text).length;

  // incremental: one paragraph edited in a warm cache
  const paragraphs = text.split('\n');
  const cache = new ProofCache();
  checkParagraphs(paragraphs, cache);
  const edited = paragraphs.slice();
  const at = edited.findIndex((p) => p.length > 50);
  edited[at] = `${edited[at] ?? ''}，新增一句话。`;
  const incrementalMs = time(() => checkParagraphs(edited, cache), 15);

  const peer = await loadPeer();
  let peerMs: { median: number; min: number } | null = null;
  if (peer) {
    const opts = { rules: { preset: 'default' } };
    peer.run(text.slice(0, 5000), opts);
    peerMs = time(() => peer.run(text, opts), 3);
  }
  const cps = (ms: number): number => Math.round((text.length / ms) * 1000);
  const r = (x: number): number => Number(x.toFixed(2));
  console.log(
    JSON.stringify(
      {
        chars: text.length,
        paragraphs: paragraphs.length,
        banxin: { medianMs: r(oursMs.median), minMs: r(oursMs.min), charsPerSec: cps(oursMs.median), findings },
        banxinIncrementalOneEdit: { medianMs: r(incrementalMs.median), minMs: r(incrementalMs.min) },
        peer: peerMs
          ? { name: 'zhlint@0.8.2 (preset default)', medianMs: r(peerMs.median), minMs: r(peerMs.min), charsPerSec: cps(peerMs.median) }
          : null,
        speedupMedian: peerMs ? r(peerMs.median / oursMs.median) : null,
        speedupMin: peerMs ? r(peerMs.min / oursMs.min) : null,
        goals: { under50msMedian: oursMs.median < 50, under50msMin: oursMs.min < 50, atLeast10xPeer: peerMs ? peerMs.median / oursMs.median >= 10 : null },
      },
      null,
      2,
    ),
  );
}

await main();
