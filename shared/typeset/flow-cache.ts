import type { FontSet } from './font-set';
import { prepareParagraph, type PreparedParagraph } from './prepare';
import type { TextStyle } from './styles';
import type { ComposedLine, GlyphRun } from './types';

/**
 * What a re-flow can keep from the last one: each paragraph's analysis, and the lines it was
 * set into at each measure. A composed line depends only on its paragraph, its start offset
 * and the measure (flows set every line at x = 0); where it lands — baseline and block index —
 * is the only thing a later flow may change. So after a keystroke only the edited paragraph is
 * analysed and broken again; every other line is the same object when it lands where it did,
 * or a copy on its new baseline sharing the glyph positions when the edit pushed it down.
 * (Page-layout programs recompose only the paragraphs an edit damaged for the same reason.)
 */
export interface CachedParagraph {
  readonly p: PreparedParagraph;
  /**
   * Lines last set, per measure (1/1000 em), by line index within the paragraph; each index
   * keeps a few variants (see flow.ts `reuseLine`).
   */
  lines: Map<number, LineVariants[]> | undefined;
  /** When it was last asked for (the cache's own clock): the least recent go first. */
  used: number;
}

/**
 * The lines set at one line index of a paragraph. A paragraph that occurs more than once in a
 * story (a repeated 本报讯, a box's refrain) lands in several places, so each index keeps a few
 * placements, the least recently used making way.
 */
export interface LineVariants {
  readonly lines: ComposedLine[];
  /** The flow (see `flowStory`'s generation) that last used each line. */
  readonly used: number[];
}

/**
 * Caches prepared paragraphs and their lines by text, per style (by content) and font set.
 * Typing leaves a trail of drafts of the edited paragraph, so when the cache is full the less
 * recently used half goes, not everything: the issue being worked on stays.
 */
export class PrepareCache {
  private readonly maps = new Map<string, Map<FontSet, Map<string, CachedParagraph>>>();
  private size = 0;
  private clock = 0;
  constructor(private readonly limit = 20_000) {}

  /** Paragraphs held. */
  get paragraphs(): number {
    return this.size;
  }

  /** Prepared form of `text`, computed once. */
  get(text: string, style: TextStyle, fonts: FontSet): PreparedParagraph {
    return this.entry(text, style, fonts).p;
  }

  /** The cache entry of `text`: its analysis and the lines it was last set into. */
  entry(text: string, style: TextStyle, fonts: FontSet): CachedParagraph {
    const key = styleKey(style);
    let byFont = this.maps.get(key);
    if (!byFont) this.maps.set(key, (byFont = new Map()));
    let byText = byFont.get(fonts);
    if (!byText) byFont.set(fonts, (byText = new Map()));
    let e = byText.get(text);
    if (!e) {
      if (this.size >= this.limit) {
        this.evictOlderHalf();
        return this.entry(text, style, fonts);
      }
      e = { p: prepareParagraph(text, style, fonts), lines: undefined, used: 0 };
      byText.set(text, e);
      this.size++;
    }
    e.used = ++this.clock;
    return e;
  }

  private evictOlderHalf(): void {
    const times: number[] = [];
    for (const byFont of this.maps.values()) for (const byText of byFont.values()) for (const e of byText.values()) times.push(e.used);
    times.sort((a, b) => a - b);
    // Keep the entries newer than the median: at least one goes, even at a limit of 1.
    const median = times[Math.floor((times.length - 1) / 2)] ?? Infinity;
    for (const [key, byFont] of this.maps) {
      for (const [fonts, byText] of byFont) {
        for (const [text, e] of byText) {
          if (e.used > median) continue;
          byText.delete(text);
          this.size--;
        }
        if (byText.size === 0) byFont.delete(fonts);
      }
      if (byFont.size === 0) this.maps.delete(key);
    }
  }
}

// Styles are plain data rebuilt per request (a template's body style, a 小标题 at body size),
// so the cache keys them by content; each style object is serialised once.
const styleKeys = new WeakMap<TextStyle, string>();
function styleKey(style: TextStyle): string {
  let k = styleKeys.get(style);
  if (k === undefined) styleKeys.set(style, (k = JSON.stringify(style)));
  return k;
}

// Measures kept per paragraph: a frame being resized sets a story at many widths in a row.
const MEASURES = 4;

/** The lines of `e` set at `measure`, created on first use (the oldest measure makes way). */
export function linesAt(e: CachedParagraph, measure: number): LineVariants[] {
  const byMeasure = (e.lines ??= new Map());
  let lines = byMeasure.get(measure);
  if (!lines) {
    if (byMeasure.size >= MEASURES) byMeasure.delete(byMeasure.keys().next().value!);
    byMeasure.set(measure, (lines = []));
  }
  return lines;
}

/** `line` landed on another baseline or block: a copy that shares its text and glyph positions. */
export function moveLine(line: ComposedLine, block: number, baseline: number): ComposedLine {
  const runs = line.runs;
  let moved: GlyphRun[];
  if (runs.length === 1) moved = [moveRun(runs[0]!, baseline)];
  else {
    moved = [];
    for (const r of runs) moved.push(moveRun(r, baseline));
  }
  // Same property order as setLineAt's literal: one object shape for every line.
  return {
    block,
    start: line.start,
    end: line.end,
    text: line.text,
    width: line.width,
    measure: line.measure,
    left: line.left,
    baseline,
    justified: line.justified,
    overfull: line.overfull,
    forced: line.forced,
    lastInParagraph: line.lastInParagraph,
    runs: moved,
  };
}

function moveRun(r: GlyphRun, baseline: number): GlyphRun {
  return { text: r.text, fontId: r.fontId, size: r.size, scaleX: r.scaleX, x: r.x, baseline, start: r.start };
}
