import { codePointLength, splitOnSpaces } from '../../shared/text';

/** A headline role. */
export type HeadlineRole = 'kicker' | 'headline' | 'subhead';

/** A merged headline line split in two, with the roles of both parts and the gap between them. */
export interface HeadlineSplit {
  parts: [string, string];
  roles: [HeadlineRole, HeadlineRole];
  /** UTF-16 span of the separator in the original line. */
  gap: { start: number; end: number };
}

// Genre words a 副题 ends with, and the 一论/二论 series of 评论员文章.
const SUBHEAD_END = /(侧记|述评|综述|纪实|特写|手记|札记|随笔|观察|调查|专访|访谈|通讯|巡礼|回眸|扫描|素描|小记|见闻|速写|掠影|启示录|评论员文章|会议精神|之际)$/;
const SUBHEAD_START = /^(——|—|[一二三四五六七八九十]论|[一二三四五六七八九十]谈|写在|记|访)/;

/** True when a line reads as a 副题 (…侧记, 一论…, ——…). */
export function isSubheadCue(text: string): boolean {
  return SUBHEAD_END.test(text) || SUBHEAD_START.test(text);
}

/** True when the segments are short parallel phrases (绘蓝图 明任务 聚共识 擂战鼓). */
export function isPhraseGroup(segs: string[]): boolean {
  if (segs.length === 0) return false;
  const lens = segs.map(codePointLength);
  const max = Math.max(...lens);
  const min = Math.min(...lens);
  return max <= 12 && max - min <= 3;
}

/** True when the line has ≥2 space-separated short phrases (the way Chinese headlines set 对仗). */
export function hasPhraseSpacing(text: string): boolean {
  const segs = splitOnSpaces(text);
  return segs.length >= 2 && isPhraseGroup(segs);
}

// Finds the UTF-16 span of the whitespace run after the k-th segment.
function gapAfter(line: string, k: number): { start: number; end: number } {
  const re = /[\s\u3000]+/g;
  let m: RegExpExecArray | null;
  let n = 0;
  const trimmedStart = line.length - line.trimStart().length;
  re.lastIndex = trimmedStart;
  while ((m = re.exec(line)) !== null) {
    n++;
    if (n === k) return { start: m.index, end: m.index + m[0].length };
  }
  return { start: line.length, end: line.length };
}

/**
 * Recognises 主题+副题 or 引题+主题 merged on one line by extraction, from general cues: a run of
 * short parallel phrases (the 主题 style) next to one long descriptive segment; a 副题 genre word
 * (侧记, 一论…); a dash introducing a 副题. Returns null when the line is one title.
 */
export function splitMergedHeadline(line: string): HeadlineSplit | null {
  const dash = line.search(/\s*——/);
  if (dash > 0) {
    const gapEnd = dash + (line.slice(dash).length - line.slice(dash).trimStart().length);
    return { parts: [line.slice(0, dash).trim(), line.slice(gapEnd).trim()], roles: ['headline', 'subhead'], gap: { start: dash, end: gapEnd } };
  }
  const segs = splitOnSpaces(line);
  if (segs.length < 2) return null;
  const lens = segs.map(codePointLength);
  const n = segs.length;
  const last = segs[n - 1] ?? '';
  const first = segs[0] ?? '';
  const lastLen = lens[n - 1] ?? 0;
  const firstLen = lens[0] ?? 0;
  const head = segs.slice(0, n - 1);
  const tail = segs.slice(1);
  const maxOf = (xs: string[]): number => Math.max(...xs.map(codePointLength));
  // 主题 phrases then a long 副题.
  // One short phrase before a longer one is an ordinary spaced title (走进警营 零距离感受“警察蓝”):
  // a 主题 set in 对仗 has at least two phrases, or the tail says it is a 副题.
  if (isPhraseGroup(head) && (head.length >= 2 || isSubheadCue(last)) && (isSubheadCue(last) || lastLen >= 1.5 * maxOf(head)) && lastLen >= 10) {
    const gap = gapAfter(line, n - 1);
    return { parts: [line.slice(0, gap.start), line.slice(gap.end)], roles: ['headline', 'subhead'], gap };
  }
  // A long 引题 then 主题 phrases.
  if (firstLen >= 10 && tail.length >= 2 && isPhraseGroup(tail) && firstLen >= 1.5 * maxOf(tail) && !isSubheadCue(first)) {
    const gap = gapAfter(line, 1);
    return { parts: [line.slice(0, gap.start), line.slice(gap.end)], roles: ['kicker', 'headline'], gap };
  }
  // Two long segments, the second with a 副题 cue: 主题 + 副题.
  if (n === 2 && isSubheadCue(last) && lastLen >= 6) {
    const gap = gapAfter(line, 1);
    return { parts: [first, line.slice(gap.end)], roles: ['headline', 'subhead'], gap };
  }
  return null;
}
