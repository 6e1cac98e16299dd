/** Document frequencies of the paper's own archive. */
export interface CorpusStats {
  /** Stories indexed. */
  docCount: number;
  /** In how many of them a term occurs (0 when never). */
  df(term: string): number;
}

/**
 * Pseudo-documents that contain none of the candidate terms. While the archive is small every
 * term is "rare"; these keep IDF from swinging wildly on the first few dozen stories.
 */
export const PRIOR_DOCS = 20;

/** Smoothed inverse document frequency: ln((N + P + 1) / (df + 1)) + 1, always ≥ 1. */
export function idf(stats: CorpusStats, term: string): number {
  const df = Math.min(stats.df(term), stats.docCount);
  return Math.log((stats.docCount + PRIOR_DOCS + 1) / (df + 1)) + 1;
}

/** Sub-linear term frequency: the tenth mention adds less than the second. */
export const tfWeight = (count: number): number => (count > 0 ? 1 + Math.log(count) : 0);

/** A corpus with nothing in it (the CLI on a fresh database, or unit tests). */
export const EMPTY_CORPUS: CorpusStats = { docCount: 0, df: () => 0 };

/** A corpus held in memory, e.g. for tests and for the benchmark's peer. */
export function mapCorpus(docCount: number, df: ReadonlyMap<string, number>): CorpusStats {
  return { docCount, df: (t) => df.get(t) ?? 0 };
}
