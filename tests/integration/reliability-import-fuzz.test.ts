// S5: fast-check fuzzing of every importer format — 1,000 mutated or generated inputs per format
// in `npm test`, 10,000 with BANXIN_STRESS=1. Each input: a result or a typed ImportError (never
// another exception), settled within 5 s, and output that is plain, sanitised text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile, type ImportSource } from '../../electron/import';
import { writePrintPdf } from '../../electron/export';
import { FontRegistry } from '../../electron/fonts';
import { makeDocx } from '../fixtures/import/make-docx';
import { samplePage } from '../support/sample-page';

const RUNS = process.env.BANXIN_STRESS === '1' ? 10_000 : 1_000;
const HANG_MS = 5_000;
// A PDF is read in a worker thread (pdf.js over 3 MB of code): each costs far more than a text
// import, so fewer runs; its hang bound is the reader's own (maxPdfMillis, 5 s) plus restarting the
// worker from TypeScript source after one was stopped, which a loaded test machine can take 20 s for.
const PDF_RUNS = process.env.BANXIN_STRESS === '1' ? 500 : 25;
const PDF_HANG_MS = 30_000;
const fonts = new FontRegistry();
const PDF = new Uint8Array(await writePrintPdf([samplePage(fonts)], fonts));
const SEED = new Uint8Array(readFileSync(resolve(process.cwd(), '../shared/seed/000_482dc2148900315e.txt')));
const MD = new TextEncoder().encode('# 推动职业教育发展\n\n本报讯（融媒记者 徐婷婷）1月2日，**视察组**一行[实地](http://x)探访。\n\n- 一\n- 二\n');
const DOCX = makeDocx([{ text: '推动职业教育发展', heading: 1 }, '本报讯(融媒记者 徐婷婷)1月2日,视察组一行实地探访。', { text: '加粗', bold: true, link: 'javascript:alert(1)' }]);

// Byte-level mutations of a valid input: flips, truncation, splices of random junk.
const mutated = (base: Uint8Array) =>
  fc
    .tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), fc.nat(), fc.uint8Array({ maxLength: 96 }), fc.boolean())
    .map(([flips, cut, junk, truncate]) => {
      const b = new Uint8Array(base);
      for (const [at, v] of flips) b[at % b.length] = v;
      if (!truncate) return b;
      const at = cut % b.length;
      return new Uint8Array([...b.subarray(0, at), ...junk, ...b.subarray(at)]);
    });

const hostilePieces = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">链接</a>', '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<iframe src="file:///etc/passwd"></iframe>', '<p style="x:expression(alert(1))">段</p>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--', '-->', '<![CDATA[', ']]>', '&lt;script&gt;', '<p>', '</p>', '<br>', '<h1>标题</h1>', '本报讯(记者 张三)', '\n\n', '，', '。', '𠮷', '\u3000',
);
const chinese = fc.stringMatching(/^[\u4e00-\u9fa5，。]{1,40}$/);
const html = fc.array(fc.oneof(hostilePieces, chinese, fc.string({ maxLength: 10 })), { maxLength: 40 }).map((xs) => xs.join(''));
const text = fc.array(fc.oneof(chinese, fc.constantFrom('\n', '\n\n', '本报讯', '——', '𠮷', '**', '#', '[a](b)'), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((xs) => xs.join(''));

const FORMATS: Record<string, fc.Arbitrary<ImportSource>> = {
  txt: fc.oneof(mutated(SEED).map((bytes) => ({ name: 'seed.txt', bytes })), fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ name: 'r.txt', bytes }))),
  md: fc.oneof(mutated(MD).map((bytes) => ({ name: 'a.md', bytes })), text.map((t) => ({ name: 'b.md', bytes: new TextEncoder().encode(t) }))),
  docx: fc.oneof(mutated(DOCX).map((bytes) => ({ name: 'm.docx', bytes })), fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ name: 'r.docx', bytes }))),
  'html paste': fc.record({ name: fc.constant('paste'), text, html }),
  'text paste': fc.record({ name: fc.constantFrom('paste', 'paste.md'), text }),
  pdf: fc.oneof(mutated(PDF).map((bytes) => ({ name: 'm.pdf', bytes })), fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ name: 'r.pdf', bytes }))),
};

/**
 * Sanitised output is plain text, shown as text. The hostile pieces above carry their payloads
 * (alert(1), onerror, javascript:, expression()) only inside markup — script bodies, style
 * bodies, attributes — so any payload in the output means markup content leaked into the copy.
 * Escaped markup (`&lt;script&gt;`) legitimately becomes the text "<script>" and is not flagged.
 */
function unsafe(s: string): string | undefined {
  if (/alert\(1\)|onerror|javascript:|expression\(/i.test(s)) return 'payload from markup';
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)) return 'control character';
  return undefined;
}

