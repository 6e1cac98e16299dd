import { useEffect } from 'react';
import { onCoreEvent } from '../../api/connection';
import { useEditor } from '../editor/store';
import { useSession } from '../session/store';
import { useEditLease } from './use-edit-lease';

/**
 * While the editor shows a story: hold its edit lease (use-edit-lease.ts), save what is unsaved
 * the moment it is broken away, and show the others' saves, status moves and sign-offs as they
 * happen (a read-only editor follows the holder live).
 */
export function useStoryLease(storyId: number | null): void {
  // What was typed since the last autosave goes in now, while nobody holds the lease.
  useEditLease('story', storyId, { onBrokenAway: () => void useEditor.getState().flush() });
  useEffect(() => {
    if (storyId === null) return;
    const mine = (by: number | null | undefined): boolean => by === useSession.getState().current?.id;
    const offs = [
      onCoreEvent('story.changed', (p) => {
        if (p.id === storyId && !mine(p.by)) void useEditor.getState().reload();
      }),
      onCoreEvent('data.changed', (p) => {
        // A status move or a sign-off elsewhere (已签发 makes the editor ask before the next change).
        if (p.storyId === storyId && !mine(p.by) && (p.topic === 'story' || p.topic === 'proofing')) void useEditor.getState().reload();
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [storyId]);
}

