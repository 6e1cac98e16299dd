import { useEffect } from 'react';
import { coalesce } from './coalesce';
import { onCoreEvent } from './connection';

/**
 * Loads once, and again whenever stories are imported, saved, moved on in the workflow or tagged
 * at any desk: for views whose figures come from the stories (the 稿库 list, the taxonomy's tag
 * counts). Bursts of changes are coalesced into one reload.
 */
export function useLoadOnStoryChanges(load: () => Promise<void>): void {
  useEffect(() => {
    void load();
    const reload = coalesce(load);
    const offs = [
      onCoreEvent('stories.imported', reload),
      onCoreEvent('story.changed', reload),
      onCoreEvent('data.changed', ({ topic }) => {
        if (topic === 'story' || topic === 'tags' || topic === 'proofing') reload();
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [load]);
}
