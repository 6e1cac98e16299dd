import { useEffect } from 'react';
import { onCoreEvent } from './connection';

/**
 * Loads once, and again whenever stories are imported or saved in any window: for views whose
 * figures come from the stories (the 稿库 list, the taxonomy's tag counts).
 */
export function useLoadOnStoryChanges(load: () => Promise<void>): void {
  useEffect(() => {
    void load();
    const offs = [onCoreEvent('stories.imported', () => void load()), onCoreEvent('story.changed', () => void load())];
    return () => offs.forEach((off) => off());
  }, [load]);
}
