import { ptToMm, type DisplayItem, type PageDisplayList } from '../../shared/model/display-list';
import type { Frame, Page } from '../../shared/model/layout';
import { REVIEW_LABELS, type Correction, type ReviewStage } from '../../shared/model/proofing';
import type { StoryContent, StoryStatus } from '../../shared/model/story';
import { bodyStyleOf, composePage, flowThread, headlineHeight, type IssueInfo, type ThreadFrame } from '../../shared/layout/compose-page';
import type { PageTemplate } from '../../shared/layout/templates';
import type { ComposedLine } from '../../shared/typeset/types';
import type { FontRegistry } from '../fonts';
import { writePrintPdf } from './pdf-writer';
import { correctionNote, PROOF_BLACK, PROOF_GREY, PROOF_RED, roundOf, setText, wrapChars } from './proof-notes';

/** One story as its 小样 needs it. */
export interface GalleyStory {
  id: number;
  content: StoryContent;
  revision: number;
  status: StoryStatus;
  corrections: readonly Correction[];
  /** Still-valid 三审 stages and who gave them. */
  reviews: ReadonlyArray<{ stage: ReviewStage; userName: string }>;
  /** The template whose body style the story is set in (the page it runs on, or the paper's default). */
  template: PageTemplate;
  /** Column width in points: the story's own body frame when placed, so the galley breaks lines as the page will. */
  measure: number;
  /** 版次 it runs on, if placed. */
  pageNumbers: readonly number[];
  paperName: string;
  date: string;
}

// A4 portrait, in points; the margin column holds the numbered correction notes.
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 64, left: 56, right: 36 };
const GAP = 36;
const NOTES_WIDTH = 220;
const NOTE_SIZE = 8;
const HEAD_SIZE = 9;

/** Where, in galley coordinates, body offset `at` sits: per composed line, the x of each code point. */
interface LineSpan {
  frame: number;
  line: ComposedLine;
  /** Offset of the line's block in the joined body text (`joinBody`), dateline prefix subtracted. */
  bodyStart: number;
}

/**
 * The 小样 (galley proof) of one story: the story set by the same composer and body style as on
 * its page, in one column at its real measure so every line breaks where the page will break it,
 * on A4 sheets; every open correction marked in the text in red (strike for 删除, caret for 增补,
 * underline otherwise) with a leader to its numbered note in the margin; the round, the 三审
 * signatures and a 校样 watermark on every sheet.
 */
