import { isHanCodePoint } from '../char-class';

/** A maximal run of Han ideographs: its code points and the UTF-16 offset of each (plus one past the end). */
export interface HanRun {
  readonly chars: readonly number[];
  /** offsets[k] is where chars[k] starts in the source string; offsets[chars.length] is where the run ends. */
  readonly offsets: readonly number[];
}

/**
 * The Han runs of a text. N-grams never cross punctuation, digits, Latin or a line break: a
 * window spanning “，” says nothing about how the paper writes a phrase. Astral ideographs
 * (𠮷, a surrogate pair) are one character with a two-unit offset step.
 */
export function hanRuns(text: string): HanRun[] {
  const runs: HanRun[] = [];
  let chars: number[] = [];
  let offsets: number[] = [];
  const close = (end: number): void => {
    if (chars.length) runs.push({ chars, offsets: [...offsets, end] });
    chars = [];
    offsets = [];
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isHanCodePoint(cp)) {
      chars.push(cp);
      offsets.push(i);
    } else close(i);
    i += width;
  }
  close(text.length);
  return runs;
}

/** Number of Han characters in a text (what the archive's size cap counts). */
export function hanCount(text: string): number {
  let n = 0;
  for (const r of hanRuns(text)) n += r.chars.length;
  return n;
}
