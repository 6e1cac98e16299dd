import { create } from 'zustand';
import type { Result } from '../../../../shared/api/contract';
import type { IntakeSource } from '../../../../shared/api/methods/intake';
import { StructureEditError, type StructureEdit } from '../../../../shared/model/structure-edits';
import { api } from '../../api/connection';
import { editedStories, skipPositions, type PreviewStory } from './edited-preview';
import { canRedo, canUndo, emptyHistory, pushEdit, redoEdit, undoEdit, type EditHistory } from './edit-history';

type Preview = Result<'import.preview'>;

interface IntakeState {
  open: boolean;
  mode: 'file' | 'paste';
  source: IntakeSource | null;
  preview: Preview | null;
  /** Repairs the user unticked: sent to import.commit so the core leaves those spots as they were. */
  rejected: Set<string>;
  /** Stories (by position in the importer's preview) the editor chose not to import: duplicates start skipped. */
  skipped: Set<number>;
  /** The editor's structure edits (merge, split, line role, kind), undoable. */
  history: EditHistory<StructureEdit>;
  /** The preview's stories after the structure edits: what will be stored. */
  stories: PreviewStory[];
  /** Why the last structure edit was refused, in the UI language's pair. */
  editError: { zh: string; en: string } | null;
  /** Apply one structure edit (refused, with `editError`, when it does not fit). */
  edit(edit: StructureEdit): void;
  undo(): void;
  redo(): void;
  section: string;
  busy: boolean;
  error: unknown;
  show(mode: IntakeState['mode']): void;
  close(): void;
  previewSource(source: IntakeSource): Promise<void>;
  toggleRepair(id: string, keep: boolean): void;
  /** Keep or reject many repairs at once (one story's). */
  setRepairs(ids: string[], keep: boolean): void;
  setSection(section: string): void;
  /** Skip one story (a duplicate of a 稿库 story), or import it anyway. */
  setSkipped(index: number, skip: boolean): void;
  commit(): Promise<number>;
}

/** The import dialog: a source (file bytes or pasted text), its parsed preview and the user's repair choices. */
export const useIntake = create<IntakeState>((set, get) => ({
  open: false,
  mode: 'file',
  source: null,
  preview: null,
  rejected: new Set(),
  skipped: new Set(),
  history: emptyHistory(),
  stories: [],
  editError: null,
  section: '',
  busy: false,
  error: null,
  show: (mode) => set({ open: true, mode, source: null, preview: null, rejected: new Set(), skipped: new Set(), history: emptyHistory(), stories: [], editError: null, error: null }),
  close: () => set({ open: false, source: null, preview: null, busy: false }),
  async previewSource(source) {
    set({ busy: true, error: null, source, preview: null, history: emptyHistory(), stories: [], editError: null });
    try {
      const preview = await api().call('import.preview', { source });
      // Repairs the core proposes but does not apply by default start unticked.
      const rejected = new Set(preview.stories.flatMap((s) => s.repairs.filter((r) => !r.accepted).map((r) => r.id)));
      // A story the 稿库 already has (已有相近稿件…) is not imported again unless the editor says so.
      const skipped = new Set(preview.stories.flatMap((s, i) => (s.similar ? [i] : [])));
      set({ preview, rejected, skipped, busy: false, stories: editedStories(preview.stories, []) });
    } catch (error) {
      set({ error, busy: false });
    }
  },
  toggleRepair(id, keep) {
    const rejected = new Set(get().rejected);
    if (keep) rejected.delete(id);
    else rejected.add(id);
    set({ rejected });
  },
  setRepairs(ids, keep) {
    const rejected = new Set(get().rejected);
    for (const id of ids) {
      if (keep) rejected.delete(id);
      else rejected.add(id);
    }
    set({ rejected });
  },
  edit(edit) {
    const { preview, history } = get();
    if (!preview) return;
    const next = pushEdit(history, edit);
    try {
      set({ history: next, stories: editedStories(preview.stories, next.done), editError: null });
    } catch (err) {
      if (!(err instanceof StructureEditError)) throw err;
      set({ editError: { zh: err.zh, en: err.en } });
    }
  },
  undo() {
    const { preview, history } = get();
    if (!preview || !canUndo(history)) return;
    const next = undoEdit(history);
    set({ history: next, stories: editedStories(preview.stories, next.done), editError: null });
  },
  redo() {
    const { preview, history } = get();
    if (!preview || !canRedo(history)) return;
    const next = redoEdit(history);
    set({ history: next, stories: editedStories(preview.stories, next.done), editError: null });
  },
  setSection: (section) => set({ section }),
  setSkipped(index, skip) {
    const skipped = new Set(get().skipped);
    if (skip) skipped.add(index);
    else skipped.delete(index);
    set({ skipped });
  },
  async commit() {
    const { source, rejected, skipped, section, history, stories } = get();
    if (!source) return 0;
    set({ busy: true, error: null });
    try {
      // The core applies the same edits to its own parse: it never takes the structure from here.
      const r = await api().call('import.commit', { source, rejectedRepairIds: [...rejected], section, structureEdits: [...history.done], skipStories: skipPositions(stories, skipped) });
      set({ open: false, busy: false, source: null, preview: null });
      return r.stories.length;
    } catch (error) {
      set({ error, busy: false });
      return 0;
    }
  },
}));
