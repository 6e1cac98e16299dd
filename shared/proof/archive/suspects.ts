/**
 * 疑似 errors from the paper's own archive: places where the checked text writes a phrase the
 * 稿库 has never written, while the 稿库 writes a one-character variant of it often and almost
 * always that way. Two kinds:
 *
 * - substitution: a 4-character window never seen in the archive, whose variant with ONE
 *   character changed (inside the window, or at its edge only where the Han run ends) is seen ≥ minCount times and is ≥ dominance of everything the archive puts
 *   in that position (县长李梦础 → 县长李梦楚, 第十五组 → 第十五届);
 * - missing character: a 3-character window never seen, whose two halves never meet in the
 *   archive, while a 4-gram with one character inserted between them is frequent and dominant
 *   (实求是 → 实事求是).
 *
 * False alarms are what make such a checker useless, so it stays quiet unless the archive is
 * unanimous: a window the archive has even once, a window the checked story itself repeats (a new
 * name written twice is deliberate), a window of function words only, or a window where more than
 * one position could be "fixed" is never reported. Findings are `info` (疑似), never rule errors.
 */
import type { Finding } from '../types';
import { hanRuns, type HanRun } from './han-runs';
import type { NgramIndex } from './ngram-index';

export const ARCHIVE_RULE_ID = 'archive-ngram';

export interface ArchiveSuspectOptions {
  /** The variant must be seen at least this often (default 3). */
  readonly minCount?: number;
  /** …and make up at least this share of what the archive puts in that position (default 0.9). */
  readonly dominance?: number;
}

export interface SuspectContext {
  /**
   * Every text of the story being checked (headline fields and body). A window the story itself
   * writes twice is intended; with `indexed`, the story's grams are taken out of the archive's
   * counts (the story is not evidence about itself). Defaults to the checked text alone.
   */
  readonly story?: readonly string[];
  /** The story's texts are part of the index as given (leave them out of the counts). */
  readonly indexed?: boolean;
}

// Characters that carry grammar rather than content: a window made only of these is too common
// in new combinations to say anything.
const FUNCTION_CHARS = new Set('的了是在和与及也就都而又并对把被从为以之其这那有个一不上中下要我你他她它们着过地得等所将于已到说会能可还但或该此');

const str = (chars: readonly number[], from: number, n: number): string => String.fromCodePoint(...chars.slice(from, from + n));

/** Counts of the story's own 2–4-grams, by string. */
function storyGrams(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) {
    for (const r of hanRuns(t)) {
      for (let i = 0; i < r.chars.length; i++) {
        for (let n = 2; n <= 4 && i + n <= r.chars.length; n++) {
          const g = str(r.chars, i, n);
          m.set(g, (m.get(g) ?? 0) + 1);
        }
      }
    }
  }
  return m;
}

interface Candidate {
  start: number;
  end: number;
  suggestion: string;
  /** Sightings of the archive's variant: the strength of the evidence. */
  support: number;
  /** Window of the checked text that raised it (a weaker candidate inside it is dropped). */
  windowStart: number;
  windowEnd: number;
  message: string;
}

