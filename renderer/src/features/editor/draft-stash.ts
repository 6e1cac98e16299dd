import type { StoryContent } from '../../../../shared/model/story';

/** An editor draft not yet saved, carried across this window's reload after a restore. */
export interface StashedDraft {
  storyId: number;
  /** The revision the draft was being saved on top of (in the database before the restore). */
  baseRevision: number;
  content: StoryContent;
}

// sessionStorage: per window (each window keeps its own draft) and it survives location.reload().
const KEY = 'banxin.draftAcrossRestore';

/** Keep the draft for the reload; false if this window cannot store it (then nothing changes). */
export function stashDraft(draft: StashedDraft): boolean {
  try {
    globalThis.sessionStorage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** The draft stashed for this story, removed from storage as it is taken (so it is applied once). */
export function takeStashedDraft(storyId: number): StashedDraft | undefined {
  try {
    const raw = globalThis.sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as StashedDraft;
    if (draft.storyId !== storyId) return undefined;
    globalThis.sessionStorage.removeItem(KEY);
    return draft;
  } catch {
    return undefined;
  }
}

/**
 * The revision to save a carried-over draft on top of in the restored database. If the restored
 * story is at or past the draft's base, that base exists there: save on it, and a story that moved
 * on meanwhile meets the ordinary conflict choice (合并 / 保留我的 / 放弃). If the restored story
 * is older than the base, the base no longer exists: the draft is saved on top of what is there,
 * so the user's text is kept and the restored version stays in the revisions.
 */
export function baseAfterRestore(draftBase: number, restoredRevision: number): number {
  return draftBase <= restoredRevision ? draftBase : restoredRevision;
}
