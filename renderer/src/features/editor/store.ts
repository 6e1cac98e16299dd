import type { EditorView } from 'prosemirror-view';
import { create } from 'zustand';
import type { Block, Story, StoryContent } from '../../../../shared/model/story';
import { api } from '../../api/connection';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';
import { baseAfterRestore, takeStashedDraft, type StashedDraft } from './draft-stash';

/** The headline and credit fields edited with plain inputs (everything but the body). */
export type HeaderField = Exclude<keyof StoryContent, 'body' | 'kind'>;

/** Autosave fires this long after the last keystroke (the product promises < 1 s). */
export const AUTOSAVE_DELAY_MS = 600;

interface EditorState {
  story: Story | null;
  /** The working copy: what the user sees, saved or not. */
  content: StoryContent | null;
  /** Bumped when a story is (re)loaded, so the body editor rebuilds its document. */
  loadGen: number;
  loading: boolean;
  loadError: unknown;
  saveState: SaveState;
  saveError: unknown;
  findMode: 'closed' | 'find' | 'replace';
  revisionsOpen: boolean;
  view: EditorView | null;
  /** Bumped on every editor transaction so toolbars re-render with the view's new state. */
  viewTick: number;
  /** 实时校对: the checker underlines findings while the user types (remembered per machine). */
  liveCheck: boolean;
  /** The last live check: findings shown, paragraphs re-checked, milliseconds. */
  liveStats: { findings: number; rechecked: number; ms: number } | null;
  open(id: number, force?: boolean): Promise<void>;
  /** Someone else saved the open story: show their text (only when nothing here is unsaved). */
  reload(): Promise<void>;
  /** The 已签发 story the person agreed to change, voiding its signatures (the save says so). */
  voidSignaturesFor: number | null;
  setVoidSignaturesFor(id: number | null): void;
  setField(field: HeaderField, value: string): void;
  setBody(body: Block[]): void;
  flush(): Promise<void>;
  setFindMode(mode: EditorState['findMode']): void;
  setRevisionsOpen(open: boolean): void;
  setView(view: EditorView | null): void;
  setLiveCheck(on: boolean): void;
  setLiveStats(stats: EditorState['liveStats']): void;
  /** After a CONFLICT, the fields both sides changed in the same place (from a failed merge). */
  conflictFields: string[] | null;
  /**
   * Resolve a CONFLICT: merge the draft with what was saved meanwhile, keep the draft (saved on
   * top, the other version stays in the revisions), or take the saved version (drops the draft).
   */
  resolveConflict(choice: 'merge' | 'mine' | 'theirs'): Promise<void>;
  /**
   * The database was replaced (a restore): stop autosaving into it and hand back the draft if it
   * holds edits not yet saved, so the window can carry it across its reload.
   */
  detachForReload(): StashedDraft | null;
}

const LIVE_KEY = 'banxin.liveCheck';
function rememberedLiveCheck(): boolean {
  try {
    return globalThis.localStorage?.getItem(LIVE_KEY) !== 'off';
  } catch {
    return true;
  }
}

let saver: Autosaver<StoryContent> | null = null;

/** The open story, its working copy and its autosave. */
export const useEditor = create<EditorState>((set, get) => {
  const changed = (content: StoryContent): void => {
    set({ content });
    saver?.change(content);
  };
  return {
    story: null,
    content: null,
    loadGen: 0,
    loading: false,
    loadError: null,
    saveState: 'idle',
    saveError: null,
    findMode: 'closed',
    revisionsOpen: false,
    view: null,
    viewTick: 0,
    liveCheck: rememberedLiveCheck(),
    liveStats: null,
    voidSignaturesFor: null,
    setVoidSignaturesFor: (voidSignaturesFor) => set({ voidSignaturesFor }),
    async reload() {
      const { story, saveState } = get();
      if (!story || saveState === 'dirty' || saveState === 'saving' || saveState === 'failed') return;
      await get().open(story.id, true);
    },
    async open(id, force = false) {
      if (!force && get().story?.id === id && get().saveState !== 'failed') return;
      await saver?.flush();
      saver?.dispose();
      saver = null;
      set({ loading: true, loadError: null });
      try {
        const story = await api().call('stories.get', { id });
        // A draft this window carried across its reload after a restore: it becomes the working copy again.
        const carried = takeStashedDraft(id);
        saver = createAutosaver<StoryContent, Story>({
          save: (content, baseRevision) =>
            api().call('stories.save', { id, baseRevision, content, ...(get().voidSignaturesFor === id ? { voidSignatures: true } : {}) }),
          revisionOf: (s) => s.revision,
          baseRevision: carried ? baseAfterRestore(carried.baseRevision, story.revision) : story.revision,
          delayMs: AUTOSAVE_DELAY_MS,
          onState: (saveState, saveError) => set({ saveState, saveError: saveError ?? null }),
          onSaved: (saved) => set({ story: saved }),
        });
        set({ story, content: carried?.content ?? story.content, loading: false, saveState: 'saved', saveError: null, conflictFields: null, loadGen: get().loadGen + 1 });
        if (carried) saver.change(carried.content);
      } catch (loadError) {
        set({ loading: false, loadError });
      }
    },
    setField(field, value) {
      const content = get().content;
      if (content && content[field] !== value) changed({ ...content, [field]: value });
    },
    setBody(body) {
      const content = get().content;
      if (content) changed({ ...content, body });
    },
    flush: () => saver?.flush() ?? Promise.resolve(),
    setFindMode: (findMode) => set({ findMode }),
    setRevisionsOpen: (revisionsOpen) => set({ revisionsOpen }),
    setView: (view) => set((s) => ({ view, viewTick: s.viewTick + 1 })),
    setLiveCheck(liveCheck) {
      try {
        globalThis.localStorage?.setItem(LIVE_KEY, liveCheck ? 'on' : 'off');
      } catch {
        // storage unavailable (private mode): the choice lasts for this window only
      }
      set({ liveCheck, liveStats: null });
    },
    setLiveStats: (liveStats) => set({ liveStats }),
    conflictFields: null,
    detachForReload() {
      const { story, content, saveState } = get();
      const base = saver?.base();
      saver?.dispose();
      saver = null;
      const unsaved = saveState === 'dirty' || saveState === 'saving' || saveState === 'failed';
      if (!story || !content || base === undefined || !unsaved) return null;
      return { storyId: story.id, baseRevision: base, content };
    },
    async resolveConflict(choice) {
      const { story, content } = get();
      if (!story || !content || !saver) return;
      try {
        if (choice === 'theirs') {
          // Still 'failed', so open() reloads the story instead of keeping the one on screen.
          saver.dispose();
          saver = null;
          set({ conflictFields: null });
          await get().open(story.id);
          return;
        }
        const r = await api().call('stories.merge', { id: story.id, baseRevision: saver.base(), content });
        if (choice === 'merge' && !r.merged) {
          set({ conflictFields: r.conflicts });
          return;
        }
        const next = choice === 'merge' ? r.merged! : content;
        // The merged copy replaces the working copy on screen (the body editor rebuilds from it).
        set({ content: next, conflictFields: null, ...(choice === 'merge' ? { loadGen: get().loadGen + 1 } : {}) });
        await saver.resolve(next, r.latest.revision);
      } catch (saveError) {
        set({ saveState: 'failed', saveError });
      }
    },
  };
});
