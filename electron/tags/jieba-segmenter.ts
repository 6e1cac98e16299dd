import type { TaggedToken } from '../../shared/tags/tokens';
import type { TagKind } from '../../shared/tags/types';

/** The part of jieba-wasm we use (its Node build loads the dictionary when first imported). */
interface JiebaModule {
  cut(text: string, hmm?: boolean | null): string[];
  tag(sentence: string, hmm?: boolean | null): Array<{ word: string; tag: string }>;
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/** A Chinese word segmenter with part-of-speech tags and the newsroom's own words added. */
export interface Segmenter {
  /** Words with their part of speech; HMM on, so unseen names (陈新智, 芝英镇) stay whole. */
  tag(text: string): TaggedToken[];
  cut(text: string): string[];
  /** Dictionary words only (HMM off): no guessed words, for deciding whether a line break fell inside one. */
  cutKnown(text: string): string[];
  /** Add names to the user dictionary so they segment whole; returns how many were new. */
  addWords(words: Iterable<{ word: string; kind: TagKind }>): number;
}

/** POS given to a user-dictionary word, so the extractor knows what it names. */
const POS_OF: Record<TagKind, string> = {
  person: 'nr', place: 'ns', organisation: 'nt', event: 'nz', topic: 'nz', keyword: 'nz', section: 'n',
};
/** High enough that jieba prefers the whole name to any split of it. */
const USER_WORD_FREQ = 200_000;

let loading: Promise<Segmenter> | null = null;

/**
 * The process-wide segmenter, loaded on first use: the wasm module and its dictionary take about
 * half a second, which the app should not pay at start-up. jieba's dictionary is global to the
 * module, so one segmenter (and one user dictionary) serves every database in the process.
 */
export function loadSegmenter(): Promise<Segmenter> {
  loading ??= import('jieba-wasm').then((m) => createSegmenter(m as unknown as JiebaModule));
  return loading;
}

function createSegmenter(jieba: JiebaModule): Segmenter {
  const added = new Set<string>();
  jieba.cut('预热', true);
  return {
    tag: (text) => jieba.tag(text, true).map((t) => ({ word: t.word, tag: t.tag })),
    cut: (text) => jieba.cut(text, true),
    cutKnown: (text) => jieba.cut(text, false),
    addWords(words) {
      let n = 0;
      for (const { word, kind } of words) {
        const w = word.trim();
        // jieba's user dictionary is whitespace-separated: a word with a space cannot go in.
        if (w.length < 2 || /\s/.test(w) || added.has(w)) continue;
        jieba.add_word(w, USER_WORD_FREQ, POS_OF[kind]);
        added.add(w);
        n++;
      }
      return n;
    },
  };
}