/** 疑似 findings for `text` (UTF-16 offsets into it), against an archive index. */
export function archiveSuspects(index: NgramIndex, text: string, ctx: SuspectContext = {}, opts: ArchiveSuspectOptions = {}): Finding[] {
  const minCount = opts.minCount ?? 3;
  const dominance = opts.dominance ?? 0.9;
  const own = storyGrams(ctx.story ?? [text]);
  const ownIn = (g: string): number => own.get(g) ?? 0;
  const leaveOut = ctx.indexed === true;
  const archived = (chars: readonly number[], from: number, n: number): number =>
    index.count(chars, from, n) - (leaveOut ? ownIn(str(chars, from, n)) : 0);
  const knowsAll = (chars: readonly number[], from: number, n: number): boolean => chars.slice(from, from + n).every((cp) => index.knows(cp));
  const functionOnly = (chars: readonly number[]): boolean => chars.every((cp) => FUNCTION_CHARS.has(String.fromCodePoint(cp)));

  /** The one filler the archive is unanimous about at `gap` of the 4 characters `w`, if any. */
  const dominant = (w: readonly number[], gap: number, exclude: number | null): { cp: number; count: number } | null => {
    let total = 0;
    let best: { cp: number; count: number } | null = null;
    for (const f of index.fillersAt(w, gap)) {
      const v = [...w];
      v[gap] = f.cp;
      const n = f.count - (leaveOut ? ownIn(String.fromCodePoint(...v)) : 0);
      if (n <= 0) continue;
      total += n;
      if (f.cp !== exclude && (!best || n > best.count)) best = { cp: f.cp, count: n };
    }
    return best && best.count >= minCount && best.count >= dominance * total ? best : null;
  };

  const found: Candidate[] = [];
  for (const run of hanRuns(text)) {
    found.push(...substitutions(run), ...omissions(run));
  }
  return settle(found);

  function substitutions(run: HanRun): Candidate[] {
    const out: Candidate[] = [];
    const { chars, offsets } = run;
    for (let i = 0; i + 4 <= chars.length; i++) {
      const w = chars.slice(i, i + 4);
      const phrase = String.fromCodePoint(...w);
      if (!knowsAll(chars, i, 4) || archived(chars, i, 4) > 0 || ownIn(phrase) >= 2 || functionOnly(w)) continue;
      const fixes: { gap: number; cp: number; count: number }[] = [];
      for (let gap = 0; gap < 4; gap++) {
        // A character at the window's edge has context on one side only, and there the archive
        // merely predicts the next word (高质量提升 → 高质量发展): only where the run itself ends.
        if ((gap === 0 && i > 0) || (gap === 3 && i + 4 < chars.length)) continue;
        const best = dominant(w, gap, w[gap]!);
        if (best) fixes.push({ gap, ...best });
      }
      if (fixes.length !== 1) continue; // nothing, or no telling which character is wrong
      const { gap, cp, count } = fixes[0]!;
      const v = [...w];
      v[gap] = cp;
      out.push({
        start: offsets[i + gap]!, end: offsets[i + gap + 1]!, suggestion: String.fromCodePoint(cp), support: count,
        windowStart: offsets[i]!, windowEnd: offsets[i + 4]!,
        message: `疑似：稿库中“${String.fromCodePoint(...v)}”出现 ${count} 次，未见“${phrase}”`,
      });
    }
    return out;
  }

  function omissions(run: HanRun): Candidate[] {
    const out: Candidate[] = [];
    const { chars, offsets } = run;
    for (let i = 0; i + 3 <= chars.length; i++) {
      const w = chars.slice(i, i + 3);
      const phrase = String.fromCodePoint(...w);
      if (!knowsAll(chars, i, 3) || archived(chars, i, 3) > 0 || ownIn(phrase) >= 2 || functionOnly(w)) continue;
      for (let gap = 1; gap <= 2; gap++) {
        // The two halves must each be known to the archive, and must never meet there directly.
        if (archived(chars, i + gap - 1, 2) > 0) continue;
        if (archived(chars, i, gap) === 0 || archived(chars, i + gap, 3 - gap) === 0) continue;
        const four = [...w.slice(0, gap), 0, ...w.slice(gap)];
        const best = dominant(four, gap, null);
        if (!best) continue;
        four[gap] = best.cp;
        const missing = String.fromCodePoint(best.cp);
        out.push({
          start: offsets[i + gap]!, end: offsets[i + gap]!, suggestion: missing, support: best.count,
          windowStart: offsets[i]!, windowEnd: offsets[i + 3]!,
          message: `疑似：稿库中“${String.fromCodePoint(...four)}”出现 ${best.count} 次，未见“${phrase}”，疑漏“${missing}”字`,
        });
      }
    }
    return out;
  }
}

/**
 * One finding per suspected error: the overlapping windows around one wrong character raise it
 * several times; the best-supported reading wins and weaker ones inside its window are dropped.
 */
function settle(found: Candidate[]): Finding[] {
  const kept: Candidate[] = [];
  for (const c of [...found].sort((a, b) => b.support - a.support || a.start - b.start)) {
    if (kept.some((k) => c.start >= k.windowStart && c.end <= k.windowEnd)) continue;
    kept.push(c);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, category: 'confusable-word', suggestion: c.suggestion, message: c.message, rule: ARCHIVE_RULE_ID, severity: 'info' }));
}
