import { BLACK, MASTHEAD_RED, mmToPt, type DisplayItem, type FrameBox, type PageDisplayList } from '../model/display-list';
import type { Frame, Page } from '../model/layout';
import type { StoryContent } from '../model/story';
import { composeParagraphs, flowStory, STYLES, type FlowOptions, type FlowResult, type FontSet, type PrepareCache, type StoryBlock, type TextStyle } from '../typeset';
import type { ComposedLine, TypesetWarning } from '../typeset/types';
import type { HeadlineTier } from '../model/headline-typography';
import { cnLine, publisherLine } from '../model/paper-settings';
import { boxBlock } from './box-frame';
import { dateLines } from './calendar';
import { resolveTiers, tierTextStyle } from './headline-house';
import { copyStyle } from './kind-defaults';
import { setTier } from './headline-lines';
import { imageFrameItems, type ImageMeta } from './image-frame';
import type { PageTemplate } from './templates';
import { pageFill } from './page-fill';
import { linesToItems, round } from './text-items';
import { verticalHeadlineBlock } from './vertical-headline';
import { WRAP_STANDOFF, wrapBands, type Rect } from './text-wrap';
import { balanceColumns, type BalanceSegment } from './balance-columns';

export interface IssueInfo {
  date: string;
  number: number;
  totalNumber: number;
  paperName: string;
  publisher: string;
  cnNumber: string;
  pageCount: number;
  /** Further 报头 lines from the paper's settings (邮发代号, 新闻热线 …). */
  extraLines?: readonly string[];
}

/** One body frame of a story's thread, with the 版次 of its page. */
export interface ThreadFrame {
  frame: Frame;
  pageNumber: number;
  /** Image frames on the same page that the body text wraps around (skipping the lines they cover). */
  wraps?: readonly Frame[];
}

export interface PageInput {
  page: Page;
  template: PageTemplate;
  issue: IssueInfo;
  /** Every frame on this page. */
  frames: readonly Frame[];
  stories: ReadonlyMap<number, StoryContent>;
  /** For each story with a body frame on this page: all its body frames, on every page, in thread order. */
  threads: ReadonlyMap<number, readonly ThreadFrame[]>;
  /** Pixel sizes of the pictures in this page's image frames, by image id. */
  images?: ReadonlyMap<number, ImageMeta>;
  /** Paragraphs and lines kept from earlier compositions (the core keeps one for its lifetime). */
  cache?: PrepareCache;
}

export type FontsFor = (style: TextStyle) => FontSet;

const JUMP_STYLE: TextStyle = { ...STYLES.shuming, align: 'end', indent: 0 };

/**
 * Compose one page into its display list: 报头 or 报眉, headline blocks, body text threaded through
 * its frames (across pages, with 下转/上接 jump lines), boxes and rules. Pure: the same input and
 * fonts give the same list, for the screen and for the plate.
 */
