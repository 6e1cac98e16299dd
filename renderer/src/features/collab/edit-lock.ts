import type { Lease } from '../../../../shared/model/collab';
import { useEditor } from '../editor/store';
import { useSession } from '../session/store';
import { leaseLock } from './lease-lock';
import { useCollab } from './leases-store';

export interface EditorLock {
  /** Someone else's live lease on the open story. */
  holder: Lease | null;
  /** Who broke this person's lease on it, until they take it again. */
  brokenBy: string | null;
  cannotHold: boolean;
  /** A 已签发 story not yet confirmed for editing. */
  signedPending: boolean;
  readOnly: boolean;
}

function lockOf(): EditorLock {
  const story = useEditor.getState().story;
  const voidConfirmed = useEditor.getState().voidSignaturesFor;
  if (!story) return { holder: null, brokenBy: null, cannotHold: false, signedPending: false, readOnly: false };
  const lease = leaseLock('story', story.id);
  const signedPending = story.status === 'signed-off' && voidConfirmed !== story.id;
  return { ...lease, signedPending, readOnly: lease.readOnly || signedPending };
}

/** Whether the editor may change the open story now (ProseMirror asks on every update). */
export const editorReadOnly = (): boolean => lockOf().readOnly;

/** The open story's lock as the editor shows it; re-renders when leases, the story or the session change. */
export function useEditorLock(): EditorLock {
  useCollab((s) => s.leases);
  useCollab((s) => s.broken);
  useCollab((s) => s.cannotHold);
  useEditor((s) => s.voidSignaturesFor);
  useEditor((s) => s.story);
  useSession((s) => s.current);
  return lockOf();
}

/** Call `listener` whenever read-only may have changed (for the ProseMirror view, which is not React). */
export function onLockChange(listener: () => void): () => void {
  const offs = [useCollab.subscribe(listener), useSession.subscribe(listener), useEditor.subscribe((s, p) => (s.story !== p.story || s.voidSignaturesFor !== p.voidSignaturesFor) && listener())];
  return () => offs.forEach((o) => o());
}
