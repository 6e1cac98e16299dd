import type { StoryContent } from '../../shared/model/story';
import { extractCandidates, type Candidate } from '../../shared/tags/candidates';
import type { CorpusStats } from '../../shared/tags/tfidf';
import type { TaggedToken } from '../../shared/tags/tokens';
import type { Db } from '../store/open-database';
import { bodyText, storiesRepo, toContent } from '../store/stories-repo';
import { tagCorpusRepo } from '../store/tags-repo';
import { write } from '../store/write';
import type { Segmenter } from './jieba-segmenter';

/** The headline roles of a story, where a term weighs more. */
export const headlineOf = (c: StoryContent): string => [c.kicker, c.headline, c.subhead].filter(Boolean).join('\n');

/** Everything a story says, in reading order. */
export const storyText = (c: StoryContent): string => [headlineOf(c), bodyText(c.body)].filter(Boolean).join('\n');

export interface Analysis {
  tokens: TaggedToken[];
  candidates: Candidate[];
}

/** Segment a text and list its candidate terms — the same for indexing and for suggesting. */
export function analyse(seg: Segmenter, text: string): Analysis {
  const tokens = seg.tag(text);
  return { tokens, candidates: extractCandidates(text, tokens) };
}

/** The terms a story contributes to document frequencies: every candidate, before subsumption. */
export const docTerms = (a: Analysis): string[] => a.candidates.map((c) => c.term);

/**
 * Bring document frequencies up to date for at most `limit` stories whose terms are missing,
 * stale (the story was saved since) or orphaned (the story is gone). Only the difference of each
 * story's terms touches tag_df, so keeping up costs one segmentation per saved story.
 * Returns how many stories were brought up to date.
 */
export function syncCorpus(db: Db, seg: Segmenter, limit: number): number {
  const stale = tagCorpusRepo.stale(db, limit);
  if (stale.length === 0) return 0;
  // Segment outside the transaction: the write lock is held only for the bookkeeping.
  const updates = stale.map(({ id, revision }) => {
    const row = revision === null ? undefined : storiesRepo.getRow(db, id);
    return { id, revision: row ? row.revision : null, terms: row ? docTerms(analyse(seg, storyText(toContent(row)))) : null };
  });
  write(db, () => {
    for (const u of updates) tagCorpusRepo.setTerms(db, u.id, u.revision, u.terms);
  });
  return updates.length;
}

/** The archive's document frequencies as the scorer sees them. */
export function dbCorpus(db: Db): CorpusStats {
  return { docCount: tagCorpusRepo.docCount(db), df: (t) => tagCorpusRepo.df(db, t) };
}
