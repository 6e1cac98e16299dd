import { extractCandidates, subsume, type Candidate } from './candidates';
import type { TaxonomyIndex } from './taxonomy';
import { titlesOn } from './taxonomy';
import { idf, tfWeight, type CorpusStats } from './tfidf';
import { charLength, countOccurrences, type TaggedToken } from './tokens';
import type { Suggestion, SuggestionSource } from './types';

export interface SuggestInput {
  /** Headline roles (引题/主题/副题): a term there weighs more. */
  headline: string;
  /** Everything the story says, headline included. */
  text: string;
  /** The segmenter's output for `text`. */
  tokens: readonly TaggedToken[];
  corpus: CorpusStats;
  taxonomy?: TaxonomyIndex | undefined;
  /** The story's date (YYYY-MM-DD): which titles people held. */
  date: string;
  /** Names not to suggest: tags already on the story and suggestions rejected for it. */
  exclude?: ReadonlySet<string> | undefined;
  limit?: number | undefined;
}

/** How much each kind of evidence is worth beside plain TF-IDF. */
const SOURCE_BOOST: Record<SuggestionSource, number> = { taxonomy: 2, title: 1.3, entity: 1.6, quoted: 1.4, phrase: 1.3, keyword: 1 };

/** Rank tag suggestions for one text: candidates, taxonomy hits, TF-IDF over the archive. */
export function suggestTags(input: SuggestInput): Suggestion[] {
  return rankCandidates(input, subsume(extractCandidates(input.text, input.tokens)));
}

/** Rank already-extracted candidates (the service extracts once for indexing and suggesting). */
export function rankCandidates(input: Omit<SuggestInput, 'tokens'>, candidates: readonly Candidate[]): Suggestion[] {
  type Row = Suggestion & { raw: number };
  const rows = new Map<string, Row>();
  const tfOf = (term: string, count: number): number => count + 2 * Math.min(1, countOccurrences(input.headline, term));
  const lengthBoost = (term: string): number => 1 + 0.08 * Math.min(Math.max(charLength(term) - 2, 0), 8);

  for (const c of candidates) {
    // An unknown word seen once is more often a segmentation scrap (市经|信局) than a coinage.
    if (c.source === 'keyword' && c.pos === 'x' && c.count < 2) continue;
    const raw = tfWeight(tfOf(c.term, c.count)) * idf(input.corpus, c.term) * SOURCE_BOOST[c.source] * lengthBoost(c.term);
    rows.set(c.term, { tag: c.term, kind: c.kind, score: 0, tagId: null, count: c.count, source: c.source, raw });
  }

  for (const h of input.taxonomy?.find(input.text, input.date) ?? []) {
    const source: SuggestionSource = h.viaTitle ? 'title' : 'taxonomy';
    const raw = tfWeight(tfOf(h.name, h.count)) * idf(input.corpus, h.name) * SOURCE_BOOST[source] * lengthBoost(h.name);
    const entry = input.taxonomy?.entries.find((e) => e.id === h.id);
    const held = entry && entry.kind === 'person' ? titlesOn(entry, input.date) : [];
    const detail = h.viaTitle ? `${h.viaTitle}（${input.date}）` : held.length ? held.join('、') : undefined;
    const prev = rows.get(h.name);
    rows.set(h.name, {
      tag: h.name, kind: h.kind, score: 0, tagId: h.id, count: Math.max(h.count, prev?.count ?? 0), source,
      raw: Math.max(raw, prev?.raw ?? 0) * (prev ? 1.2 : 1), ...(detail ? { detail } : {}),
    });
  }

  const ranked = [...rows.values()]
    .filter((r) => !input.exclude?.has(r.tag))
    .sort((a, b) => b.raw - a.raw || a.tag.localeCompare(b.tag));
  const top = ranked[0]?.raw ?? 1;
  return ranked.slice(0, input.limit ?? 30).map(({ raw, ...s }) => ({ ...s, score: Math.round((raw / top) * 1000) / 1000 }));
}
