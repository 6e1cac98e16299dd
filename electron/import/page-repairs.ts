import { headCodePoints, isAsciiAlnum, lastCodePoint, firstCodePoint, tailCodePoints } from '../../shared/text';
import { artifactReason } from '../../shared/text/page-furniture';
import { hasPhraseSpacing } from './headline-split';
import { classifyLine, endsMidClause, endsTerminal, isBodyLike, isHeadlineLike } from './classify';
import type { SourceParagraph } from './source-paragraph';
import type { Repair } from './types';

/** A page-level proposal: strip paragraph `index`, or join paragraph `index` with paragraph `next`. */
export type PageRepair = Repair & ({ kind: 'strip-artifact'; index: number } | { kind: 'rejoin-paragraph'; index: number; next: number });

/** The text that joins two halves of a broken paragraph: nothing between CJK or digits, a space between words. */
export function joinHalves(a: string, b: string): string {
  const x = lastCodePoint(a);
  const y = firstCodePoint(b);
  // Digits on both sides are one number cut in two (1,3|46.5): no space.
  const digit = (c: number): boolean => c >= 0x30 && c <= 0x39;
  const space = isAsciiAlnum(x) && isAsciiAlnum(y) && !(digit(x) && digit(y));
  return a + (space ? ' ' : '') + b;
}

const CONTEXT = 8;

/**
 * Proposes the page-level repairs on the unrepaired paragraphs: strip running heads and credit
 * lines; rejoin a paragraph that ends mid-sentence with the next copy paragraph (skipping a
 * stripped artifact between them, as when a running head falls inside a broken paragraph).
 */
export function proposePageRepairs(paragraphs: SourceParagraph[]): PageRepair[] {
  const out: PageRepair[] = [];
  const stripped = new Set<number>();
  paragraphs.forEach((p, i) => {
    const reason = artifactReason(p.text);
    if (reason === null) return;
    stripped.add(i);
    out.push({ id: `strip:${i}`, kind: 'strip-artifact', index: i, before: p.text, after: '', source: { paragraph: i, start: 0, end: p.text.length }, reason, accepted: true });
  });
  for (let i = 0; i < paragraphs.length; i++) {
    if (stripped.has(i)) continue;
    const a = paragraphs[i];
    if (!a || endsTerminal(a.text) || a.hint === 'heading') continue;
    const midClause = endsMidClause(a.text);
    // A word or number running across the break is damage even when the line looks like a title.
    const brokenWord = a.breaksWord === true && !hasPhraseSpacing(a.text);
    if (!midClause && !brokenWord && !isBodyLike(a.text)) continue;
    if (!midClause && !brokenWord && classifyLine(a.text, a.hint) !== 'body') continue;
    let j = i + 1;
    while (stripped.has(j)) j++;
    const b = paragraphs[j];
    if (!b || b.hint === 'heading') continue;
    const cls = classifyLine(b.text, b.hint);
    if (cls === 'byline' || cls === 'dateline') continue;
    // The next line could be the next story's headline after a body that lost its full stop:
    // still propose, but leave it for the user to accept.
    const doubtful = !brokenWord && cls === 'headline' && isHeadlineLike(b.text) && !/^[，、；：,;:”’）)》」』]/.test(b.text);
    const before = `${tailCodePoints(a.text, CONTEXT)}⏎${headCodePoints(b.text, CONTEXT)}`;
    out.push({
      id: `rejoin:${i}`,
      kind: 'rejoin-paragraph',
      index: i,
      next: j,
      before,
      after: joinHalves(tailCodePoints(a.text, CONTEXT), headCodePoints(b.text, CONTEXT)),
      source: { paragraph: i, start: a.text.length, end: a.text.length },
      reason: doubtful
        ? '段落未以句末标点结束，下一行可能是被分栏截断的后半段，也可能是下一篇的标题，请确认'
        : midClause
          ? '段落在句中（逗号、顿号后）断开，疑为 PDF 分栏提取造成，建议与下一段合并'
          : brokenWord
            ? '断行处是同一个词或数字的中间，疑为 PDF 分栏提取造成，建议与下一段合并'
          : '段落在词语中间断开（无句末标点），疑为 PDF 分栏提取造成，建议与下一段合并',
      accepted: !doubtful,
    });
  }
  return out;
}
