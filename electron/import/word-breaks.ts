import { artifactReason } from '../../shared/text/page-furniture';
import { headCodePoints, tailCodePoints } from '../../shared/text';
import { loadSegmenter, type Segmenter } from '../tags/jieba-segmenter';
import type { SourceParagraph } from './source-paragraph';

const WINDOW = 4;
const HAN = /\p{Script=Han}/u;

/** A number cut in two: 28|6.5万亩, 1,25|6.3, 1,6|00. */
function numberBreak(a: string, b: string): boolean {
  return /\d[,.]?$/.test(a) && /^[,.]?\d/.test(b) && !(/[,.]$/.test(a) && /^[,.]/.test(b));
}

/** True when a dictionary word runs across the end of `a` into `b` (北斗导|航系统 → 导航). */
function wordBreak(seg: Segmenter, a: string, b: string): boolean {
  const left = tailCodePoints(a, WINDOW);
  const right = headCodePoints(b, WINDOW);
  if (!HAN.test(left.slice(-2)) || !HAN.test(right.slice(0, 2))) return false;
  let at = 0;
  for (const w of seg.cutKnown(left + right)) {
    const end = at + w.length;
    if (at < left.length && end > left.length && [...w].length >= 2) return true;
    at = end;
  }
  return false;
}

/**
 * Marks each paragraph whose end and the next paragraph of copy form one word or number, the
 * signature of a line broken by extraction rather than by the author. Reasoning from words, not
 * from punctuation alone, lets a broken line that happens to look like a title (short, no full
 * stop) be rejoined, while a real title followed by its story is left alone.
 */
export async function markWordBreaks(paragraphs: SourceParagraph[]): Promise<void> {
  let seg: Segmenter | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const a = paragraphs[i]!;
    if (a.hint === 'heading' || artifactReason(a.text) !== null || /[。！？!?”’）)》」』]$/.test(a.text)) continue;
    let j = i + 1;
    while (j < paragraphs.length && artifactReason(paragraphs[j]!.text) !== null) j++;
    const b = paragraphs[j];
    if (!b || b.hint === 'heading') continue;
    if (numberBreak(a.text, b.text)) {
      a.breaksWord = true;
      continue;
    }
    seg ??= await loadSegmenter();
    if (wordBreak(seg, a.text, b.text)) a.breaksWord = true;
  }
}
