// Issue #13: a parser-differential fuzzer for the .docx zip guard. Valid archives are mutated
// (offsets, gaps, second and hidden directories, duplicated entries, sizes, names, plus harmless
// rewrites); whenever the guard accepts a mutant, the Word parser's own zip reader (JSZip, what
// mammoth uses) must read exactly the guard's entries from the ORIGINAL bytes, and mammoth must
// extract the same text from the original as from the archive rebuilt from the guard's parts.
// Memory stays bounded by the guard's limits. 400 mutants in `npm test`, 6,000 with BANXIN_STRESS=1.
import fc from 'fast-check';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../electron/export/zip-writer';
import { ImportError } from '../../electron/import';
import { resolveLimits } from '../../electron/import/limits';
import { verifiedZipParts } from '../../electron/import/zip-guard';
import { makeDocx } from '../fixtures/import/make-docx';
import { mutateZip, zipMutations } from '../fixtures/import/zip-mutations';

const RUNS = process.env.BANXIN_STRESS === '1' ? 6_000 : 400;
// Small limits so that "bounded" is a sharp claim: nothing accepted expands beyond 4 MiB.
const LIMITS = resolveLimits({ maxUncompressedBytes: 4 * 1024 * 1024, ratioMinBytes: 64 * 1024, maxRatio: 100 });
const MEMORY_BOUND = 256 * 1024 * 1024;

const story = (title: string, n: number) => makeDocx([{ text: title, heading: 1 }, ...Array.from({ length: n }, (_, i) => `${title}的第${i + 1}段正文，记者在现场看到。`)]);
const BASES = [story('守卫检查过的稿件', 12), story('另一篇稿件', 3), makeDocx(['配图稿件'], [{ name: 'word/media/image1.png', data: new Uint8Array(3000).map((_, i) => (i * 7) & 0xff), store: true }])];
const OTHERS = [story('隐藏目录里的稿件', 2), story('第二个隐藏稿件', 30)];
// A hidden directory can declare an overlapping bomb: many entries over one deflate stream of zeros.
OTHERS.push(makeDocx(['炸弹'], [{ name: 'word/media/a.bin', data: new Uint8Array(8 * 1024 * 1024) }]));

const text = async (bytes: Uint8Array): Promise<string> => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;

describe('zip guard vs the parser: whatever the guard accepts is exactly what the parser reads', () => {
  it(`${RUNS} mutated .docx archives`, async () => {
    const tally = { accepted: 0, refused: {} as Record<string, number>, peakRssGrowthMiB: 0 };
    const baseline = process.memoryUsage().rss;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: BASES.length - 1 }), zipMutations, async (which, ms) => {
        const bytes = mutateZip(BASES[which]!, ms, OTHERS);
        let parts;
        try {
          parts = verifiedZipParts(bytes, LIMITS, () => true);
        } catch (err) {
          if (!(err instanceof ImportError)) throw err;
          tally.refused[err.code] = (tally.refused[err.code] ?? 0) + 1;
          return;
        }
        tally.accepted++;
        // The parser's zip reader, on the original bytes, sees the same files with the same contents.
        const zip = await JSZip.loadAsync(bytes);
        const theirs = Object.values(zip.files).filter((f) => !f.dir);
        expect(theirs.map((f) => f.name).sort()).toEqual(parts.map((p) => p.name).sort());
        for (const p of parts) expect(Buffer.from(await zip.file(p.name)!.async('uint8array')).equals(Buffer.from(p.data))).toBe(true);
        // And mammoth reads the same document from the original as from the guard's rebuilt archive.
        if (parts.some((p) => p.name === 'word/document.xml')) {
          const rebuilt = writeZip(parts.map((p) => ({ name: p.name, data: p.data, store: true })));
          expect(await text(bytes)).toBe(await text(rebuilt));
        }
        const growth = process.memoryUsage().rss - baseline;
        tally.peakRssGrowthMiB = Math.max(tally.peakRssGrowthMiB, Math.round(growth / 1024 / 1024));
        expect(growth).toBeLessThan(MEMORY_BOUND);
      }),
      { numRuns: RUNS },
    );
    console.log(JSON.stringify({ fuzz: 'zip-guard-differential', runs: RUNS, ...tally }));
    // A fuzzer whose mutants are all refused proves nothing about the accepted side.
    expect(tally.accepted).toBeGreaterThan(RUNS / 10);
  }, RUNS * 500);
});
