import { jumpLine, type JumpLine } from '../../../shared/text/page-furniture';
import type { SourceParagraph } from '../source-paragraph';

/** A jump line where it was read: page (0-based position in the file) and paragraph index. */
interface JumpAt {
  page: number;
  index: number;
  jump: JumpLine;
}

/** A continuation on its page: the 转版标题 lines over it, then its copy from the 上接 line on. */
interface Segment {
  page: number;
  /** The 转版标题 lines (none when it has none). */
  title: number[];
  /** The 上接 line. */
  from: number;
  /** Exclusive end: the next head, box, 上接 line or page end; a 下转 line that ends it is included. */
  to: number;
}

const squash = (t: string): string => t.replace(/[\s\u3000]+/g, '');

/**
 * The continuation that starts at the 上接 line `k`: its copy runs to the next head or box (a new
 * block) or the page end, or to a 下转 line of its own (a story run over three pages). The 转版标题
 * is the run of head lines right above the 上接 line, back to the line that opened the run.
 */
function segmentAt(paras: readonly SourceParagraph[], page: number, k: number, headline: string): Segment {
  let t = k;
  while (t > 0 && paras[t - 1]?.hint === 'heading' && !jumpLine(paras[t - 1]?.text ?? '')) {
    t--;
    if (paras[t]?.afterBlank) break;
  }
  let e = k + 1;
  while (e < paras.length) {
    const p = paras[e] as SourceParagraph;
    const jump = jumpLine(p.text);
    if (p.hint === 'heading' || p.afterBlank || jump?.direction === 'up') break;
    e++;
    if (jump) break;
  }
  const title = Array.from({ length: k - t }, (_, i) => t + i);
  // Reading order may put a short 转版标题, centred over columns its copy does not fill, elsewhere
  // on the page: then it is a head line that opens a run, repeats part of the story's 主题, and has
  // no copy of its own after it (a real story's title that happens to match is followed by its copy).
  if (title.length === 0 && headline !== '') {
    const found = paras.findIndex(
      (p, i) => p.hint === 'heading' && (i === 0 || p.afterBlank) && squash(p.text) !== '' && headline.includes(squash(p.text)) && (paras[i + 1] === undefined || paras[i + 1]?.hint === 'heading'),
    );
    if (found >= 0) title.push(found);
  }
  return { page, title, from: k, to: e };
}

/** The 主题 of the story a paragraph belongs to: the nearest 主题 above it on its page. */
function headlineAbove(paras: readonly SourceParagraph[], index: number): string {
  for (let k = index; k >= 0; k--) if (paras[k]?.tier === 'headline') return paras[k]?.text ?? '';
  return '';
}

/**
 * Can the 上接 line `up` continue the 下转 line `down`? On a later page (a story runs on, never
 * back, which also keeps a chain of continuations free of loops), and, when both name numbered
 * 版, with the numbers as far apart as the pages are (page 1 of the file may be 第5版: 下转第7版
 * on it is answered by 上接第5版 two pages on).
 */
function fits(down: JumpAt, up: JumpAt): boolean {
  if (up.page <= down.page) return false;
  const a = down.jump.number;
  const b = up.jump.number;
  return a === null || b === null || a - b === up.page - down.page;
}

export interface JoinedPages {
  paragraphs: SourceParagraph[];
  /** What was joined, and jump lines with no partner in the file, zh-CN. */
  notes: string[];
}

/**
 * The pages of a PDF as one flow of paragraphs in page order, with each 转版 continuation moved
 * up behind the 下转 line that sends the reader to it. The 下转 and 上接 lines stay in place,
 * next to each other: the intake's page repairs strip them as jump lines and rejoin a paragraph
 * the page break cut, as for any jump line found in copy, so both show as reviewable repairs. The
 * 转版标题 over the continuation is left out (it repeats or shortens the story's own 主题) and
 * named in a note. Moved paragraphs take the page their story starts on.
 */
