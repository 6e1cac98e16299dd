import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile, type ImportSource } from '../../../electron/import';
import { makeDocx } from '../../fixtures/import/make-docx';

const SEED = new Uint8Array(readFileSync(resolve(process.cwd(), '../shared/seed/000_482dc2148900315e.txt')));
const DOCX = makeDocx([{ text: '推动职业教育发展', heading: 1 }, '本报讯(融媒记者 徐婷婷)1月2日,视察组一行实地探访。', { text: '加粗', bold: true }]);

// Byte-level mutations of a valid input: flips, truncation, splices of random junk.
const mutated = (base: Uint8Array) =>
  fc
    .tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(), fc.uint8Array({ maxLength: 64 }), fc.boolean())
    .map(([flips, cut, junk, truncate]) => {
      const b = new Uint8Array(base);
      for (const [at, v] of flips) b[at % b.length] = v;
      if (!truncate) return b;
      const at = cut % b.length;
      return new Uint8Array([...b.subarray(0, at), ...junk]);
    });

const textPieces = fc.constantFrom('本报讯(记者 张三)', '融媒记者 李梦楚', '\n\n', '\n', '，', '。', '𠮷', ' ', '\u3000', '2025年1月6日 星期一 第3版', '某中心 宣', '——', '侧记', '一论', '<p>', '</script>', '**', '[a](b)', '#', '\ud800', '\u0000');
const chineseText = fc.array(fc.oneof(textPieces, fc.string({ maxLength: 20 }), fc.stringMatching(/^[\u4e00-\u9fa5]{1,30}$/)), { maxLength: 60 }).map((xs) => xs.join(''));

const source: fc.Arbitrary<ImportSource> = fc.oneof(
  fc.record({ name: fc.constantFrom('a.txt', 'a.md', 'a.docx', 'noext'), bytes: fc.uint8Array({ maxLength: 2048 }) }),
  mutated(SEED).map((bytes) => ({ name: 'seed.txt', bytes })),
  mutated(DOCX).map((bytes) => ({ name: 'm.docx', bytes })),
  fc.record({ name: fc.constantFrom('paste', 'paste.md'), text: chineseText }),
  fc.record({ name: fc.constant('paste'), text: chineseText, html: chineseText }),
);

describe('importFile on hostile input', () => {
  it('returns stories or throws ImportError, nothing else, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(source, async (src) => {
        const t0 = Date.now();
        try {
          const r = await importFile(src);
          expect(r.stories.length).toBeGreaterThan(0);
          for (const s of r.stories) {
            for (const p of s.body) expect(typeof p).toBe('string');
            for (const rep of s.repairs) expect(rep.id).toMatch(/^(rejoin|strip|split|dateline):\d+$|^space:\d+:\d+$/);
          }
        } catch (err) {
          if (!(err instanceof ImportError)) throw err;
          expect(err.messageZh.length).toBeGreaterThan(0);
        }
        // A hang bound (the 5 s per input) that only a pathological loop would exceed;
        // tighter bounds trip on a loaded 2-core CI box.
        expect(Date.now() - t0).toBeLessThan(5000);
      }),
      { numRuns: 400 },
    );
  });
});