export function composePage(input: PageInput, fontsFor: FontsFor): PageDisplayList {
  const { page, template } = input;
  const bodyStyle = bodyStyleOf(template);
  const items: DisplayItem[] = [];
  const boxes: FrameBox[] = [];
  const warnings: PageDisplayList['warnings'] = [];
  const warn = (w: TypesetWarning, frameId: number, storyId?: number): void => {
    if (w.kind === 'missing-glyph') warnings.push({ kind: 'missing-glyph', message: `缺字：U+${(w.codePoint ?? 0).toString(16).toUpperCase()} 没有任何字体含有此字`, frameId, ...(storyId ? { storyId } : {}) });
    else if (w.kind === 'overfull') warnings.push({ kind: 'overfull', message: '有一行超出栏宽', frameId, ...(storyId ? { storyId } : {}) });
  };

  for (const f of input.frames) {
    const box: FrameBox = { id: f.id, storyId: f.storyId, role: f.role, x: pt(f.x), y: pt(f.y), w: pt(f.w), h: pt(f.h) };
    boxes.push(box);
    const story = f.storyId !== null ? input.stories.get(f.storyId) : undefined;
    if (f.role === 'masthead') items.push(...masthead(input, f, fontsFor));
    else if (f.role === 'folio') items.push(...folio(input, f, fontsFor));
    else if (f.role === 'rule') items.push({ kind: 'rule', x1: box.x, y1: box.y + box.h / 2, x2: box.x + box.w, y2: box.y + box.h / 2, width: f.props.ruleWidth ?? 0.75, color: BLACK });
    else if (f.role === 'headline' && story) items.push(...headlineBlock(story, f, box, template, fontsFor, (w) => warn(w, f.id, f.storyId ?? undefined)));
    else if (f.role === 'box' && story) items.push(...boxBlock(story, f, box, bodyStyle, fontsFor));
    else if (f.role === 'image') {
      const meta = f.props.imageId !== undefined ? input.images?.get(f.props.imageId) : undefined;
      const img = imageFrameItems(f, box, meta, fontsFor);
      items.push(...img.items);
      if (img.ppi !== undefined) {
        box.ppi = img.ppi;
        if (img.ppi < MIN_PPI) warnings.push({ kind: 'image-low-res', message: `图片有效分辨率仅 ${img.ppi} ppi（低于 ${MIN_PPI}），印刷会模糊`, frameId: f.id });
      } else warnings.push({ kind: 'image-missing', message: '图片缺失，请重新选择图片', frameId: f.id });
    }
  }

  // Body text: flow each story through its whole thread, then draw the frames on this page.
  for (const [storyId, thread] of input.threads) {
    const story = input.stories.get(storyId);
    if (!story || thread.length === 0) continue;
    const pitch = bodyStyle.leading;
    const { flow, jumps, segments } = flowThread(story, thread, bodyStyle, fontsFor, input.cache ? { cache: input.cache } : {});
    for (const w of flow.warnings) warn(w, thread[0]!.frame.id, storyId);
    segments.forEach((seg, j) => {
      const t = thread[seg.thread]!;
      const content = flow.frames[j];
      if (t.frame.pageId === page.id && content) items.push(...linesToItems(content.lines, { x: pt(t.frame.x), y: pt(t.frame.y) + seg.top }, { frameId: t.frame.id, storyId }));
    });
    thread.forEach((t, i) => {
      if (t.frame.pageId !== page.id) return;
      const { up, down } = jumps[i]!;
      if (up) items.push(...jumpLine(`（上接第${up}版）`, t.frame, pt(t.frame.y), fontsFor));
      if (down) items.push(...jumpLine(`（下转第${down}版）`, t.frame, pt(t.frame.y) + pt(t.frame.h) - pitch, fontsFor));
      if (i === thread.length - 1 && flow.overset) {
        const box = boxes.find((b) => b.id === t.frame.id);
        if (box) box.overset = { chars: flow.overset.chars, lines: flow.overset.lines };
        warnings.push({ kind: 'overset', message: `稿件超版：超 ${flow.overset.chars} 字 / ${flow.overset.lines} 行`, frameId: t.frame.id, storyId });
      }
    });
  }

  const bleed = mmToPt(template.bleed);
  return {
    pageId: page.id,
    number: page.number,
    width: round(mmToPt(template.trimWidth)),
    height: round(mmToPt(template.trimHeight)),
    bleed: round(bleed),
    items,
    frames: boxes,
    warnings,
    fonts: [...new Set(items.flatMap((i) => (i.kind === 'text' ? [i.fontId] : [])))].sort(),
    fill: pageFill(template, boxes, items),
  };
}

const pt = (mm: number): number => round(mmToPt(mm));
/** Effective resolution below which a placed picture is flagged: newsprint screens run at about 100 lpi. */
export const MIN_PPI = 150;
const rectPt = (f: Frame): Rect => ({ x: pt(f.x), y: pt(f.y), w: pt(f.w), h: pt(f.h) });

/**
 * Flow a story through its thread of body frames — the one pass that both the page and copyfit
 * use. A jump line takes one grid line at the top (上接) or bottom (下转) of a frame whose
 * neighbour in the thread is on another page.
 */
export function flowThread(
  story: StoryContent,
  thread: readonly ThreadFrame[],
  bodyStyle: TextStyle,
  fontsFor: FontsFor,
  options: FlowOptions = {},
): { flow: FlowResult; jumps: Array<{ up: number | null; down: number | null }>; segments: Array<{ thread: number; top: number }> } {
  const jumps = thread.map((t, i) => ({
    up: i > 0 && thread[i - 1]!.pageNumber !== t.pageNumber ? thread[i - 1]!.pageNumber : null,
    down: i + 1 < thread.length && thread[i + 1]!.pageNumber !== t.pageNumber ? thread[i + 1]!.pageNumber : null,
  }));
  const pitch = bodyStyle.leading;
  // Each frame is one segment, or — where an image overlaps it — the bands of lines it leaves free.
  const segments: Array<{ thread: number; top: number; height: number }> = [];
  thread.forEach((t, i) => {
    const up = jumps[i]!.up ? pitch : 0;
    const down = jumps[i]!.down ? pitch : 0;
    const wraps = (t.wraps ?? []).filter((w) => w.role === 'image' && w.pageId === t.frame.pageId).map(rectPt);
    if (wraps.length === 0) {
      segments.push({ thread: i, top: up, height: Math.max(pitch, pt(t.frame.h) - up - down) });
      return;
    }
    const bands = wrapBands(rectPt(t.frame), wraps, pitch, up, down, WRAP_STANDOFF);
    // A frame the picture covers entirely still takes its place in the thread, holding nothing.
    if (bands.length === 0) segments.push({ thread: i, top: up, height: 0 });
    for (const b of bands) segments.push({ thread: i, top: b.top, height: b.height });
  });
  const blocks = storyBlocks(story, bodyStyle);
  const frames = segments.map((s, j) => ({ id: `${thread[s.thread]!.frame.id}:${j}`, page: thread[s.thread]!.pageNumber, width: pt(thread[s.thread]!.frame.w), height: s.height }));
  let flow = flowStory(blocks, frames, fontsFor, options);
  // 平衡栏尾 changes only where lines are drawn: not for copyfit-only flows.
  if (options.positions !== false) {
    const rows: BalanceSegment[] = segments.map((s) => {
      const f = thread[s.thread]!.frame;
      const whole = segments.filter((o) => o.thread === s.thread).length === 1;
      return { balance: whole && f.role === 'body' && f.props.balanceColumns !== false, row: `${f.pageId}|${pt(f.y) + s.top}|${s.height}|${pt(f.w)}` };
    });
    flow = balanceColumns(flow, frames, rows, pitch, (fs) => flowStory(blocks, fs, fontsFor, options)) ?? flow;
  }
  return { flow, jumps, segments: segments.map(({ thread: i, top }) => ({ thread: i, top })) };
}