export function joinContinuations(pages: readonly (readonly SourceParagraph[])[]): JoinedPages {
  const downs: JumpAt[] = [];
  const ups: JumpAt[] = [];
  pages.forEach((paras, page) =>
    paras.forEach((p, index) => {
      const jump = jumpLine(p.text);
      if (jump) (jump.direction === 'down' ? downs : ups).push({ page, index, jump });
    }),
  );
  // Each 下转 takes the first free 上接 that fits, preferring one whose 转版标题 is part of its 主题.
  const partner = new Map<string, Segment>();
  const used = new Set<JumpAt>();
  const notes: string[] = [];
  const key = (page: number, index: number): string => `${page}:${index}`;
  const titleText = (seg: Segment): string => seg.title.map((k) => pages[seg.page]?.[k]?.text ?? '').join(' ');
  for (const down of downs) {
    const head = squash(headlineAbove(pages[down.page] ?? [], down.index));
    const free = ups.filter((u) => !used.has(u) && fits(down, u));
    const titled = free.find((u) => {
      const title = squash(titleText(segmentAt(pages[u.page] ?? [], u.page, u.index, head)));
      return title !== '' && head !== '' && (head.includes(title) || title.includes(head));
    });
    const up = titled ?? free[0];
    const where = `第 ${down.page + 1} 页${head ? `《${headlineAbove(pages[down.page] ?? [], down.index)}》` : ''}`;
    if (!up) {
      notes.push(`${where}注明“下转第${down.jump.label}版”，但这一版不在此 PDF 中，只导入了前半部分。`);
      continue;
    }
    used.add(up);
    const seg = segmentAt(pages[up.page] ?? [], up.page, up.index, head);
    partner.set(key(down.page, down.index), seg);
    const title = titleText(seg);
    notes.push(`${where}的转版续文在第 ${up.page + 1} 页，已接在原稿后${title ? `（转版标题“${title}”不再单列）` : ''}。`);
  }
  for (const up of ups) if (!used.has(up)) notes.push(`第 ${up.page + 1} 页有“上接第${up.jump.label}版”的续文，此 PDF 中找不到前文，单独列为一篇。`);

  // Lines that move (or, for a 转版标题, go) are skipped where they were read.
  const moved = new Set<string>();
  // The head line after a dropped 转版标题 opens its own run now.
  const opens = new Set<string>();
  for (const seg of partner.values()) {
    for (const k of [...seg.title, ...Array.from({ length: seg.to - seg.from }, (_, i) => seg.from + i)]) moved.add(key(seg.page, k));
    const last = seg.title[seg.title.length - 1];
    if (last !== undefined && last + 1 !== seg.from) opens.add(key(seg.page, last + 1));
  }
  const out: SourceParagraph[] = [];
  const emitted = new Set<Segment>();
  const emit = (p: SourceParagraph, page: number, index: number, hostPage: number): void => {
    const seg = partner.get(key(page, index));
    // The copy before a 下转 line that found its continuation runs on past the jump (if it did not
    // end a sentence there): the page repairs rejoin it across the two jump lines.
    const before = out[out.length - 1];
    if (seg && before && before.hint !== 'heading' && !jumpLine(before.text)) out[out.length - 1] = { ...before, runsOn: true };
    const opened = opens.has(key(page, index)) ? { afterBlank: true } : {};
    out.push(p.page === hostPage && !opened.afterBlank ? p : { ...p, ...opened, page: hostPage });
    // A continuation that itself ends in 下转 chains on (pages only increase: no loops).
    if (!seg || emitted.has(seg)) return;
    emitted.add(seg);
    const paras = pages[seg.page] ?? [];
    for (let k = seg.from; k < seg.to; k++) {
      const { afterBlank: _newBlock, ...q } = paras[k] as SourceParagraph;
      emit(q, seg.page, k, hostPage);
    }
  };
  pages.forEach((paras, page) =>
    paras.forEach((p, index) => {
      if (!moved.has(key(page, index))) emit(p, page, index, p.page ?? page + 1);
    }),
  );
  return { paragraphs: out, notes };
}
