import { artifactReason, jumpLine } from '../../../shared/text/page-furniture';
import { joinHalves } from '../page-repairs';
import type { SourceParagraph } from '../source-paragraph';
import type { PdfPageData, PdfRect, PdfTextRun } from './pdf-page-data';

/** A piece of one printed line: runs on one baseline with no column gutter between them. */
interface Fragment {
  text: string;
  x0: number;
  x1: number;
  /** Baseline (y grows downward). */
  y: number;
  size: number;
}

/** A box (a stroked frame) read as one unit: nothing outside cuts through it. */
interface BoxAtom {
  rect: PdfRect;
  children: Fragment[];
}

type Element = { kind: 'fragment'; f: Fragment } | { kind: 'box'; b: BoxAtom };

/** What the reading order yields: the lines of one column or block, and box boundaries. */
type Block = { kind: 'lines'; lines: Fragment[] } | { kind: 'box-start' } | { kind: 'box-end' };

const HANGING_END = /[，。、；：？！”’）》」』,.]$/u;
const HANGING_START = /^[“‘（《「『]/u;
const round = (n: number): number => Math.round(n * 10) / 10;
const top = (f: Fragment): number => f.y - 0.85 * f.size;
const bottom = (f: Fragment): number => f.y + 0.15 * f.size;

function bounds(e: Element): { x0: number; x1: number; y0: number; y1: number } {
  if (e.kind === 'box') return { x0: e.b.rect.x, x1: e.b.rect.x + e.b.rect.width, y0: e.b.rect.y, y1: e.b.rect.y + e.b.rect.height };
  // Punctuation may hang into the gutter (a full-width 、or ” at a line end whose ink is half an em):
  // the column's edge is where the characters are.
  const hangRight = HANGING_END.test(e.f.text) ? 0.5 * e.f.size : 0;
  const hangLeft = HANGING_START.test(e.f.text) ? 0.5 * e.f.size : 0;
  return { x0: e.f.x0 + hangLeft, x1: e.f.x1 - hangRight, y0: top(e.f), y1: bottom(e.f) };
}

/** The size most characters are set in: the body type. */
function bodySizeOf(runs: PdfTextRun[]): number {
  const chars = new Map<number, number>();
  for (const r of runs) chars.set(round(r.size), (chars.get(round(r.size)) ?? 0) + r.text.replace(/\s/g, '').length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/**
 * The nameplate band of a front page: the largest type on the page, in its top quarter and at
 * least six times the body size (a 头条's 主题 runs to four or five), is the paper's name; it and everything printed level with or
 * above it (主办单位, 刊号, date, 版次) are furniture, not copy.
 */
function dropNameplate(runs: PdfTextRun[], pageHeight: number, body: number): { runs: PdfTextRun[]; dropped: boolean } {
  const largest = runs.reduce<PdfTextRun | null>((a, r) => (r.text.trim() && (!a || r.size > a.size) ? r : a), null);
  if (!largest || largest.y > pageHeight / 4 || largest.size < 6 * body) return { runs, dropped: false };
  const line = largest.y + 0.3 * largest.size;
  return { runs: runs.filter((r) => r.y > line), dropped: true };
}

/**
 * The running head of a page (2025年1月4日 星期六 永康日报 … 第2版 综合): the topmost printed line,
 * in the top eighth of the page, whose pieces read together are page furniture. Its pieces sit
 * far apart across the page, so column cuts would scatter them into scraps no one recognises;
 * taken out and kept as one line, the intake's page repairs offer to strip it like any running head.
 */
function takeRunningHead(runs: PdfTextRun[], pageHeight: number): { runs: PdfTextRun[]; head: string | null } {
  const inked = runs.filter((r) => r.text.trim().length > 0);
  const first = inked.reduce<PdfTextRun | null>((a, r) => (!a || r.y < a.y ? r : a), null);
  if (!first || first.y > pageHeight / 8) return { runs, head: null };
  const line = runs.filter((r) => Math.abs(r.y - first.y) <= 0.2 * first.size).sort((a, b) => a.x - b.x);
  const text = cleanTitle(cleanCopy(line.map((r) => r.text).join(' ')));
  if (artifactReason(text) === null) return { runs, head: null };
  return { runs: runs.filter((r) => !line.includes(r)), head: text };
}

/** Runs → fragments: one baseline and size, split where the gap is a column gutter. */
function fragmentsOf(runs: PdfTextRun[]): Fragment[] {
  const sorted = runs.filter((r) => r.text.trim().length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfTextRun[][] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs((l[0] as PdfTextRun).y - r.y) <= 0.2 * r.size && Math.abs((l[0] as PdfTextRun).size - r.size) <= 0.05 * r.size);
    if (line) line.push(r);
    else lines.push([r]);
  }
  const out: Fragment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let cur: Fragment | null = null;
    for (const r of line) {
      // A gap of most of an em is a gutter between columns; justified copy stretches less.
      // Measured from the ink: a hanging 、or ” at the end of the left column narrows the gutter by half an em.
      const gap = cur ? r.x - cur.x1 + (HANGING_END.test(cur.text) ? 0.5 * r.size : 0) + (HANGING_START.test(r.text) ? 0.5 * r.size : 0) : 0;
      if (cur && gap <= 0.8 * r.size) {
        cur.text += gap > 0.2 * r.size && !/\s$/.test(cur.text) ? ` ${r.text}` : r.text;
        cur.x1 = Math.max(cur.x1, r.x + r.width);
        continue;
      }
      cur = { text: r.text, x0: r.x, x1: r.x + r.width, y: r.y, size: r.size };
      out.push(cur);
    }
  }
  return out;
}

