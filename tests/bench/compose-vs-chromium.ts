// Benchmark: our composer vs Chromium laying out the same text (CSS multicol, line-break:
// strict), measured in the same run. Prints JSON. Run: npx tsx tests/bench/compose-vs-chromium.ts
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { FontRegistry } from '../../electron/fonts/font-registry';
import { composeParagraphs } from '../../shared/typeset/compose';
import { flowStory, PrepareCache, type Frame, type StoryBlock } from '../../shared/typeset/flow';
import { bodyStyle } from '../../shared/typeset/styles';

const SEED = '/work/shared/seed/000_482dc2148900315e.txt';
const CHROMIUM = '/usr/bin/chromium';
const TARGET = 100_000;

function normalise(raw: string): string[] {
  const FULL: Record<string, string> = { ',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）' };
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  const paras = raw
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) =>
      Array.from(l)
        .map((ch, i, arr) => {
          const f = FULL[ch];
          if (!f) return ch;
          const near = (arr[i - 1] ?? '') + (arr[i + 1] ?? '') + (arr[i + 2] ?? '');
          return cjk.test(near) || /\s/.test(arr[i + 1] ?? '') ? f : ch;
        })
        .join(''),
    );
  const out: string[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[。！？”」』）…：]$/.test(prev) && out.length > 1) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out.slice(1);
}

function stats(xs: number[]): { min: number; median: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { min: +s[0]!.toFixed(3), median: +s[Math.floor(s.length / 2)]!.toFixed(3) };
}

function time(runs: number, fn: () => void): { min: number; median: number } {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return stats(t);
}

