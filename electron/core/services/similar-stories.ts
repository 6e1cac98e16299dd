import { coreCharacters, textSimilarity } from '../../../shared/text/similarity';
import type { Db } from '../../store/open-database';
import { searchStoryIds } from '../../store/search-repo';
import { bodyText, storiesRepo, toContent } from '../../store/stories-repo';

/** From this similarity on, an incoming story is reported as already in the 稿库. */
export const SIMILAR_FROM = 0.8;
const PROBES = 6;
const PROBE_CHARS = 8;
const HITS_PER_PROBE = 20;

export interface SimilarStory {
  storyId: number;
  headline: string;
  /** 0–1, see {@link textSimilarity}. */
  similarity: number;
}

/**
 * The stored story most like `body`, if it is at least {@link SIMILAR_FROM} alike. Candidates come
 * from the search index (a few 8-character phrases spread over the body: a near copy shares most
 * of them), so the cost does not grow with the size of the 稿库; only candidates are compared.
 */
export function findSimilarStory(db: Db, body: string): SimilarStory | null {
  if (coreCharacters(body).length < 20) return null;
  // Probes come from runs between punctuation, so each is a phrase the stored text has verbatim.
  const runs = body.split(/[^\p{L}\p{N}]+/u).filter((r) => [...r].length >= PROBE_CHARS);
  const candidates = new Set<number>();
  for (let k = 0; k < Math.min(PROBES, runs.length); k++) {
    const run = runs[Math.floor((runs.length * k) / Math.min(PROBES, runs.length))]!;
    const probe = [...run].slice(0, PROBE_CHARS).join('');
    for (const id of searchStoryIds(db, probe, 0, HITS_PER_PROBE).ids) candidates.add(id);
  }
  let best: SimilarStory | null = null;
  for (const id of candidates) {
    const row = storiesRepo.getRow(db, id);
    if (!row) continue;
    const c = toContent(row);
    const similarity = textSimilarity(body, bodyText(c.body));
    if (similarity >= SIMILAR_FROM && (!best || similarity > best.similarity)) best = { storyId: id, headline: c.headline, similarity };
  }
  return best;
}

/** The editor's warning: 已有相近稿件《…》（相似度 96%）. */
export function similarWarning(s: SimilarStory): string {
  return `已有相近稿件《${s.headline || '无标题'}》（相似度 ${Math.floor(s.similarity * 100)}%）`;
}