// The oracle is DOM-based (as the research note advises) and uses parse5, which implements the
// WHATWG tree construction exactly — including foreign-content breakout, where an <img> inside
// <svg><style> leaves the SVG, so a later '<![CDATA[<script>' is a bogus comment and the
// 'alert(1)' after it is copy, not leaked markup. (happy-dom keeps it inside the SVG and
// disagreed with every browser here.)
type Node = DefaultTreeAdapterMap['node'];
const OPAQUE = new Set(['script', 'style', 'iframe', 'svg', 'math', 'noscript', 'template', 'textarea', 'title', 'head']);
function visibleText(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (OPAQUE.has(node.nodeName)) return '';
  return 'childNodes' in node ? node.childNodes.map(visibleText).join('') : '';
}
function payloadIsText(src: ImportSource): boolean {
  if (!('html' in src) || src.html === undefined) return false;
  return unsafe(visibleText(parse(src.html))) !== undefined;
}

type Tally = { ok: number; refused: Record<string, number>; slowestMs: number };

/** One input: stories with plain, safe fields or a typed ImportError, within the hang bound. */
async function checkImport(src: ImportSource, hangMs: number, tally: Tally): Promise<void> {
  const t0 = performance.now();
  try {
    const r = await importFile(src);
    tally.ok++;
    for (const s of r.stories) {
      for (const field of [s.kicker, s.headline, s.subhead, s.byline, s.dateline, ...s.body]) {
        expect(typeof field).toBe('string');
        if (!payloadIsText(src)) expect(unsafe(field)).toBeUndefined();
      }
    }
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    expect(err.messageZh.length).toBeGreaterThan(0);
    tally.refused[err.code] = (tally.refused[err.code] ?? 0) + 1;
  }
  const ms = performance.now() - t0;
  tally.slowestMs = Math.max(tally.slowestMs, Math.round(ms));
  // A hang bound (the 5 s), not a performance target.
  expect(ms).toBeLessThan(hangMs);
}

describe('importer fuzzing, per format', () => {
  it('a stray "<" before a tag ("<<script>", "<<style>") does not leak the script or style body into the copy', async () => {
    const r = await importFile({ name: 'paste', text: '', html: '<p>正文</p><<script>alert(1)</script><<style>p{}</style>' });
    for (const s of r.stories) for (const f of [s.headline, ...s.body]) expect(unsafe(f)).toBeUndefined();
  });

  it('a "<" followed by a space is text, as in the HTML tokenizer: it does not swallow the next tag', async () => {
    // fast-check found '< A<script>alert(1)</script>': the space-tolerant tag opener ran '< A' up to
    // the script tag's '>', so the script element was never seen and its body became copy.
    for (const html of ['< A<script>alert(1)</script>', '<p>正文</p>< b<style>p{}</style>', '1 < 2<script>alert(1)</script>']) {
      const r = await importFile({ name: 'paste', text: '', html });
      for (const s of r.stories) for (const f of [s.headline, ...s.body]) expect(unsafe(f)).toBeUndefined();
    }
  });

  it('the oracle follows the HTML spec: after a foreign-content breakout, text behind a bogus CDATA comment is copy', () => {
    // fast-check seed 1541746134 found this on CI; browsers render 'alert(1)' here as page text.
    expect(payloadIsText({ name: 'paste', text: '', html: '<svg><style><img src=x onerror=alert(1)></style></svg><![CDATA[<script>alert(1)</script>' })).toBe(true);
    expect(payloadIsText({ name: 'paste', text: '', html: '<svg><style>alert(1)</style></svg>' })).toBe(false);
  });

  // Counterexamples fast-check found, replayed exactly (seed and path) so they stay fixed.
  const REPLAYS: Array<{ format: string; seed: number; path: string; found: string }> = [
    // Multi-page PDF import: a mutated content stream put a control character into a story's body.
    { format: 'pdf', seed: -348305298, path: '4:1:0:21:2:2:2:9:5:5:5:5', found: 'control character in a field' },
  ];
  // BANXIN_FUZZ_SEED replays a whole run that failed elsewhere (its seed is in the failure message).
  const seedOption = process.env.BANXIN_FUZZ_SEED ? { seed: Number(process.env.BANXIN_FUZZ_SEED) } : {};

  for (const [format, arb] of Object.entries(FORMATS)) {
    const runs = format === 'pdf' ? PDF_RUNS : RUNS;
    const hangMs = format === 'pdf' ? PDF_HANG_MS : HANG_MS;
    for (const r of REPLAYS.filter((x) => x.format === format)) {
      it(`${format}: replays seed ${r.seed} (${r.found})`, async () => {
        await fc.assert(fc.asyncProperty(arb, (src) => checkImport(src, hangMs, { ok: 0, refused: {}, slowestMs: 0 })), { seed: r.seed, path: r.path, endOnFailure: true });
      }, 60_000);
    }
    it(`${format}: ${runs} inputs — stories or a typed ImportError, within ${hangMs / 1000} s, sanitised output`, async () => {
      // The PDF reader's thread is started once before timing (its start is not an input's cost).
      if (format === 'pdf') await importFile({ name: 'warm.pdf', bytes: PDF });
      const tally: Tally = { ok: 0, refused: {}, slowestMs: 0 };
      await fc.assert(
        fc.asyncProperty(arb, (src) => checkImport(src, hangMs, tally)),
        { numRuns: runs, ...seedOption },
      );
      console.log(JSON.stringify({ fuzz: format, runs, ...tally }));
    }, format === 'pdf' ? runs * 8_000 : RUNS * 200);
  }
});
