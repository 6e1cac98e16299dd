// Reference copy of the composer as it was before the performance work (kept verbatim for
// tests/unit/typeset/fast-path.test.ts to compare the optimised path against). Not used by the app.
import { collectWarnings } from './compose';
import type { FontSet } from '../../../../shared/typeset/font-set';
import { prepareParagraph, type PreparedParagraph } from './prepare';
import { baselineInSlot, nextLineEnd, setLine } from './set-line';
import type { TextStyle } from '../../../../shared/typeset/styles';
import type { ComposedLine, TypesetWarning } from '../../../../shared/typeset/types';
import { ptToUnits } from '../../../../shared/typeset/units';

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
  /** Reuses paragraph analysis between re-flows (keystroke re-flow touches one paragraph). */
  readonly cache?: PrepareCache;
}

/** Caches prepared paragraphs by text, per style and font set. */
export class PrepareCache {
  private readonly maps = new Map<TextStyle, Map<FontSet, Map<string, PreparedParagraph>>>();
  private size = 0;
  constructor(private readonly limit = 20_000) {}

  /** Prepared form of `text`, computed once. */
  get(text: string, style: TextStyle, fonts: FontSet): PreparedParagraph {
    let byFont = this.maps.get(style);
    if (!byFont) this.maps.set(style, (byFont = new Map()));
    let byText = byFont.get(fonts);
    if (!byText) byFont.set(fonts, (byText = new Map()));
    let p = byText.get(text);
    if (!p) {
      if (this.size >= this.limit) {
        this.maps.clear();
        this.size = 0;
        return this.get(text, style, fonts);
      }
      p = prepareParagraph(text, style, fonts);
      byText.set(text, p);
      this.size++;
    }
    return p;
  }
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
  const out: FrameContent[] = frames.map((frame) => ({ frame, lines: [], used: 0 }));
  const warnings: TypesetWarning[] = [];
  let fi = 0;
  let y = 0;
  let overset: Overset | null = null;
  let lastLine: ComposedLine | undefined;
  let lastStyle: TextStyle | undefined;

  for (let b = 0; b < blocks.length && !overset; b++) {
    const block = blocks[b]!;
    const style = block.style;
    lastStyle = style;
    const fonts = fontsFor(style);
    const p = options.cache ? options.cache.get(block.text, style, fonts) : prepareParagraph(block.text, style, fonts);
    const lines: ComposedLine[] = [];
    if (y > 0 && style.spaceBefore) y += style.spaceBefore;
    let start = 0;
    do {
      const lead = style.leading;
      while (fi < frames.length && y + lead > frames[fi]!.height + EPS) {
        fi++;
        y = 0;
      }
      if (fi >= frames.length) {
        overset = countOverset(blocks, b, p, start, frames, fontsFor, options);
        break;
      }
      const frame = frames[fi]!;
      const line = setLine(p, b, start, {
        measure: ptToUnits(frame.width, style.size),
        x: 0,
        baseline: y + baselineInSlot(style.size, lead),
      });
      out[fi]!.lines.push(line);
      lines.push(line);
      lastLine = line;
      y += lead;
      out[fi]!.used = y;
      start = line.end;
    } while (start < p.length);
    collectWarnings(p, b, lines, warnings);
  }

  let copyfit: Copyfit;
  if (overset) {
    copyfit = { fits: false, overChars: overset.chars, overLines: overset.lines, underChars: 0, underLines: 0 };
  } else {
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
    const q = options.cache ? options.cache.get(block.text, block.style, fonts) : prepareParagraph(block.text, block.style, fonts);
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
