import { headCodePoints, isAsciiAlnum, lastCodePoint, firstCodePoint, tailCodePoints } from '../../shared/text';
import { artifactReason, isBoxCredit } from '../../shared/text/page-furniture';
import { hasPhraseSpacing } from './headline-split';
import { classifyLine, endsMidClause, endsTerminal, isBodyLike, isHeadlineLike } from './classify';
import type { SourceParagraph } from './source-paragraph';
import type { Repair } from './types';

/** A page-level proposal: strip paragraph `index`, or join paragraph `index` with paragraph `next`. */
export type PageRepair = Repair &
  ({ kind: 'strip-artifact'; index: number } | { kind: 'rejoin-paragraph'; index: number; next: number } | { kind: 'collapse-space'; index: number });

const HAN_OR_CJK_PUNCT = /[\p{Script=Han}，。、；：？！“”‘’（）《》—…]/u;
// Left of a typed space: a Chinese character, or ASCII sentence punctuation right after one (几何? 2025年).
const LEFT = new RegExp(`(?:${HAN_OR_CJK_PUNCT.source}|(?<=\\p{Script=Han})[?!:;,])$`, 'u');
const RIGHT = /^[\p{Script=Han}\d“（《]/u;
// A credit role starting the text after a space: 通讯员 李四, 本报记者 王五, 实习生 赵六, 摄影 钱七.
const CREDIT_ROLE_AHEAD = /^(?:本报|融媒|特约|见习|首席)?(?:记者|通讯员|实习生|摄影|评论员)[\s\p{Script=Han}]/u;

/**
 * Typed ASCII spaces inside running copy between Chinese characters (2024年成绩单 亮点几何？):
 * Chinese is set without spaces, so each is proposed for removal. Titles and slogans (short,
 * unpunctuated lines) keep theirs — there a space separates phrases on purpose — and so do the
 * role/name spaces of credits (记者 张三).
 */
function spaceRepairs(text: string, index: number): PageRepair[] {
  const cls = classifyLine(text);
  if (!isBodyLike(text) || isHeadlineLike(text) || cls === 'headline' || cls === 'byline') return [];
  const out: PageRepair[] = [];
  for (const m of text.matchAll(/ +/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    const after = text.slice(end, end + CONTEXT);
    if (start === 0 || end === text.length || !LEFT.test(before) || !RIGHT.test(after)) continue;
    // A credit's role/name space (（记者 张三）, 文/图 王五, （张三 摄）) is house style, not a stray space.
    if (/(?:记者|通讯员|评论员|摄影|实习生|编辑|(?:^|[\s(（/／])(?:文|图|摄))$/.test(before) || /^[\p{Script=Han}]{1,4}(?:摄|报道)?[）)]/u.test(after)) continue;
    // …and the space between two credits (记者 张三 通讯员 李四): the next credit's role starts after it.
    if (CREDIT_ROLE_AHEAD.test(after) && /(?:记者|通讯员|评论员|摄影|实习生|文|图)\s*[\p{Script=Han}·]{1,5}$/u.test(before)) continue;
    out.push({ id: `space:${index}:${start}`, kind: 'collapse-space', index, before: `${before} ${after}`, after: `${before}${after}`, source: { paragraph: index, start, end }, reason: '中文之间误输入的半角空格，建议删除', accepted: true });
  }
  return out;
}

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
    // A box's credit (某某中心 宣) is the issuer's signature: offered for removal, kept unless removed.
    const credit = isBoxCredit(p.text);
    if (!credit) stripped.add(i);
    out.push({ id: `strip:${i}`, kind: 'strip-artifact', index: i, before: p.text, after: '', source: { paragraph: i, start: 0, end: p.text.length }, reason: credit ? `${reason}；默认保留为落款` : reason, accepted: !credit });
  });
  paragraphs.forEach((p, i) => {
    if (!stripped.has(i) && p.hint !== 'heading') out.push(...spaceRepairs(p.text, i));
  });
  for (let i = 0; i < paragraphs.length; i++) {
    if (stripped.has(i)) continue;
    const a = paragraphs[i];
    if (!a || endsTerminal(a.text) || a.hint === 'heading') continue;
    const midClause = endsMidClause(a.text);
    // A word or number running across the break is damage even when the line looks like a title.
    const brokenWord = a.breaksWord === true && !hasPhraseSpacing(a.text);
    const jumped = a.runsOn === true;
    if (!midClause && !brokenWord && !jumped && !isBodyLike(a.text)) continue;
    if (!midClause && !brokenWord && !jumped && classifyLine(a.text, a.hint) !== 'body') continue;
    let j = i + 1;
    while (stripped.has(j)) j++;
    const b = paragraphs[j];
    if (!b || b.hint === 'heading') continue;
    // A page break is a story's end unless jump lines joined the two (the PDF reader then put them together).
    if (a.page !== b.page) continue;
    const cls = classifyLine(b.text, b.hint);
    if (cls === 'byline' || cls === 'dateline') continue;
    // The next line could be the next story's headline after a body that lost its full stop:
    // still propose, but leave it for the user to accept.
    const doubtful = !brokenWord && !jumped && cls === 'headline' && isHeadlineLike(b.text) && !/^[，、；：,;:”’）)》」』]/.test(b.text);
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
        : jumped
          ? '段落在转版处（下转/上接）断开，建议与续文合并'
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