/** Frames that hold copy become atoms; a frame inside another (a double rule) belongs to the outer. */
function elementsOf(frags: Fragment[], rects: PdfRect[], page: { width: number; height: number }, body: number): Element[] {
  const inside = (f: Fragment, r: PdfRect): boolean => f.x0 >= r.x - 1 && f.x1 <= r.x + r.width + 1 && top(f) >= r.y - 1 && bottom(f) <= r.y + r.height + 1;
  const within = (a: PdfRect, b: PdfRect): boolean => a !== b && a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
  const frames = rects.filter((r) => r.width >= 3 * body && r.height >= 2 * body && r.width * r.height < 0.5 * page.width * page.height);
  const outer = frames.filter((r) => !frames.some((o) => within(r, o)));
  const atoms: BoxAtom[] = [];
  let rest = frags;
  for (const rect of outer) {
    const children = rest.filter((f) => inside(f, rect));
    if (children.length === 0) continue;
    atoms.push({ rect, children });
    rest = rest.filter((f) => !children.includes(f));
  }
  return [...rest.map((f): Element => ({ kind: 'fragment', f })), ...atoms.map((b): Element => ({ kind: 'box', b }))];
}

/** Uncovered stretches along one axis at least `min` wide: the places a cut can go. */
function gaps(spans: [number, number][], min: number): number[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  let reach = sorted[0]?.[1] ?? 0;
  for (const [s, e] of sorted.slice(1)) {
    if (s - reach >= min) cuts.push((s + reach) / 2);
    reach = Math.max(reach, e);
  }
  return cuts;
}

