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
import { seedBody } from '../support/seed-body';
import { bareKernel } from './bare-kernel';
import { issueParagraphs, SEED } from './issue-text';
import { looseLines } from './loose-lines';

const CHROMIUM = '/usr/bin/chromium';
const TARGET = 100_000;
// The story used for the re-flow figures, and the paragraph edited (the same in Chromium).
const STORY_FROM = 300;
const EDITED = 305;

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
  const paragraphs = issueParagraphs(TARGET);
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const style = bodyStyle(10.5);
  const measure = 13 * 10.5;
  const reg = new FontRegistry({ system: false });
  const fonts = reg.fontSet(style.fonts);
  // Warm the per-code-point caches and the JIT (fonts load once per app run).
  for (let i = 0; i < 5; i++) composeParagraphs(paragraphs, style, measure, fonts);

  const compose = time(40, () => composeParagraphs(paragraphs, style, measure, fonts));
  // The floor under any composer of this text (see bare-kernel.ts): how much room 50× leaves.
  const kernel = bareKernel(paragraphs, fonts, 13, 10.5);
  for (let i = 0; i < 20; i++) kernel();
  const bare = time(60, kernel);
  const blocks: StoryBlock[] = paragraphs.map((text) => ({ text, style }));
  // A 16-page issue: 8 columns of 100 lines per page.
  const frames: Frame[] = [];
  for (let p = 1; p <= 16; p++) for (let c = 0; c < 8; c++) frames.push({ id: `p${p}c${c}`, page: p, width: measure, height: 100 * style.leading });
  // First layout: every paragraph analysed and broken afresh. No positions: copyfit/overset loops.
  for (let i = 0; i < 5; i++) flowStory(blocks, frames, () => fonts);
  const issue = time(60, () => flowStory(blocks, frames, () => fonts));
  const issueNoPositions = time(60, () => flowStory(blocks, frames, () => fonts, { positions: false }));
  const issueResult = flowStory(blocks, frames, () => fonts);
  const linesSet = issueResult.frames.reduce((n, f) => n + f.lines.length, 0);

  // Re-flow after an edit, as the app does on a keystroke: a cache keeps every paragraph's
  // analysis and lines, so only the edited paragraph is broken again; the lines after it are
  // moved down when it grew by a line. The whole issue as one flow (the peer of Chromium's
  // relayout after the same edit in the same document), and one story on its own.
  const edited = (bs: readonly StoryBlock[], at: number, n: number): StoryBlock[] => {
    const copy = bs.slice();
    const b = copy[at]!;
    copy[at] = { text: b.text.slice(0, 40) + `新增一句话第${n}次。` + b.text.slice(40), style };
    return copy;
  };
  const issueCache = new PrepareCache();
  flowStory(blocks, frames, () => fonts, { cache: issueCache });
  let issueEdit = 0;
  const issueReflow = time(60, () => flowStory(edited(blocks, EDITED, issueEdit++), frames, () => fonts, { cache: issueCache }));

  // One story (about 2,000 characters, 12 paragraphs in 6 columns over two pages).
  const story = blocks.slice(STORY_FROM, STORY_FROM + 12);
  const storyChars = story.reduce((n, b) => n + b.text.length, 0);
  const storyFrames: Frame[] = [0, 1, 2, 3, 4, 5].map((c) => ({ id: `s${c}`, page: c < 4 ? 1 : 5, width: measure, height: 60 * style.leading }));
  const cache = new PrepareCache();
  flowStory(story, storyFrames, () => fonts, { cache });
  let edit = 0;
  const reflow = time(200, () => flowStory(edited(story, EDITED - STORY_FROM, edit++), storyFrames, () => fonts, { cache }));
  const storyUncached = time(200, () => flowStory(edited(story, EDITED - STORY_FROM, edit++), storyFrames, () => fonts));

  // Loose lines (added space above 0.1 em per gap), the old greedy breaker against the
  // composer's total-fit, over the 100k text and the seed page's own body.
  const seed = seedBody(readFileSync(SEED, 'utf8'));
  const looseFigure = (ps: readonly string[]) => {
    const greedy = looseLines(ps, style, measure, fonts, 'greedy');
    const totalFit = looseLines(ps, style, measure, fonts, 'total-fit');
    return { greedy, totalFit, shareRatio: greedy.share ? +(totalFit.share / greedy.share).toFixed(3) : null };
  };
  const loose = { issue: looseFigure(paragraphs), seed: looseFigure(seed) };

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
      const script = `(async (paragraphs, fontUrl, storyFrom, edited) => {
          const face = new FontFace('BanxinSerif', \`url(\${fontUrl})\`);
          try {
            await face.load();
            document.fonts.add(face);
          } catch {
            // Fall back to the system Noto Serif CJK SC when file:// fonts are blocked.
          }
          const css = document.createElement('style');
          css.textContent = \`body{margin:0} .mc{column-width:13em;column-gap:1em;column-fill:auto;font:10.5pt/1.5 BanxinSerif,'Noto Serif CJK SC',serif;line-break:strict;text-align:justify;text-spacing-trim:normal;text-autospace:normal} .mc p{margin:0;text-indent:2em} #s{width:\${8 * 13 + 7}em;height:100lh} #t{width:\${6 * 13 + 5}em;height:60lh}\`;
          document.head.appendChild(css);
          const host = document.createElement('div');
          host.id = 's';
          host.className = 'mc';
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
          // Relayout after the same edit as ours: in the whole issue, and in the story alone
          // (its 12 paragraphs in a 6-column box of its own, as a page built in HTML would hold it).
          function afterEdits(root, target) {
            const times = [];
            const orig = target.textContent ?? '';
            for (let i = 0; i < 41; i++) {
              const t = performance.now();
              target.textContent = orig.slice(0, 40) + \`新增一句话第\${i}次。\` + orig.slice(40);
              void root.offsetHeight;
              times.push(performance.now() - t);
            }
            target.textContent = orig;
            return times;
          }
          const relayout = afterEdits(host, host.children[edited]);
          host.remove();
          const story = document.createElement('div');
          story.id = 't';
          story.className = 'mc';
          story.innerHTML = paragraphs.slice(storyFrom, storyFrom + 12).map((p) => \`<p>\${p}</p>\`).join('');
          document.body.appendChild(story);
          void story.offsetHeight;
          const storyRelayout = afterEdits(story, story.children[edited - storyFrom]);
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
            storyRelayoutMin: sort(storyRelayout)[0],
            storyRelayoutMedian: sort(storyRelayout)[20],
          };
        })(${JSON.stringify(paragraphs)}, ${JSON.stringify(fontUrl)}, ${STORY_FROM}, ${EDITED})`;
      const r = (await page.evaluate(script)) as Record<string, unknown>;
      chromiumResult = r;
    } finally {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }

  const c = chromiumResult as Partial<Record<
    'layoutMin' | 'layoutMedian' | 'forcedRelayoutMin' | 'forcedRelayoutMedian' | 'relayoutMin' | 'relayoutMedian' | 'storyRelayoutMin' | 'storyRelayoutMedian',
    number
  >>;
  const ratio = (a: number | undefined, b: number): number | null => (a === undefined ? null : +(a / b).toFixed(1));
  const fifty = (a: number | undefined, b: number): boolean | null => (a === undefined ? null : a / b >= 50);
  console.log(
    JSON.stringify(
      {
        text: { paragraphs: paragraphs.length, chars, measureEm: 13, sizePt: 10.5 },
        composer: {
          composeParagraphsMs: compose,
          bareKernelMs: bare,
          issueFlowMs: issue,
          issueFlowNoPositionsMs: issueNoPositions,
          issueLines: linesSet,
          issueOverset: issueResult.overset,
          issueReflowAfterEditMs: issueReflow,
          storyChars,
          reflowAfterEditMs: reflow,
          storyReflowUncachedMs: storyUncached,
        },
        looseLines: loose,
        chromium: chromiumResult,
        // Like for like, min and median: Chromium's first layout (DOM built and laid out) and
        // forced relayout (same DOM, every line again) against our first flow of the issue;
        // its relayout after an edit against our re-flow after the same edit, in the whole
        // issue and in the story alone.
        ratios:
          c.layoutMin !== undefined
            ? {
                firstLayoutVsFlowMin: ratio(c.layoutMin, issue.min),
                firstLayoutVsFlowMedian: ratio(c.layoutMedian, issue.median),
                forcedRelayoutVsFlowMin: ratio(c.forcedRelayoutMin, issue.min),
                forcedRelayoutVsFlowMedian: ratio(c.forcedRelayoutMedian, issue.median),
                firstLayoutVsBareKernelMedian: ratio(c.layoutMedian, bare.median),
                forcedRelayoutVsBareKernelMedian: ratio(c.forcedRelayoutMedian, bare.median),
                issueEditVsReflowMin: ratio(c.relayoutMin, issueReflow.min),
                issueEditVsReflowMedian: ratio(c.relayoutMedian, issueReflow.median),
                storyEditVsReflowMin: ratio(c.storyRelayoutMin, reflow.min),
                storyEditVsReflowMedian: ratio(c.storyRelayoutMedian, reflow.median),
              }
            : null,
        goals: {
          issueUnder20ms: issue.median < 20,
          reflowUnder2ms: reflow.median < 2,
          looseAtMostHalfOfGreedy: loose.issue.totalFit.share <= loose.issue.greedy.share / 2 && loose.seed.totalFit.share <= loose.seed.greedy.share / 2,
          fiftyTimesChromiumFirstLayout: fifty(c.layoutMedian, issue.median),
          fiftyTimesChromiumForcedRelayout: fifty(c.forcedRelayoutMedian, issue.median),
          fiftyTimesChromiumIssueEdit: fifty(c.relayoutMedian, issueReflow.median),
          fiftyTimesChromiumStoryEdit: fifty(c.storyRelayoutMedian, reflow.median),
        },
      },
      null,
      2,
    ),
  );
}

await main();
