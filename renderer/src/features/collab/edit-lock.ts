import { create } from 'zustand';
import type { Lease } from '../../../../shared/model/collab';
import { useEditor } from '../editor/store';
import { useSession } from '../session/store';
import { leaseOf, useCollab } from './leases-store';

interface EditLockState {
  /** The story the editor holds (or tries to hold) the lease of. */
  storyId: number | null;
  /** This person's role may not change the story's text (the core said FORBIDDEN). */
  cannotHold: boolean;
}

/** The editor's side of the lease: what this desk learned when it asked for it. */
export const useEditLock = create<EditLockState>(() => ({ storyId: null, cannotHold: false }));

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
  const me = useSession.getState().current?.id ?? null;
  const { leases, broken } = useCollab.getState();
  const { cannotHold, storyId } = useEditLock.getState();
  const voidConfirmed = useEditor.getState().voidSignaturesFor;
  if (!story) return { holder: null, brokenBy: null, cannotHold: false, signedPending: false, readOnly: false };
  const lease = leaseOf(leases, 'story', story.id);
  const holder = lease && lease.userId !== me ? lease : null;
  const brokenBy = broken[`story:${story.id}`] ?? null;
  const mine = storyId === story.id;
  const signedPending = story.status === 'signed-off' && voidConfirmed !== story.id;
  return { holder, brokenBy, cannotHold: mine && cannotHold, signedPending, readOnly: holder !== null || brokenBy !== null || (mine && cannotHold) || signedPending };
}

/** Whether the editor may change the open story now (ProseMirror asks on every update). */
export const editorReadOnly = (): boolean => lockOf().readOnly;

/** The open story's lock as the editor shows it; re-renders when leases, the story or the session change. */
export function useEditorLock(): EditorLock {
  useCollab((s) => s.leases);
  useCollab((s) => s.broken);
  useEditLock((s) => s.cannotHold);
  useEditor((s) => s.voidSignaturesFor);
  useEditor((s) => s.story);
  useSession((s) => s.current);
  return lockOf();
}

/** Call `listener` whenever read-only may have changed (for the ProseMirror view, which is not React). */
export function onLockChange(listener: () => void): () => void {
  const offs = [useCollab.subscribe(listener), useEditLock.subscribe(listener), useEditor.subscribe((s, p) => (s.story !== p.story || s.voidSignaturesFor !== p.voidSignaturesFor) && listener())];
  return () => offs.forEach((o) => o());
}
