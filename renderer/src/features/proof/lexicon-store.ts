import { create } from 'zustand';
import type { ParamsIn } from '../../../../shared/api/contract';
import type { LexiconEntryView } from '../../../../shared/api/methods/lexicons';
import { lexiconsFromListed } from '../../../../shared/proof/lexicons/merge';
import type { Lexicons } from '../../../../shared/proof/lexicons/types';
import { api, onCoreEvent } from '../../api/connection';

export type LexiconKey = Pick<LexiconEntryView, 'kind' | 'wrong' | 'right'>;

interface LexiconState {
  entries: LexiconEntryView[] | null;
  /**
   * The lists in force, as the checker takes them. A new object after every load, so the
   * live checker's index and paragraph cache start afresh exactly when the lists change.
   */
  lexicons: Lexicons | null;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
  /** Load once (live checking and the dialog both call this). */
  ensure(): Promise<void>;
  create(p: ParamsIn<'lexicons.create'>): Promise<void>;
  update(p: ParamsIn<'lexicons.update'>): Promise<void>;
  remove(id: number): Promise<void>;
  setDefaultEnabled(key: LexiconKey, enabled: boolean): Promise<void>;
}

let seq = 0;
let first: Promise<void> | null = null;

/** The checker's word lists (shipped defaults and the newsroom's entries) as the core has them. */
export const useLexicons = create<LexiconState>((set, get) => ({
  entries: null,
  lexicons: null,
  loading: false,
  error: null,
  async load() {
    // Only the newest answer counts: a reload after a write may overtake an older one.
    const mine = ++seq;
    set({ loading: true });
    try {
      const entries = await api().call('lexicons.list', {});
      if (mine === seq) set({ entries, lexicons: lexiconsFromListed(entries), error: null });
    } catch (error) {
      if (mine === seq) set({ error });
    } finally {
      if (mine === seq) set({ loading: false });
    }
  },
  ensure: () => (get().entries ? Promise.resolve() : (first ??= get().load().finally(() => (first = null)))),
  // Writes throw to the caller (the form shows the error beside its fields); the lists reload
  // here and, through the core's event, in every other window.
  async create(p) {
    await api().call('lexicons.create', p);
    await get().load();
  },
  async update(p) {
    await api().call('lexicons.update', p);
    await get().load();
  },
  async remove(id) {
    await api().call('lexicons.delete', { id });
    await get().load();
  },
  async setDefaultEnabled(key, enabled) {
    await api().call('lexicons.setDefaultEnabled', { kind: key.kind, wrong: key.wrong, right: key.right, enabled });
    await get().load();
  },
}));

// Another window changed the lists, or the database was restored: fetch them again if we had them.
const reload = (): void => {
  if (useLexicons.getState().entries) void useLexicons.getState().load();
};
onCoreEvent('lexicons.changed', reload);
onCoreEvent('database.replaced', reload);
