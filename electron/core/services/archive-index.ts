import { NgramIndex } from '../../../shared/proof/archive/ngram-index';
import { archiveRepo } from '../../store/archive-repo';
import type { Db } from '../../store/open-database';

/**
 * The 稿库 n-gram index behind the 疑似 findings, one per database connection, kept in step with
 * the stories table without being rebuilt: before each check the stored revisions are compared with
 * the indexed ones and only stories that changed, came or went are taken out and put back. A
 * restore from backup opens a new connection and so starts afresh.
 *
 * Bounded: stories are taken best evidence first (signed-off, then awaiting sign-off, then the
 * rest, newest first) up to ARCHIVE_CHAR_CAP characters, so memory stays near what
 * tests/bench/archive-suspects.ts measures. Building works in slices and yields between them, so
 * the first check after start-up does not stall other sessions.
 */
export const ARCHIVE_CHAR_CAP = 4_000_000;
const SLICE_CHARS = 200_000;

interface Indexed {
  revision: number;
  texts: string[];
}

interface ArchiveState {
  index: NgramIndex;
  stories: Map<number, Indexed>;
  refreshing: Promise<void> | null;
}

const states = new WeakMap<Db, ArchiveState>();
const yieldToOthers = (): Promise<void> => new Promise((r) => setImmediate(r));

async function refresh(db: Db, state: ArchiveState, cap: number): Promise<void> {
  const wanted = new Map<number, number>();
  let chars = 0;
  for (const s of archiveRepo.stamps(db)) {
    if (chars + s.chars > cap) continue; // a later (smaller) story may still fit
    chars += s.chars;
    wanted.set(s.id, s.revision);
  }
  let work = 0;
  const pace = async (n: number): Promise<void> => {
    work += n;
    if (work >= SLICE_CHARS) {
      work = 0;
      await yieldToOthers();
    }
  };
  for (const [id, had] of state.stories) {
    if (wanted.get(id) === had.revision) continue;
    for (const t of had.texts) state.index.remove(t);
    state.stories.delete(id);
    await pace(had.texts.reduce((n, t) => n + t.length, 0));
  }
  for (const [id, revision] of wanted) {
    if (state.stories.get(id)?.revision === revision) continue;
    const got = archiveRepo.texts(db, id);
    if (!got) continue; // deleted meanwhile
    for (const t of got.texts) state.index.add(t);
    state.stories.set(id, got);
    await pace(got.texts.reduce((n, t) => n + t.length, 0));
  }
}

/** What a check runs against: the index, and whether (and as what revision) a story is in it. */
export interface ArchiveView {
  index: NgramIndex;
  /** The revision of this story the index holds, or null when it is not in the index. */
  indexedRevision(storyId: number): number | null;
}

/** The archive index for this database, brought up to date with the stored stories. */
export async function archiveIndex(db: Db, cap = ARCHIVE_CHAR_CAP): Promise<ArchiveView> {
  let state = states.get(db);
  if (!state) states.set(db, (state = { index: new NgramIndex(), stories: new Map(), refreshing: null }));
  const s = state;
  // Concurrent checks share one refresh; one that starts after it finished runs its own (cheap when nothing changed).
  while (s.refreshing) await s.refreshing;
  s.refreshing = refresh(db, s, cap).finally(() => (s.refreshing = null));
  await s.refreshing;
  return { index: s.index, indexedRevision: (id) => s.stories.get(id)?.revision ?? null };
}
