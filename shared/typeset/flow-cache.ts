import type { FontSet } from './font-set';
import { prepareParagraph, type PreparedParagraph } from './prepare';
import { setLineAt } from './set-line';
import { LazyRunsLine } from './lazy-runs-line';
import type { TextStyle } from './styles';
import type { ComposedLine } from './types';

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
   * Lines last set, per measure (1/1000 em; the most recently used last), by line index within
   * the paragraph; each index keeps its placements (see LineVariants).
   */
  lines: Map<number, LineVariants[]> | undefined;
  /** Lines held in `lines`, for the cache's budget. */
  lineCount: number;
  /** The measure last asked for (the last key of `lines`). */
  lastMeasure: number;
  /** When it was last asked for (the cache's own clock): the least recent go first. */
  used: number;
}

/**
 * The lines set at one line index of a paragraph. Usually one; a paragraph that occurs more than
 * once in a flow (a repeated 本报讯, a box's refrain) lands in several places, so each index
 * keeps up to VARIANTS, and a placement no flow still uses is the one replaced.
 */
export interface LineVariants {
  readonly lines: ComposedLine[];
  /** The flow (`PrepareCache.beginFlow`) that last used each line. */
  readonly used: number[];
}

// Placements kept per line index, and measures per paragraph (a frame being resized sets a
// story at many widths in a row; the least recently used width goes).
const VARIANTS = 8;
const MEASURES = 4;

/**
 * Caches prepared paragraphs and their lines by text, per style (by content) and font set.
 * Bounded twice: by paragraphs and by lines held (a line with its glyph positions is a few
 * hundred bytes). Typing leaves a trail of drafts of the edited paragraph, so when either bound
 * is reached the less recently used half goes, not everything: the issue being worked on stays.
 */
export class PrepareCache {
  private readonly maps = new Map<string, Map<FontSet, Map<string, CachedParagraph>>>();
  private size = 0;
  private clock = 0;
  private lineCount = 0;
  private lineBudget: number;
  private flow = 0;

  constructor(
    private readonly limit = 20_000,
    private readonly lineLimit = 200_000,
  ) {
    this.lineBudget = lineLimit;
  }

  /** Paragraphs held. */
  get paragraphs(): number {
    return this.size;
  }

  /** Lines held (every measure and placement). */
  get lines(): number {
    return this.lineCount;
  }

  /** Prepared form of `text`, computed once. */
  get(text: string, style: TextStyle, fonts: FontSet): PreparedParagraph {
    return this.entry(text, style, fonts).p;
  }

  /** The cache entry of `text`: its analysis and the lines it was last set into. */
  entry(text: string, style: TextStyle, fonts: FontSet): CachedParagraph {
    if (this.lineCount > this.lineBudget) this.evictOlderHalf();
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
      e = { p: prepareParagraph(text, style, fonts), lines: undefined, lineCount: 0, lastMeasure: -1, used: 0 };
      byText.set(text, e);
      this.size++;
    }
    e.used = ++this.clock;
    return e;
  }

  /** Marks the start of a flow: placements it does not use may be replaced by the next. */
  beginFlow(): void {
    this.flow++;
  }

  /** The lines of `e` set at `measure` (created on first use; the least recently used measure makes way). */
  linesAt(e: CachedParagraph, measure: number): LineVariants[] {
    const byMeasure = (e.lines ??= new Map());
    let lines = byMeasure.get(measure);
    if (lines) {
      // Most recently used last: re-insert unless it is already.
      if (e.lastMeasure !== measure) {
        byMeasure.delete(measure);
        byMeasure.set(measure, lines);
        e.lastMeasure = measure;
      }
      return lines;
    }
    if (byMeasure.size >= MEASURES) {
      const [oldest, dropped] = byMeasure.entries().next().value!;
      byMeasure.delete(oldest);
      this.forget(e, dropped);
    }
    byMeasure.set(measure, (lines = []));
    e.lastMeasure = measure;
    return lines;
  }

  /**
   * The line of `e` at line index `k` from `start`, set at `measure` and landing on `baseline`
   * in block `block`: the same object when an earlier flow set it there, a moved copy when it
   * set it elsewhere, set afresh otherwise.
   */
  lineAt(e: CachedParagraph, memo: LineVariants[], k: number, block: number, start: number, measure: number, baseline: number): ComposedLine {
    let v = memo[k];
    let same: ComposedLine | undefined;
    if (v) {
      const lines = v.lines;
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i]!;
        if (l.start !== start) continue;
        if (l.baseline === baseline && l.block === block) {
          v.used[i] = this.flow;
          return l;
        }
        same = l;
      }
    } else memo[k] = v = { lines: [], used: [] };
    const line = same ? moveLine(same, block, baseline) : setLineAt(e.p, block, start, measure, 0, baseline);
    // Replace the least recently used placement if this flow does not use it; grow otherwise.
    let slot = 0;
    for (let i = 1; i < v.lines.length; i++) if (v.used[i]! < v.used[slot]!) slot = i;
    if (v.lines.length === 0 || (v.used[slot] === this.flow && v.lines.length < VARIANTS)) {
      slot = v.lines.length;
      e.lineCount++;
      this.lineCount++;
    }
    v.lines[slot] = line;
    v.used[slot] = this.flow;
    return line;
  }

  /** A line of `e` set at `measure` from `start` by an earlier flow, if any (never creates one). */
  knownLine(e: CachedParagraph, measure: number, k: number, start: number): ComposedLine | undefined {
    const v = e.lines?.get(measure)?.[k];
    if (v) for (const l of v.lines) if (l.start === start) return l;
    return undefined;
  }

  private forget(e: CachedParagraph, memo: readonly LineVariants[]): void {
    let n = 0;
    for (const v of memo) if (v) n += v.lines.length;
    e.lineCount -= n;
    this.lineCount -= n;
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
          this.lineCount -= e.lineCount;
        }
        if (byText.size === 0) byFont.delete(fonts);
      }
      if (byFont.size === 0) this.maps.delete(key);
    }
    // A working set larger than the budget must not sweep on every paragraph: the budget grows
    // to twice what is left (and is back at the limit once the cache is small again).
    this.lineBudget = Math.max(this.lineLimit, this.lineCount * 2);
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

/** `line` landed on another baseline or block: a copy that shares its text and glyph positions. */
export function moveLine(line: ComposedLine, block: number, baseline: number): ComposedLine {
  if (line instanceof LazyRunsLine) return line.moved(block, baseline);
  return { ...line, block, baseline, runs: line.runs.map((r) => ({ ...r, baseline })) };
}