export function galleyPages(story: GalleyStory, fonts: FontRegistry): PageDisplayList[] {
  const body = bodyStyleOf(story.template);
  const measure = Math.min(story.measure, A4.width * 2);
  const width = Math.max(A4.width, MARGIN.left + measure + GAP + NOTES_WIDTH + MARGIN.right);
  const template: PageTemplate = { ...story.template, trimWidth: ptToMm(width), trimHeight: ptToMm(A4.height), bleed: 0 };
  const head = headlineHeight(story.content, measure, fonts.fontsFor) + body.leading;
  const columnHeight = A4.height - MARGIN.top - MARGIN.bottom;
  const firstHeight = Math.max(body.leading, columnHeight - head);

  // Enough sheets for the story: grow until nothing is overset (a galley never oversets).
  let sheets = 1;
  let threads: ThreadFrame[] = [];
  let flow: ReturnType<typeof flowThread>['flow'];
  for (;;) {
    threads = Array.from({ length: sheets }, (_, i) => ({ frame: frameAt(i + 1, -(i + 1), story.id, i === 0 ? MARGIN.top + head : MARGIN.top, measure, i === 0 ? firstHeight : columnHeight), pageNumber: 1 }));
    flow = flowThread(story.content, threads, body, fonts.fontsFor, { positions: false }).flow;
    if (!flow.overset || sheets >= 400) break;
    sheets = Math.ceil(sheets * 1.5) + 1;
  }
  const used = flow.frames.map((f) => f.used > 0);
  const count = Math.max(1, used.lastIndexOf(true) + 1);
  threads = threads.slice(0, count);
  const positioned = flowThread(story.content, threads, body, fonts.fontsFor).flow;

  const issue: IssueInfo = { date: story.date, number: 0, totalNumber: 0, paperName: story.paperName, publisher: '', cnNumber: '', pageCount: count };
  const stories = new Map([[story.id, story.content]]);
  const spans = lineSpans(story.content, positioned.frames.map((f) => f.lines));
  const marks = story.corrections.filter((c) => c.status !== 'rejected');
  const numbered = new Map(marks.map((c, i) => [c.id, i + 1]));
  const fontIds = fonts.list().map((f) => f.id);
  const signatures = (['first', 'second', 'final'] as const).map((s) => `${REVIEW_LABELS[s].zh}：${story.reviews.filter((r) => r.stage === s).map((r) => r.userName).join('、') || '＿＿＿＿'}`).join('　');

  return threads.map((t, i) => {
    const page: Page = { id: i + 1, issueId: 0, number: i + 1, name: '小样', template: template.id, editor: '', designer: '', proofreader: '' };
    const frames: Frame[] = [t.frame];
    if (i === 0) frames.unshift(frameAt(i + 1, -100, story.id, MARGIN.top, measure, head - body.leading, 'headline'));
    const list = composePage({ page, template, issue, frames, stories, threads: new Map([[story.id, threads]]) }, fonts.fontsFor);
    const items: DisplayItem[] = [];
    items.push(...setText(fonts, fontIds, '校样', width * 0.2, A4.height * 0.58, width * 0.28, PROOF_GREY));
    items.push(...list.items);
    const line = (text: string, x: number, y: number, size: number): void => void items.push(...setText(fonts, fontIds, text, x, y, size, PROOF_BLACK));
    line(`小样　《${story.content.headline || '（无题）'}》`, MARGIN.left, 36, 11);
    line(`${story.paperName} · 稿号 ${story.id} · 第 ${story.revision} 稿 · 校次：${roundOf([story])}${story.pageNumbers.length ? ` · 见第${story.pageNumbers.join('、')}版` : ''}`, MARGIN.left, 50, HEAD_SIZE);
    items.push({ kind: 'rule', x1: MARGIN.left, y1: 56, x2: width - MARGIN.right, y2: 56, width: 0.5, color: PROOF_BLACK });
    items.push({ kind: 'rule', x1: MARGIN.left, y1: A4.height - 48, x2: width - MARGIN.right, y2: A4.height - 48, width: 0.5, color: PROOF_BLACK });
    line(signatures, MARGIN.left, A4.height - 34, HEAD_SIZE);
    line(`第 ${i + 1} / ${threads.length} 页`, width - MARGIN.right - 60, A4.height - 34, HEAD_SIZE);
    items.push(...marksOn(i, spans, marks, numbered, { notesX: MARGIN.left + measure + GAP, columnRight: MARGIN.left + measure, top: MARGIN.top + (i === 0 ? head : 0), fonts, fontIds, body: body.size }));
    if (i === 0 && marks.length === 0) line('本稿无校对改动记录。', MARGIN.left + measure + GAP, MARGIN.top + 10, 9);
    const textFonts = items.flatMap((it) => (it.kind === 'text' ? [it.fontId] : []));
    return { ...list, width, height: A4.height, bleed: 0, items, fonts: [...new Set([...list.fonts, ...textFonts])].sort() };
  });
}

function frameAt(pageId: number, id: number, storyId: number, yPt: number, widthPt: number, heightPt: number, role: Frame['role'] = 'body'): Frame {
  return { id, pageId, storyId, role, x: ptToMm(MARGIN.left), y: ptToMm(yPt), w: ptToMm(widthPt), h: ptToMm(Math.max(1, heightPt)), chain: 0, props: {} };
}

/**
 * Ties each composed line to the body text the corrections are counted in: the story's blocks are
 * its non-empty paragraphs (joined with one newline in `joinBody`), and the first carries the 电头.
 */
export function lineSpans(content: StoryContent, frames: ReadonlyArray<readonly ComposedLine[]>): LineSpan[] {
  const starts: number[] = [];
  let at = 0;
  content.body.forEach((b) => {
    if (b.text.trim() !== '') starts.push(at);
    at += b.text.length + 1;
  });
  const prefix = content.dateline ? content.dateline.length : 0;
  const out: LineSpan[] = [];
  frames.forEach((lines, frame) => {
    for (const line of lines) out.push({ frame, line, bodyStart: starts[line.block]! - (line.block === 0 ? prefix : 0) });
  });
  return out;
}

/** x of the code point at body offset `at` on this line (its left edge), or its right end when `at` is the line's end. */
function xAt(s: LineSpan, at: number): number | undefined {
  const local = at - s.bodyStart;
  for (const run of s.line.runs) {
    let off = run.start;
    for (let k = 0; k < run.x.length; k++) {
      if (off >= local) return run.x[k]!;
      off += run.text.codePointAt(off - run.start)! > 0xffff ? 2 : 1;
    }
  }
  const last = s.line.runs.at(-1);
  return last && last.x.length ? last.x.at(-1)! + last.size * last.scaleX : undefined;
}