/** The body style of a template: its size and grid leading. */
export const bodyStyleOf = (template: PageTemplate): TextStyle => ({ ...STYLES.bodySmall, size: template.bodySize, leading: template.bodyLeading });

/** A story's body as composer blocks: the 电头 leads the first paragraph; 小标题 keep their style; a 图片说明 is set as a caption. */
export function storyBlocks(story: StoryContent, bodyStyle: TextStyle): StoryBlock[] {
  const body = copyStyle(story.kind, bodyStyle);
  const blocks: StoryBlock[] = story.body
    .filter((b) => b.text.trim() !== '')
    .map((b) => ({ text: b.text, style: b.type === 'subheading' ? { ...STYLES.xiaobiaoti, size: body.size, leading: body.leading } : body }));
  if (story.dateline && blocks[0]) blocks[0] = { ...blocks[0], text: `${story.dateline}${blocks[0].text}` };
  return blocks;
}

function stack(parts: Array<{ lines: readonly ComposedLine[]; height: number }>, origin: { x: number; y: number }, meta: { frameId: number; storyId?: number }): DisplayItem[] {
  const out: DisplayItem[] = [];
  let y = origin.y;
  for (const p of parts) {
    out.push(...linesToItems(p.lines, { x: origin.x, y }, meta));
    y += p.height;
  }
  return out;
}

type Part = { lines: readonly ComposedLine[]; height: number };

/**
 * The lines of a headline block: 引题, 主题, 副题 each in its tier's typography (the house style of
 * the frame's rank and the story's kind, then the frame's own settings), and the 署名. A frame that
 * heads a continuation holds only the 转版标题.
 */
function headlineParts(story: StoryContent, measure: number, props: Frame['props'], template: Pick<PageTemplate, 'trimWidth'>, fontsFor: FontsFor, warn?: (w: TypesetWarning) => void): Part[] {
  const tiers = resolveTiers(props, story.kind, template);
  const own = props.headline ?? {};
  const tier = (t: HeadlineTier, text: string): Part => {
    const style = tierTextStyle(t, tiers[t], own[t]);
    const r = setTier(text, tiers[t], style, measure, fontsFor(style));
    if (warn) r.warnings.forEach(warn);
    return { lines: r.lines, height: r.height };
  };
  if (props.continuation) {
    const title = props.jumpTitle || story.headline;
    return title ? [tier('main', title)] : [];
  }
  const parts: Part[] = [];
  if (story.kicker) parts.push(tier('kicker', story.kicker));
  if (story.headline) parts.push(tier('main', story.headline));
  if (story.subhead) parts.push(tier('sub', `——${story.subhead}`.replace(/^——(——)+/, '——')));
  if (story.byline && !story.dateline) {
    const style: TextStyle = { ...STYLES.shuming, align: 'center' };
    parts.push(composeParagraphs([story.byline], style, measure, fontsFor(style)));
  }
  return parts;
}

/** Height in points a story's headline block needs at a width: what the frame is sized by. */
export function headlineHeight(story: StoryContent, widthPt: number, fontsFor: FontsFor, props: Frame['props'] = {}, template: Pick<PageTemplate, 'trimWidth'> = { trimWidth: 390 }): number {
  return headlineParts(story, widthPt, props, template, fontsFor).reduce((s, p) => s + p.height, 0);
}

/**
 * Grid lines a headline frame takes: its content plus at least half a line of air before the body,
 * rounded up to whole lines — the frame is as tall as what it holds, never a fixed block.
 */
