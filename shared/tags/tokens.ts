/** One word from the segmenter with its part-of-speech tag (jieba's ICTCLAS-style tags). */
export interface TaggedToken {
  word: string;
  tag: string;
}

const HAN = /\p{Script=Han}/u;
const WORDISH = /[\p{Script=Han}\p{L}\p{N}]/u;

/** True when the string contains at least one Han character. */
export const hasHan = (s: string): boolean => HAN.test(s);

/** Punctuation, spaces and line breaks: a phrase never runs across one. */
export const isBreak = (t: TaggedToken): boolean => !WORDISH.test(t.word);

/** Length in code points, so that 𠮷 counts as one character. */
export const charLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Nouns, names, places, organisations, abbreviations and unknown words (x: often a new coinage). */
const NOUNISH = new Set(['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'x', 'j', 'vn', 'an']);
export const isNounish = (t: TaggedToken): boolean => NOUNISH.has(t.tag) && hasHan(t.word);

/** Tags a keyword may carry on its own (verbal nouns like 发展 and 建设 only inside a phrase). */
const KEYWORD_TAGS = new Set(['n', 'nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'x', 'j']);
export const isKeywordTag = (tag: string): boolean => KEYWORD_TAGS.has(tag);

/** Pronoun-like first characters that make a phrase refer back instead of name something (该村, 本市, 全镇). */
export const DEICTIC_START = /^[该本此其各全每这那我贵]/u;

/**
 * Count non-overlapping occurrences of `needle` in `text`. Works on UTF-16 code units, which
 * is safe for astral characters because a valid needle never matches half a surrogate pair.
 */
export function countOccurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Single characters that join names rather than belong to one (市委市政府全会暨市委经济工作会议). */
export const CONNECTIVE: ReadonlySet<string> = new Set(['暨', '及', '和', '与', '并', '或', '等', '兼', '同']);