interface MarkLayout {
  notesX: number;
  columnRight: number;
  /** Top of the body column on this sheet, in points. */
  top: number;
  fonts: FontRegistry;
  fontIds: readonly string[];
  body: number;
}

/** The red marks of the corrections that fall on sheet `sheet`, and their notes stacked in the margin. */
function marksOn(sheet: number, spans: readonly LineSpan[], marks: readonly Correction[], numbered: ReadonlyMap<number, number>, m: MarkLayout): DisplayItem[] {
  const out: DisplayItem[] = [];
  let noteY = m.top;
  const onSheet = spans.filter((s) => s.frame === sheet);
  const note = (c: Correction, y: number): void => {
    let ly = y + NOTE_SIZE;
    for (const l of wrapChars(correctionNote(c, numbered.get(c.id) ?? 0), Math.floor(NOTES_WIDTH / NOTE_SIZE))) {
      out.push(...setText(m.fonts, m.fontIds, l, m.notesX, ly, NOTE_SIZE, c.status === 'open' ? PROOF_RED : PROOF_BLACK));
      ly += NOTE_SIZE * 1.45;
    }
    noteY = ly + 3;
  };
  for (const c of marks) {
    // Only open corrections point into the text: accepted ones are already in it, stale ones lost their place.
    if (c.status !== 'open') continue;
    const covers = (s: LineSpan): boolean => {
      const ls = s.bodyStart + s.line.start;
      const le = s.bodyStart + s.line.end;
      return c.start === c.end ? ls <= c.start && c.start <= le : c.start < le && c.end > ls;
    };
    const hit = onSheet.filter(covers).slice(0, c.start === c.end ? 1 : undefined);
    if (hit.length === 0) continue;
    let leaderY = 0;
    let leaderX = 0;
    for (const s of hit) {
      const from = Math.max(c.start, s.bodyStart + s.line.start);
      const to = Math.min(c.end, s.bodyStart + s.line.end);
      const x1 = MARGIN.left + (xAt(s, from) ?? 0);
      const x2 = MARGIN.left + (xAt(s, to) ?? x1 - MARGIN.left);
      const base = m.top + s.line.baseline;
      if (c.start === c.end) {
        // 增补号: a caret under the insertion point.
        out.push({ kind: 'rule', x1: x1 - 2.5, y1: base + 4, x2: x1, y2: base + 1, width: 0.6, color: PROOF_RED });
        out.push({ kind: 'rule', x1, y1: base + 1, x2: x1 + 2.5, y2: base + 4, width: 0.6, color: PROOF_RED });
      } else if (c.kind === 'delete') {
        out.push({ kind: 'rule', x1, y1: base - m.body * 0.35, x2, y2: base - m.body * 0.35, width: 0.7, color: PROOF_RED });
      } else {
        out.push({ kind: 'rule', x1, y1: base + 2, x2, y2: base + 2, width: 0.7, color: PROOF_RED, ...(c.kind === 'comment' ? { style: 'dashed' as const } : {}) });
      }
      leaderY = base + 2;
      leaderX = Math.max(x1, x2);
    }
    // The note starts level with the mark unless the previous note is still running.
    const y = Math.max(noteY, leaderY - NOTE_SIZE + 2);
    out.push({ kind: 'rule', x1: leaderX + 1, y1: leaderY, x2: m.columnRight + GAP / 2, y2: leaderY, width: 0.4, color: PROOF_RED, style: 'dashed' });
    out.push({ kind: 'rule', x1: m.columnRight + GAP / 2, y1: leaderY, x2: m.notesX - 3, y2: y + NOTE_SIZE / 2, width: 0.4, color: PROOF_RED, style: 'dashed' });
    note(c, y);
  }
  // Decided corrections are listed on the first sheet, after the open ones.
  if (sheet === 0) for (const c of marks) if (c.status !== 'open') note(c, noteY);
  return out;
}

/** The 小样 PDF of one or more stories, each starting on a fresh sheet. */
export function writeGalleyPdf(stories: readonly GalleyStory[], fonts: FontRegistry): Promise<Buffer> {
  const pages = stories.flatMap((s) => galleyPages(s, fonts));
  const title = stories.length === 1 ? `小样 ${stories[0]!.content.headline}` : `小样 ${stories[0]?.paperName ?? ''} ${stories[0]?.date ?? ''}`;
  return writePrintPdf(pages, fonts, { title });
}
