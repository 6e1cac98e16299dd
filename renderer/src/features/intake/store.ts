import { create } from 'zustand';
import type { Result } from '../../../../shared/api/contract';
import type { IntakeSource } from '../../../../shared/api/methods/intake';
import { api } from '../../api/connection';

type Preview = Result<'import.preview'>;

interface IntakeState {
  open: boolean;
  mode: 'file' | 'paste';
  source: IntakeSource | null;
  preview: Preview | null;
  /** Repairs the user unticked: sent to import.commit so the core leaves those spots as they were. */
  rejected: Set<string>;
  /** Stories (by position in the preview) the editor chose not to import: duplicates start skipped. */
  skipped: Set<number>;
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
  section: '',
  busy: false,
  error: null,
  show: (mode) => set({ open: true, mode, source: null, preview: null, rejected: new Set(), skipped: new Set(), error: null }),
  close: () => set({ open: false, source: null, preview: null, busy: false }),
  async previewSource(source) {
    set({ busy: true, error: null, source, preview: null });
    try {
      const preview = await api().call('import.preview', { source });
      // Repairs the core proposes but does not apply by default start unticked.
      const rejected = new Set(preview.stories.flatMap((s) => s.repairs.filter((r) => !r.accepted).map((r) => r.id)));
      // A story the 稿库 already has (已有相近稿件…) is not imported again unless the editor says so.
      const skipped = new Set(preview.stories.flatMap((s, i) => (s.similar ? [i] : [])));
      set({ preview, rejected, skipped, busy: false });
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
  setSection: (section) => set({ section }),
  setSkipped(index, skip) {
    const skipped = new Set(get().skipped);
    if (skip) skipped.add(index);
    else skipped.delete(index);
    set({ skipped });
  },
  async commit() {
    const { source, rejected, skipped, section } = get();
    if (!source) return 0;
    set({ busy: true, error: null });
    try {
      const r = await api().call('import.commit', { source, rejectedRepairIds: [...rejected], section, skipStories: [...skipped] });
      set({ open: false, busy: false, source: null, preview: null });
      return r.stories.length;
    } catch (error) {
      set({ error, busy: false });
      return 0;
    }
  },
}));
