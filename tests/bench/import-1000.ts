// Imports 1000 pages (the seed, each with a different running head spliced in) and compares
// with a peer measured in the same run: the bare minimum any importer does (decode + split lines).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importFile } from '../../electron/import';

const seed = readFileSync(resolve(process.cwd(), '../shared/seed/000_482dc2148900315e.txt'), 'utf8');
const pages = Array.from({ length: 1000 }, (_, i) => {
  const lines = seed.split('\n');
  lines.splice(10 + (i % 40), 0, '', `2025年1月${(i % 28) + 1}日 星期一 第${(i % 8) + 1}版`, '');
  return new TextEncoder().encode(lines.join('\n'));
});

async function main(): Promise<void> {
  let t0 = performance.now();
  let peerLines = 0;
  for (const bytes of pages) peerLines += new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n').filter((l) => l.trim()).length;
  const peerMs = performance.now() - t0;

  t0 = performance.now();
  let stories = 0;
  let repairs = 0;
  for (const bytes of pages) {
    const r = await importFile({ name: 'p.txt', bytes });
    stories += r.stories.length;
    repairs += r.stories.reduce((n, s) => n + s.repairs.length, 0);
  }
  const importMs = performance.now() - t0;
  console.log(
    JSON.stringify({
      pages: pages.length,
      bytesPerPage: pages[0]?.length,
      importFile: { totalMs: Math.round(importMs), perPageMs: +(importMs / pages.length).toFixed(3), stories, repairs },
      peerDecodeSplit: { totalMs: Math.round(peerMs), perPageMs: +(peerMs / pages.length).toFixed(3), lines: peerLines },
      ratio: +(importMs / peerMs).toFixed(1),
    }),
  );
}

await main();