function split(elements: Element[], cuts: number[], key: (e: Element) => number): Element[][] {
  const groups: Element[][] = cuts.map(() => []);
  groups.push([]);
  for (const e of elements) {
    const k = key(e);
    let i = 0;
    while (i < cuts.length && k > (cuts[i] as number)) i++;
    groups[i]?.push(e);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Reading order by recursive cuts through white space: columns first (a gutter running the full
 * height of the region, left to right), then bands (a gap across its full width, top to bottom).
 * A newspaper page is built of such rectangles, so the cuts follow its stories and columns; a
 * headline spanning columns keeps its story's columns together beneath it.
 */
function readingOrder(elements: Element[], body: number, out: Block[]): void {
  if (elements.length === 0) return;
  if (elements.length === 1 && elements[0]?.kind === 'box') {
    out.push({ kind: 'box-start' });
    readingOrder(
      elements[0].b.children.map((f): Element => ({ kind: 'fragment', f })),
      body,
      out,
    );
    out.push({ kind: 'box-end' });
    return;
  }
  const cols = gaps(elements.map((e) => [bounds(e).x0, bounds(e).x1]), 0.6 * body);
  if (cols.length > 0) {
    for (const g of split(elements, cols, (e) => (bounds(e).x0 + bounds(e).x1) / 2)) readingOrder(g, body, out);
    return;
  }
  const bands = gaps(elements.map((e) => [bounds(e).y0, bounds(e).y1]), 0.7 * body);
  if (bands.length > 0) {
    for (const g of split(elements, bands, (e) => (bounds(e).y0 + bounds(e).y1) / 2)) readingOrder(g, body, out);
    return;
  }
  // No clean cut: a box overlapping copy, or one block. Boxes go after the copy around them.
  const lines = elements.flatMap((e) => (e.kind === 'fragment' ? [e.f] : []));
  lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  if (lines.length > 0) out.push({ kind: 'lines', lines: mergeBaselines(lines) });
  for (const e of elements) if (e.kind === 'box') readingOrder([e], body, out);
}

/** Fragments of one block on one baseline are one line (phrases set far apart in a title). */
function mergeBaselines(lines: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of lines) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.y - f.y) <= 0.2 * f.size && Math.abs(prev.size - f.size) <= 0.05 * f.size) {
      prev.text += ` ${f.text}`;
      prev.x1 = f.x1;
    } else out.push({ ...f });
  }
  return out;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d';

/**
 * Spaces pdf.js inferred from glyph gaps in running copy: the quarter-em set between Chinese and
 * Latin (2025 年), and letter-spacing in a stretched line (在 永 康 五 金). Chinese copy has no
 * spaces there; any other space is left for the importer's own (reviewable) space repair.
 */
function cleanCopy(text: string): string {
  return text
    .replace(new RegExp(`(?<=[${CJK}]) +(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) +(?=[${CJK}])`, 'gu'), '')
    .replace(new RegExp(`(?:[${CJK}] ){2,}[${CJK}]`, 'gu'), (m) => m.replace(/ /g, ''))
    .replace(new RegExp(`(?<=[${CJK}]) +(?=[，。、；：？！”’）》（“‘《])|(?<=[“‘（《，。、；：？！]) +`, 'gu'), '');
}

/** A title's text: the 副题's leading dash is typography (the story model stores the words). */
function cleanTitle(text: string): string {
  return text.replace(/— —/g, '——').replace(/\s+/g, ' ').trim();
}

const PUNCT = /[，。、；：？！,.;:?!]/;

export interface PdfLayoutResult {
  paragraphs: SourceParagraph[];
  /** The nameplate band was recognised and left out. */
  nameplateDropped: boolean;
  bodySize: number;
}

/**
 * One page of a PDF → paragraphs, with what the type sizes say: each head (the lines above a story's
 * copy set larger than the body) marks its largest line 主题, those above it 引题 and those below
 * 副题; body lines are joined into paragraphs by the column geometry (a first-line indent or a
 * short last line ends a paragraph; a full last line continues at the top of the next column).
 */
