import { collectWarnings } from './compose';
import type { FontSet } from './font-set';
import type { LineVariants, PrepareCache } from './flow-cache';
import { PrepareArena, type PreparedParagraph } from './prepare';
import { baselineInSlot, lineEnd, nextLineEnd, setLineAt, type LineEnd } from './set-line';
import type { TextStyle } from './styles';
import type { ComposedLine, TypesetWarning } from './types';
import { ptToUnits } from './units';

export { PrepareCache } from './flow-cache';

/** A column frame in a story's chain, in points. Frames may sit on different pages (转版). */
export interface Frame {
  readonly id: string;
  /** Page number, for jump lines and e-paper hot zones. */
  readonly page?: number;
  readonly width: number;
  readonly height: number;
}

/** One paragraph of a story with its style. */
export interface StoryBlock {
  readonly text: string;
  readonly style: TextStyle;
}

/** The lines that landed in one frame (baselines from the frame top, x from its left edge). */
export interface FrameContent {
  readonly frame: Frame;
  readonly lines: ComposedLine[];
  /** Height taken, in points. */
  used: number;
}

/** Text that did not fit in the chain. */
export interface Overset {
  /** Characters (code points, whitespace excluded) left over. */
  readonly chars: number;
  /** Lines they would take at the last frame's measure. */
  readonly lines: number;
  /** Where the overset begins. */
  readonly block: number;
  readonly offset: number;
}

/**
 * Copyfit (字数/行数) against the space given: positive `over*` when the story is too long,
 * positive `under*` when the frames have room left. Exactly one side is non-zero unless the
 * story fits exactly.
 */
export interface Copyfit {
  readonly fits: boolean;
  readonly overChars: number;
  readonly overLines: number;
  readonly underChars: number;
  readonly underLines: number;
}

/** Result of flowing a story through its frames. */
export interface FlowResult {
  readonly frames: FrameContent[];
  readonly overset: Overset | null;
  readonly copyfit: Copyfit;
  readonly warnings: TypesetWarning[];
}

/** Options for `flowStory`. */
export interface FlowOptions {
  /**
   * Reuses each paragraph's analysis and lines between re-flows: after a keystroke only the
   * edited paragraph is broken again (see flow-cache.ts).
   */
  readonly cache?: PrepareCache;
  /**
   * `false` breaks lines without positioning them: `frames[].lines` stay empty (each frame's
   * `used` is still exact) while `overset`, `copyfit` and `warnings` are the same as a full
   * flow's. For copyfit and overset loops, which need only where lines end. Default `true`.
   */
  readonly positions?: boolean;
}

function countChars(text: string, from: number): number {
  let c = 0;
  for (let i = from; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xdc00 && u < 0xe000) continue;
    if (u === 0x20 || u === 0x09 || u === 0x3000 || u === 0xa0) continue;
    c++;
  }
  return c;
}

const EPS = 1e-6;

// Paragraphs of uncached flows are analysed into one reused set of buffers: a flow is
// synchronous and never needs a paragraph again once its lines are set.
const arena = new PrepareArena();
const ends: LineEnd = { end: 0, forced: false, overfull: false };

function prepared(block: StoryBlock, fonts: FontSet, options: FlowOptions): PreparedParagraph {
  return options.cache ? options.cache.get(block.text, block.style, fonts) : arena.prepare(block.text, block.style, fonts);
}

/**
 * Flows a story through a chain of frames (column by column, page to page), returning the
 * lines in each frame, the overset and the copyfit figures — all from the same pass, so
 * what the editor sees, what copyfit counts and what the plant prints agree.
 */
