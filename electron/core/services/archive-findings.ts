import { archiveSuspects } from '../../../shared/proof/archive/suspects';
import type { Finding } from '../../../shared/proof/types';
import type { Db } from '../../store/open-database';
import { archiveIndex } from './archive-index';

const overlaps = (a: Finding, b: Finding): boolean => a.start < b.end && b.start < a.end || (a.start === a.end && a.start >= b.start && a.start <= b.end);

/**
 * 疑似 findings for each text of a stored story (revision `revision`), against every other story
 * in the 稿库: the story is left out of the counts, so it is never evidence about itself. A
 * suspect on a span a rule already flagged is dropped (one problem, one finding). If the story
 * changed while the index was brought up to date, nothing is reported rather than something
 * measured against the wrong text.
 */
export async function archiveFindings(db: Db, storyId: number, revision: number, texts: readonly string[], ruled: readonly Finding[][]): Promise<Finding[][]> {
  const view = await archiveIndex(db);
  const held = view.indexedRevision(storyId);
  if (held !== null && held !== revision) return texts.map(() => []);
  return texts.map((text, k) =>
    archiveSuspects(view.index, text, { story: texts, indexed: held !== null }).filter((s) => !(ruled[k] ?? []).some((r) => overlaps(s, r))),
  );
}