async function main(): Promise<void> {
  if (!existsSync(SEED)) throw new Error(`seed text not found: ${SEED}`);
  const body = normalise(readFileSync(SEED, 'utf8'));
  const paragraphs: string[] = [];
  let chars = 0;
  while (chars < TARGET) {
    for (const p of body) {
      if (chars >= TARGET) break;
      paragraphs.push(p);
      chars += p.length;
    }
  }
  const style = bodyStyle(10.5);
  const measure = 13 * 10.5;
  const reg = new FontRegistry({ system: false });
  const fonts = reg.fontSet(style.fonts);
  // Warm the per-code-point caches and the JIT (fonts load once per app run).
  for (let i = 0; i < 5; i++) composeParagraphs(paragraphs, style, measure, fonts);

  const compose = time(40, () => composeParagraphs(paragraphs, style, measure, fonts));
  const blocks: StoryBlock[] = paragraphs.map((text) => ({ text, style }));
  // A 16-page issue: 8 columns of 100 lines per page.
  const frames: Frame[] = [];
  for (let p = 1; p <= 16; p++) for (let c = 0; c < 8; c++) frames.push({ id: `p${p}c${c}`, page: p, width: measure, height: 100 * style.leading });
  const cache = new PrepareCache();
  // Uncached: every paragraph analysed afresh (first layout of an issue). Cached: analysis
  // reused, as on every re-flow after the first. No positions: copyfit/overset loops.
  for (let i = 0; i < 5; i++) flowStory(blocks, frames, () => fonts);
  const issue = time(60, () => flowStory(blocks, frames, () => fonts));
  const issueCached = time(60, () => flowStory(blocks, frames, () => fonts, { cache }));
  const issueNoPositions = time(60, () => flowStory(blocks, frames, () => fonts, { positions: false }));
  const issueResult = flowStory(blocks, frames, () => fonts, { cache });
  const linesSet = issueResult.frames.reduce((n, f) => n + f.lines.length, 0);

  // One story (about 3,000 characters) re-flowed after inserting a sentence in one paragraph.
  const story = blocks.slice(300, 300 + 12);
  const storyChars = story.reduce((n, b) => n + b.text.length, 0);
  const storyFrames: Frame[] = [0, 1, 2, 3, 4, 5].map((c) => ({ id: `s${c}`, page: c < 4 ? 1 : 5, width: measure, height: 60 * style.leading }));
  flowStory(story, storyFrames, () => fonts, { cache });
  let edit = 0;
  const reflow = time(200, () => {
    const edited = story.slice();
    const b = edited[5]!;
    edited[5] = { text: b.text.slice(0, 40) + `新增一句话第${edit++}次。` + b.text.slice(40), style };
    flowStory(edited, storyFrames, () => fonts, { cache });
  });

  // Chromium, same text, same font family, same measure.
  let chromiumResult: Record<string, unknown> = { skipped: 'chromium not installed' };
  if (existsSync(CHROMIUM)) {
    const profile = mkdtempSync(join(tmpdir(), 'banxin-bench-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await ctx.newPage();
      const fontUrl = 'file://' + reg.path('noto-serif-sc-400');
      await page.goto('about:blank');
      // Plain-JS source string: a bundler's helpers (e.g. __name) do not exist in the page.
      const script = `(async (paragraphs, fontUrl) => {
          const face = new FontFace('BanxinSerif', \`url(\${fontUrl})\`);
          try {
            await face.load();
            document.fonts.add(face);
          } catch {
            // Fall back to the system Noto Serif CJK SC when file:// fonts are blocked.
          }
          const css = document.createElement('style');
          css.textContent = \`body{margin:0} #s{width:\${8 * 13 + 7}em;column-width:13em;column-gap:1em;column-fill:auto;height:100lh;font:10.5pt/1.5 BanxinSerif,'Noto Serif CJK SC',serif;line-break:strict;text-align:justify;text-spacing-trim:normal;text-autospace:normal} #s p{margin:0;text-indent:2em}\`;
          document.head.appendChild(css);
          const host = document.createElement('div');
          host.id = 's';
          document.body.appendChild(host);
          const html = paragraphs.map((p) => \`<p>\${p}</p>\`).join('');
          const cold = [];
          for (let i = 0; i < 11; i++) {
            host.innerHTML = '';
            void host.offsetHeight;
            const t = performance.now();
            host.innerHTML = html;
            void host.offsetHeight;
            host.getClientRects();
            cold.push(performance.now() - t);
          }
          // Forced relayout of the whole text without rebuilding the DOM: nudge the container
          // width so every line is laid out again (the peer of a whole-issue re-flow).
          const full = [];
          for (let i = 0; i < 21; i++) {
            host.style.width = \`\${8 * 13 + 7 + (i % 2 ? 0.01 : 0.02)}em\`;
            const t = performance.now();
            void host.offsetHeight;
            host.getClientRects();
            full.push(performance.now() - t);
          }
          host.style.width = '';
          void host.offsetHeight;
          const relayout = [];
          const target = host.children[305] ;
          const orig = target.textContent ?? '';
          for (let i = 0; i < 41; i++) {
            const t = performance.now();
            target.textContent = orig.slice(0, 40) + \`新增一句话第\${i}次。\` + orig.slice(40);
            void host.offsetHeight;
            relayout.push(performance.now() - t);
          }
          function sort(a) { return [...a].sort((x, y) => x - y); }
          return {
            fontLoaded: document.fonts.check('10.5pt BanxinSerif'),
            layoutRuns: cold.length,
            layoutMin: sort(cold)[0],
            layoutMedian: sort(cold)[5],
            forcedRelayoutRuns: full.length,
            forcedRelayoutMin: sort(full)[0],
            forcedRelayoutMedian: sort(full)[10],
            relayoutRuns: relayout.length,
            relayoutMin: sort(relayout)[0],
            relayoutMedian: sort(relayout)[20],
          };
        })(${JSON.stringify(paragraphs)}, ${JSON.stringify(fontUrl)})`;
      const r = (await page.evaluate(script)) as Record<string, unknown>;
      chromiumResult = r;
    } finally {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }

  const c = chromiumResult as {
    layoutMin?: number;
    layoutMedian?: number;
    forcedRelayoutMin?: number;
    forcedRelayoutMedian?: number;
    relayoutMin?: number;
    relayoutMedian?: number;
  };
  const ratio = (a: number | undefined, b: number): number | null => (a === undefined ? null : +(a / b).toFixed(1));
  console.log(
    JSON.stringify(
      {
        text: { paragraphs: paragraphs.length, chars, measureEm: 13, sizePt: 10.5 },
        composer: {
          composeParagraphsMs: compose,
          issueFlowMs: issue,
          issueFlowCachedMs: issueCached,
          issueFlowNoPositionsMs: issueNoPositions,
          issueLines: linesSet,
          issueOverset: issueResult.overset,
          storyChars,
          reflowAfterEditMs: reflow,
        },
        chromium: chromiumResult,
        // Chromium's first layout (DOM built and laid out) and its forced relayout (same DOM,
        // every line again) against our uncached and cached whole-issue flows; min and median.
        ratios:
          c.layoutMin !== undefined
            ? {
                firstLayoutVsFlowMin: ratio(c.layoutMin, issue.min),
                firstLayoutVsFlowMedian: ratio(c.layoutMedian, issue.median),
                firstLayoutVsCachedFlowMedian: ratio(c.layoutMedian, issueCached.median),
                forcedRelayoutVsFlowMin: ratio(c.forcedRelayoutMin, issue.min),
                forcedRelayoutVsFlowMedian: ratio(c.forcedRelayoutMedian, issue.median),
                forcedRelayoutVsCachedFlowMedian: ratio(c.forcedRelayoutMedian, issueCached.median),
                relayoutVsReflowMin: ratio(c.relayoutMin, reflow.min),
                relayoutVsReflowMedian: ratio(c.relayoutMedian, reflow.median),
              }
            : null,
        goals: {
          issueUnder20ms: issue.median < 20,
          reflowUnder2ms: reflow.median < 2,
          fiftyTimesChromiumFirstLayout: c.layoutMedian !== undefined ? c.layoutMedian / issue.median >= 50 : null,
          fiftyTimesChromiumForcedRelayout: c.forcedRelayoutMedian !== undefined ? c.forcedRelayoutMedian / issue.median >= 50 : null,
        },
      },
      null,
      2,
    ),
  );
}

await main();
