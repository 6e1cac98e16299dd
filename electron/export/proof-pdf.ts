import type { DisplayItem, InkColor, PageDisplayList } from '../../shared/model/display-list';
import type { FontRegistry } from '../fonts';
import { STATUS_LABELS } from '../../shared/model/story';
import { correctionNote, overrideNote, PROOF_BLACK as BLACK, PROOF_GREY as GREY, PROOF_RED as RED, roundOf, setText, signatureNote, wrapChars } from './proof-notes';
import type { IssueBundle } from './issue-bundle';
import { writePrintPdf } from './pdf-writer';
import type { PressPictures } from './press-picture';

/** Width of the proof's margin column (corrections, round, signatures), in points. */
export const PROOF_MARGIN = 240;
const NOTE_SIZE = 8;

/**
 * The 大样 of one page: the composed page with a margin column on the right holding the proof
 * round, the page's signatures (责编, 校对, 签发 — only when every story is signed), then beside each
 * story its own round, 三审 signatures, any rule set aside for it (who, when, why) and every tracked
 * correction (open ones and anything unsigned red), with a leader to the page edge; a 校样 watermark behind.
 */
export function proofPage(bundle: IssueBundle, index: number, fonts: FontRegistry): PageDisplayList {
  const { page, list } = bundle.pages[index]!;
  const storyIds = [...new Set(list.frames.flatMap((f) => (f.storyId === null ? [] : [f.storyId])))];
  const stories = storyIds.flatMap((id) => bundle.stories.get(id) ?? []);
  const fontIds = [...new Set([...list.items.flatMap((i) => (i.kind === 'text' && i.storyId !== undefined ? [i.fontId] : [])), ...list.fonts, ...fonts.list().map((f) => f.id)])];
  const W = list.width;
  const x0 = W + 14;
  const items: DisplayItem[] = [];
  // The watermark goes first so that the page's own ink prints over it.
  items.push(...setText(fonts, fontIds, '校样', W * 0.18, list.height * 0.55, W * 0.32, GREY));
  items.push(...list.items);
  items.push({ kind: 'rule', x1: W + 6, y1: 0, x2: W + 6, y2: list.height, width: 0.5, color: BLACK });
  let y = 28;
  const line = (s: string, size: number, color: InkColor): void => {
    for (const l of wrapChars(s, Math.floor((PROOF_MARGIN - 24) / size))) {
      items.push(...setText(fonts, fontIds, l, x0, y, size, color));
      y += size * 1.5;
    }
  };
  line(`大样 第${page.number}版 ${page.name}`, 14, BLACK);
  line(`${bundle.issue.paperName} ${bundle.issue.date}`, 9, BLACK);
  line(`校次：${roundOf(stories)}`, 11, BLACK);
  line(`责编：${page.editor || '＿＿＿＿'}`, 11, BLACK);
  line(`校对：${page.proofreader || '＿＿＿＿'}`, 11, BLACK);
  // The page is signed off only when every story on it is; never print a name over an unsigned story.
  const unsigned = stories.filter((s) => s.signers.length === 0);
  if (unsigned.length > 0) line(`签发：未签发（${unsigned.length}/${stories.length} 篇未签）`, 11, RED);
  else line(`签发：${[...new Set(stories.flatMap((s) => s.signers))].join('、') || '＿＿＿＿'}`, 11, BLACK);
  y += 12;
  let n = 0;
  for (const s of stories) {
    const top = Math.min(...list.frames.filter((f) => f.storyId === s.id).map((f) => f.y));
    y = Math.max(y, top + 10);
    items.push({ kind: 'rule', x1: W - 8, y1: y - 3, x2: x0 - 2, y2: y - 3, width: 0.5, color: RED, style: 'dashed' });
    line(`《${s.content.headline}》`, 9, BLACK);
    // Each story's own round and signatures: a page's line above cannot say which story lags.
    line(`校次：${STATUS_LABELS[s.status].zh} · ${signatureNote(s.reviews)}`, NOTE_SIZE, s.signers.length ? BLACK : RED);
    for (const o of s.overrides) line(overrideNote(o), NOTE_SIZE, RED);
    for (const c of s.corrections.filter((x) => x.status !== 'rejected')) line(correctionNote(c, ++n), NOTE_SIZE, c.status === 'open' ? RED : BLACK);
    y += 6;
  }
  if (n === 0) line('本版无校对改动记录。', 9, BLACK);
  return { ...list, width: W + PROOF_MARGIN, items, fonts: [...new Set([...list.fonts, ...items.flatMap((i) => (i.kind === 'text' ? [i.fontId] : []))])] };
}

/**
 * The proof PDF (大样) of every page of the issue. Its pictures are the print PDF's, converted
 * alike: pass the run's `pictures` to convert each once for both.
 */
export function writeProofPdf(bundle: IssueBundle, fonts: FontRegistry, pictures?: PressPictures): Promise<Buffer> {
  const pages = bundle.pages.map((_, i) => proofPage(bundle, i, fonts));
  // Bleed would push the margin column into the bleed box; a proof is read, not printed to the edge.
  return writePrintPdf(pages.map((p) => ({ ...p, bleed: 0 })), fonts, { title: `${bundle.issue.paperName} ${bundle.issue.date} 大样`, imageBytes: bundle.imageBytes, ...(pictures ? { pictures } : {}) });
}