export function layoutPdfPage(page: PdfPageData): PdfLayoutResult {
  const body = bodySizeOf(page.runs);
  const plate = dropNameplate(page.runs, page.height, body);
  const { runs, head: runningHead } = takeRunningHead(plate.runs, page.height);
  const frags = fragmentsOf(runs);
  const blocks: Block[] = [];
  readingOrder(elementsOf(frags, page.rects, page, body), body, blocks);

  const isBody = (f: Fragment): boolean => Math.abs(f.size - body) <= 0.05 * body;
  const isHead = (f: Fragment): boolean => f.size > body * 1.1;
  type Para = { text: string; size: number; head: boolean; inBox: boolean; boxStart: boolean; last: Fragment; colRight: number };
  const paras: Para[] = [];
  let inBox = false;
  let boxStart = false;
  let open: Para | null = null; // a body paragraph that may continue
  for (const block of blocks) {
    if (block.kind !== 'lines') {
      inBox = block.kind === 'box-start';
      boxStart = inBox;
      open = null;
      continue;
    }
    const bodyLines = block.lines.filter(isBody);
    // The column's edges are where its characters' ink is (see bounds: hanging punctuation).
    const colLeft = Math.min(...bodyLines.map((l) => l.x0 + (HANGING_START.test(l.text) ? 0.5 * l.size : 0)));
    const colRight = Math.max(...bodyLines.map((l) => l.x1 - (HANGING_END.test(l.text) ? 0.5 * l.size : 0)));
    // A block of copy has punctuation somewhere; a list of slogans or names has none, line by line.
    const prose = block.lines.some((l) => isBody(l) && PUNCT.test(l.text));
    let prevHead: Para | null = null;
    for (const line of block.lines) {
      // A jump line (下转第2版) is a line of its own, whatever its size: not copy, not a head.
      if (jumpLine(line.text)) {
        paras.push({ text: line.text, size: line.size, head: false, inBox, boxStart, last: line, colRight: line.x1 });
        boxStart = false;
        open = null;
        prevHead = null;
        continue;
      }
      if (isHead(line)) {
        open = null;
        // A title broken over two lines of one block, same size, close together: one title.
        if (!inBox && prevHead && Math.abs(prevHead.size - line.size) <= 0.05 * line.size && line.y - prevHead.last.y <= 1.6 * line.size) {
          prevHead.text = /\s/.test(prevHead.text) || /\s/.test(line.text) ? `${prevHead.text} ${line.text}` : joinHalves(prevHead.text, line.text);
          prevHead.last = line;
          continue;
        }
        prevHead = { text: line.text, size: line.size, head: true, inBox, boxStart, last: line, colRight: line.x1 };
        paras.push(prevHead);
        boxStart = false;
        continue;
      }
      prevHead = null;
      const indented = line.x0 > colLeft + 0.5 * line.size;
      if (open && isBody(line) && prose && !indented && open.last.x1 >= open.colRight - 0.3 * line.size) {
        open.text = joinHalves(open.text, line.text);
        open.last = line;
        open.colRight = colRight;
        continue;
      }
      const p: Para = { text: line.text, size: line.size, head: false, inBox, boxStart, last: line, colRight: isBody(line) ? colRight : line.x1 };
      paras.push(p);
      boxStart = false;
      open = isBody(line) && prose ? p : null;
    }
  }

  // Tiers: each run of head lines is one story's head; its largest line is the 主题.
  const out: SourceParagraph[] = [];
  for (let i = 0; i < paras.length; ) {
    const p = paras[i] as Para;
    if (!p.head) {
      const sp: SourceParagraph = { text: isBody(p.last) ? cleanCopy(p.text) : cleanTitle(p.text) };
      if (p.boxStart) sp.afterBlank = true;
      out.push(sp);
      i++;
      continue;
    }
    let j = i;
    while (j < paras.length && paras[j]?.head && (j === i || !paras[j]?.boxStart)) j++;
    const run = paras.slice(i, j);
    const largest = Math.max(...run.map((r) => r.size));
    const h = run.findIndex((r) => r.size === largest);
    run.forEach((r, k) => {
      const tier = k < h ? 'kicker' : k === h ? 'headline' : 'subhead';
      const text = tier === 'subhead' ? cleanTitle(r.text).replace(/^[—－-]{1,2}\s*/, '') : cleanTitle(r.text);
      const sp: SourceParagraph = { text, hint: 'heading', tier };
      if (r.boxStart || (k === 0 && i > 0)) sp.afterBlank = true;
      out.push(sp);
    });
    i = j;
  }
  const paragraphs = out.filter((p) => p.text.length > 0);
  if (runningHead !== null) {
    if (paragraphs[0]) paragraphs[0] = { ...paragraphs[0], afterBlank: true };
    paragraphs.unshift({ text: runningHead });
  }
  return { paragraphs, nameplateDropped: plate.dropped, bodySize: body };
}