export function headlineRows(story: StoryContent, widthMm: number, props: Frame['props'], template: PageTemplate, fontsFor: FontsFor): number {
  const h = headlineHeight(story, mmToPt(widthMm), fontsFor, props, template);
  return Math.max(1, Math.ceil(h / template.bodyLeading + 0.5));
}

/**
 * The headline block in its frame. The core sizes headline frames to their content on the grid,
 * so what is left (less than a line) is shared above and below rather than left as a gap.
 */
function headlineBlock(story: StoryContent, f: Frame, box: FrameBox, template: PageTemplate, fontsFor: FontsFor, warn: (w: TypesetWarning) => void): DisplayItem[] {
  const meta = { frameId: f.id, ...(f.storyId !== null ? { storyId: f.storyId } : {}) };
  if (f.props.vertical) return verticalHeadlineBlock(story, box, f.props.headline?.main?.size ?? f.props.headlineSize, fontsFor, meta);
  const parts = headlineParts(story, box.w, f.props, template, fontsFor, warn);
  const total = parts.reduce((s, p) => s + p.height, 0);
  const top = box.y + Math.max(0, (box.h - total) / 2);
  return stack(parts, { x: box.x, y: top }, meta);
}

function jumpLine(text: string, f: Frame, top: number, fontsFor: FontsFor): DisplayItem[] {
  const r = composeParagraphs([text], JUMP_STYLE, pt(f.w), fontsFor(JUMP_STYLE));
  return linesToItems(r.lines, { x: pt(f.x), y: top }, { frameId: f.id });
}

/** 报头: the paper's name in red on the left; publisher, 刊号, date, weekday, 农历 and issue numbers on the right. */
function masthead(input: PageInput, f: Frame, fontsFor: FontsFor): DisplayItem[] {
  const x = pt(f.x);
  const y = pt(f.y);
  const w = pt(f.w);
  const h = pt(f.h);
  const nameSize = Math.min(h * 0.62, (w * 0.55) / Math.max(2, [...input.issue.paperName].length));
  const nameStyle: TextStyle = { ...STYLES.zhuti, size: nameSize, leading: nameSize * 1.1, align: 'start', fit: undefined, indent: 0 };
  const name = composeParagraphs([input.issue.paperName], nameStyle, w * 0.6, fontsFor(nameStyle));
  const d = dateLines(input.issue.date);
  const info: TextStyle = { ...STYLES.shuming, size: 10.5, leading: 15, align: 'end', indent: 0 };
  const infoLines = [
    publisherLine(input.issue.publisher),
    cnLine(input.issue.cnNumber),
    ...(input.issue.extraLines ?? []),
    `${d.gregorian}　${d.weekday}`,
    d.lunar,
    `第${input.issue.number}期（总第${input.issue.totalNumber}期）　今日${input.issue.pageCount}版`,
  ].filter(Boolean);
  const right = composeParagraphs(infoLines, info, w * 0.38, fontsFor(info));
  return [
    ...linesToItems(name.lines, { x, y: y + (h - name.height) / 2 }, { frameId: f.id, color: MASTHEAD_RED }),
    ...linesToItems(right.lines, { x: x + w * 0.62, y: y + Math.max(0, (h - right.height) / 2) }, { frameId: f.id }),
    { kind: 'rule', x1: x, y1: y + h, x2: x + w, y2: y + h, width: 2, color: MASTHEAD_RED },
    { kind: 'rule', x1: x, y1: y + h + 3, x2: x + w, y2: y + h + 3, width: 0.5, color: MASTHEAD_RED },
  ];
}

/** 报眉 on an inside page: date, paper name, 版次 and 版名, 责任编辑 — with a rule beneath. */
function folio(input: PageInput, f: Frame, fontsFor: FontsFor): DisplayItem[] {
  const x = pt(f.x);
  const y = pt(f.y);
  const w = pt(f.w);
  const h = pt(f.h);
  const d = dateLines(input.issue.date);
  const style: TextStyle = { ...STYLES.shuming, size: 10.5, leading: 14, align: 'start', indent: 0 };
  const left = composeParagraphs([`${d.gregorian}　${d.weekday}　${input.issue.paperName}`], style, w / 2, fontsFor(style));
  const rightStyle: TextStyle = { ...style, align: 'end' };
  const editor = input.page.editor ? `　责任编辑：${input.page.editor}` : '';
  const right = composeParagraphs([`第${input.page.number}版　${input.page.name}${editor}`], rightStyle, w / 2, fontsFor(rightStyle));
  const base = y + Math.max(0, h - left.height - 4);
  return [
    ...linesToItems(left.lines, { x, y: base }, { frameId: f.id }),
    ...linesToItems(right.lines, { x: x + w / 2, y: base }, { frameId: f.id }),
    { kind: 'rule', x1: x, y1: y + h, x2: x + w, y2: y + h, width: 1, color: BLACK },
  ];
}
