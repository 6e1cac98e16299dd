import { findPeople, findShapedEntities } from './entity-patterns';
import { GENERIC_WORDS } from './stopwords';
import { CONNECTIVE, DEICTIC_START, charLength, countOccurrences, hasHan, isBreak, isKeywordTag, isNounish, type TaggedToken } from './tokens';
import type { SuggestionSource, TagKind } from './types';

/** One term a text could be tagged with, before scoring. */
export interface Candidate {
  term: string;
  kind: TagKind;
  source: SuggestionSource;
  /** Occurrences in the text. */
  count: number;
  /** The segmenter's part of speech, for single-word candidates. */
  pos?: string;
}

/** Quoted slogans and campaign names: “千万工程”, ‘三大差距’, 「八八战略」. */
const QUOTED = /[“‘「『"]([^“”‘’「」『』"\s,，。、.;；:：!！?？()（）]{2,10})[”’」』"]/gu;

const kindOfPos = (tag: string, word: string): TagKind => {
  if (tag === 'ns') return 'place';
  if (tag === 'nt') return 'organisation';
  // jieba's dictionary full names (习近平/nrfg); its nr guesses (蓝图, 施工图) are too often wrong,
  // so other people come from a title before the name or from the newsroom's list.
  if (tag === 'nrfg' && charLength(word) <= 4) return 'person';
  return 'keyword';
};

/** A word or phrase that may be a tag at all: two characters or more, Han, not generic, not 该村. */
export function isTaggable(term: string): boolean {
  return charLength(term) >= 2 && hasHan(term) && !GENERIC_WORDS.has(term) && !/^\d/.test(term);
}

/**
 * Every candidate term of a text: single words by part of speech, phrases the text repeats
 * (新质|生产力), quoted slogans, and entities recognised by shape. Counts are raw occurrence
 * counts; `subsume` turns them into counts of the term on its own.
 */
export function extractCandidates(text: string, tokens: readonly TaggedToken[]): Candidate[] {
  const out = new Map<string, Candidate>();
  const add = (c: Candidate): void => {
    const prev = out.get(c.term);
    // Entities and phrases outrank plain keywords for the same string.
    if (!prev || RANK[c.source] > RANK[prev.source]) out.set(c.term, prev ? { ...c, count: Math.max(prev.count, c.count) } : c);
  };

  const wordCounts = new Map<string, { tag: string; n: number }>();
  for (const t of tokens) {
    if (isBreak(t) || !isKeywordTag(t.tag) || !isTaggable(t.word) || DEICTIC_START.test(t.word)) continue;
    const e = wordCounts.get(t.word);
    if (e) e.n++;
    else wordCounts.set(t.word, { tag: t.tag, n: 1 });
  }
  for (const [word, { tag, n }] of wordCounts) {
    const kind = kindOfPos(tag, word);
    add({ term: word, kind, source: kind === 'keyword' ? 'keyword' : 'entity', count: n, pos: tag });
  }

  for (const [term, n] of repeatedPhrases(tokens)) if (isTaggable(term)) add({ term, kind: 'keyword', source: 'phrase', count: n });

  for (const m of text.matchAll(QUOTED)) {
    const term = m[1]!;
    if (isTaggable(term) && !out.has(term)) add({ term, kind: 'topic', source: 'quoted', count: countOccurrences(text, term) });
  }
  for (const e of findShapedEntities(tokens)) {
    if (isTaggable(e.name)) add({ term: e.name, kind: e.kind, source: 'entity', count: countOccurrences(text, e.name) });
  }
  for (const name of new Set(findPeople(text))) add({ term: name, kind: 'person', source: 'entity', count: countOccurrences(text, name) });
  return [...out.values()];
}

const RANK: Record<SuggestionSource, number> = { keyword: 0, phrase: 1, quoted: 2, entity: 3, title: 4, taxonomy: 5 };

const isPhraseEnd = (t: TaggedToken): boolean => t.tag !== 'vn' && !GENERIC_WORDS.has(t.word) && charLength(t.word) >= 2;

/** Runs of 2–3 noun-like words (3–8 characters) that occur at least twice: the text's own compounds. */
function repeatedPhrases(tokens: readonly TaggedToken[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isNounish(tokens[i]!) || CONNECTIVE.has(tokens[i]!.word)) continue;
    for (let n = 2; n <= 3 && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      if (!isNounish(last) || CONNECTIVE.has(last.word) || DEICTIC_START.test(tokens[i]!.word)) break;
      let term = '';
      for (let k = i; k < i + n; k++) term += tokens[k]!.word;
      // Both ends must name something: 发展新质生产力 and 高质量发展建设 are not tags.
      if (!isPhraseEnd(tokens[i]!) || !isPhraseEnd(last)) continue;
      const len = charLength(term);
      if (len >= 3 && len <= 8) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  for (const [k, v] of counts) if (v < 2) counts.delete(k);
  return counts;
}

/**
 * Occurrences inside a longer candidate are not occurrences of the shorter one on its own:
 * 生产力 inside 新质生产力, 陈村 inside 大陈村. Subtract them, and drop what is left at zero.
 */
export function subsume(cands: readonly Candidate[]): Candidate[] {
  const count = new Map(cands.map((c) => [c.term, c.count]));
  const entities = new Set(cands.filter((c) => c.source === 'entity' && c.kind !== 'keyword').map((c) => c.term));
  // Longest first, so that each term's own count is final before it is subtracted from the
  // terms inside it (永康五金技师 inside 永康五金技师学院 is then 0 and takes nothing from 永康).
  const byLength = [...cands].sort((a, b) => b.term.length - a.term.length);
  for (const long of byLength) {
    const own = count.get(long.term) ?? 0;
    if (own <= 0 || long.term.length < 3) continue;
    const seen = new Set<string>();
    for (let i = 0; i < long.term.length; i++) {
      for (let j = i + 2; j <= long.term.length; j++) {
        const short = long.term.slice(i, j);
        // A named thing stays a mention of itself inside a longer name: 永康 in 永康五金技师学院.
        if (short === long.term || seen.has(short) || !count.has(short) || entities.has(short)) continue;
        seen.add(short);
        count.set(short, (count.get(short) ?? 0) - own * countOccurrences(long.term, short));
      }
    }
  }
  return cands.flatMap((c) => {
    const n = count.get(c.term) ?? 0;
    return n > 0 ? [{ ...c, count: n }] : [];
  });
}