export function flowStory(
  blocks: readonly StoryBlock[],
  frames: readonly Frame[],
  fontsFor: (style: TextStyle) => FontSet,
  options: FlowOptions = {},
): FlowResult {
  const positions = options.positions !== false;
  const cache = options.cache;
  cache?.beginFlow();
  const out: FrameContent[] = frames.map((frame) => ({ frame, lines: [], used: 0 }));
  const warnings: TypesetWarning[] = [];
  let fi = 0;
  let y = 0;
  let overset: Overset | null = null;
  let lastLine: ComposedLine | undefined;
  let lastStyle: TextStyle | undefined;
  // Without positions, only the story's last line is ever set (copyfit reads its width).
  let lastP: PreparedParagraph | undefined;
  let lastB = 0;
  let lastStart = 0;
  let lastFrame = 0;
  let lastY = 0;
  // Measure and baseline per frame change only with the style; keep the last computed pair.
  let mFrame = -1;
  let mStyle: TextStyle | undefined;
  let measure = 0;

  for (let b = 0; b < blocks.length && !overset; b++) {
    const block = blocks[b]!;
    const style = block.style;
    lastStyle = style;
    const fonts = fontsFor(style);
    const cached = cache?.entry(block.text, style, fonts);
    const p = cached ? cached.p : arena.prepare(block.text, style, fonts);
    const lines: ComposedLine[] = [];
    let memo: LineVariants[] | undefined;
    let memoMeasure = -1;
    // Line index within the paragraph (the memo's index).
    let k = 0;
    const firstWarning = warnings.length;
    if (y > 0 && style.spaceBefore) y += style.spaceBefore;
    const lead = style.leading;
    const base = baselineInSlot(style.size, lead);
    let start = 0;
    do {
      while (fi < frames.length && y + lead > frames[fi]!.height + EPS) {
        fi++;
        y = 0;
      }
      if (fi >= frames.length) {
        overset = countOverset(blocks, b, p, start, frames, fontsFor, options);
        break;
      }
      if (fi !== mFrame || style !== mStyle) {
        measure = ptToUnits(frames[fi]!.width, style.size);
        mFrame = fi;
        mStyle = style;
      }
      if (positions) {
        let line: ComposedLine;
        if (cache && cached) {
          if (measure !== memoMeasure) {
            memo = cache.linesAt(cached, measure);
            memoMeasure = measure;
          }
          line = cache.lineAt(cached, memo!, k, b, start, measure, y + base);
        } else line = setLineAt(p, b, start, measure, 0, y + base);
        out[fi]!.lines.push(line);
        lines.push(line);
        lastLine = line;
        start = line.end;
      } else {
        // A line an earlier positioned flow set here already knows its end (the desk composes
        // the page, then copyfit re-counts the draft).
        const known = cache && cached ? cache.knownLine(cached, measure, k, start) : undefined;
        if (known) {
          ends.end = known.end;
          ends.forced = known.forced;
          ends.overfull = known.overfull;
        } else lineEnd(p, start, measure, ends);
        if (ends.overfull) warnings.push({ kind: 'overfull', block: b, offset: start, message: 'line wider than its measure' });
        else if (ends.forced) warnings.push({ kind: 'forced-break', block: b, offset: start, message: 'line break forced against the rules' });
        lastP = p;
        lastB = b;
        lastStart = start;
        lastFrame = fi;
        lastY = y;
        start = ends.end;
      }
      y += lead;
      k++;
      out[fi]!.used = y;
    } while (start < p.length);
    if (positions) collectWarnings(p, b, lines, warnings);
    else if (p.missing.length > 0) {
      // Missing glyphs come first in a block's warnings, as collectWarnings orders them.
      const lineWarnings = warnings.splice(firstWarning);
      collectWarnings(p, b, [], warnings);
      for (const w of lineWarnings) warnings.push(w);
    }
  }

  let copyfit: Copyfit;
  if (overset) {
    copyfit = { fits: false, overChars: overset.chars, overLines: overset.lines, underChars: 0, underLines: 0 };
  } else {
    if (!positions && lastP) {
      // The last block's paragraph is still the arena's current one (or cached): set its last line.
      const style = lastP.style;
      const m = ptToUnits(frames[lastFrame]!.width, style.size);
      lastLine = setLineAt(lastP, lastB, lastStart, m, 0, lastY + baselineInSlot(style.size, style.leading));
    }
    let underLines = 0;
    let underChars = 0;
    const style = lastStyle;
    if (style && frames.length > 0) {
      for (let f = Math.min(fi, frames.length - 1); f < frames.length; f++) {
        const frame = frames[f]!;
        const free = f === fi ? frame.height - y : frame.height;
        const n = Math.max(0, Math.floor((free + EPS) / style.leading));
        underLines += n;
        underChars += n * Math.floor(frame.width / style.size + EPS);
      }
      if (lastLine && !lastLine.justified) underChars += Math.max(0, Math.floor(lastLine.measure - lastLine.width + EPS));
    }
    copyfit = { fits: true, overChars: 0, overLines: 0, underChars, underLines };
  }
  return { frames: out, overset, copyfit, warnings };
}

function countOverset(
  blocks: readonly StoryBlock[],
  b: number,
  p: PreparedParagraph,
  start: number,
  frames: readonly Frame[],
  fontsFor: (style: TextStyle) => FontSet,
  options: FlowOptions,
): Overset {
  const width = frames.length > 0 ? frames[frames.length - 1]!.width : 0;
  let lines = 0;
  let chars = countChars(p.text, start);
  let s = start;
  const measureOf = (style: TextStyle): number => ptToUnits(width, style.size);
  const m = measureOf(p.style);
  do {
    s = nextLineEnd(p, s, m);
    lines++;
  } while (s < p.length);
  for (let k = b + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    const fonts = fontsFor(block.style);
    const q = prepared(block, fonts, options);
    chars += countChars(q.text, 0);
    const mq = measureOf(block.style);
    let t = 0;
    do {
      t = nextLineEnd(q, t, mq);
      lines++;
    } while (t < q.length);
  }
  return { chars, lines, block: b, offset: start };
}
