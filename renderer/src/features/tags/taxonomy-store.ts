import { create } from 'zustand';
import type { Params, Result } from '../../../../shared/api/contract';
import type { Tag } from '../../../../shared/tags/types';
import { api } from '../../api/connection';
import { partnersOf, type Partner } from './related-tags';

export type IptcTopic = Result<'tags.iptc'>[number];
/** Everything a tag is made of, as the form fills it in; the same fields create and update. */
export type TagDraft = Params<'tags.create'>;

interface TaxonomyState {
  tags: Tag[];
  iptc: IptcTopic[];
  loading: boolean;
  /** A failed load, merge or delete; the dialogs show their own failures. */
  error: unknown;
  query: string;
  selectedId: number | null;
  partners: Partner[];
  partnersLoading: boolean;
  load(): Promise<void>;
  setQuery(query: string): void;
  select(id: number | null): Promise<void>;
  /** Create or update; throws the core's typed error so the dialog can show it and stay open. */
  save(id: number | null, draft: TagDraft): Promise<Tag>;
  merge(fromId: number, intoId: number): Promise<Tag | null>;
  remove(id: number): Promise<boolean>;
}

/** How many co-occurring tags the panel lists. */
const PARTNER_LIMIT = 20;

/** The taxonomy editor: every tag with its story count, the selected tag and the tags it occurs with. */
export const useTaxonomy = create<TaxonomyState>((set, get) => {
  const loadPartners = async (id: number): Promise<void> => {
    set({ partnersLoading: true });
    try {
      const rows = await api().call('tags.cooccurrence', { tagId: id, limit: PARTNER_LIMIT });
      if (get().selectedId === id) set({ partners: partnersOf(rows, id) });
    } catch (e) {
      if (get().selectedId === id) set({ error: e });
    } finally {
      if (get().selectedId === id) set({ partnersLoading: false });
    }
  };
  // Counts move with every merge and delete, and names with every rename: reload the whole list.
  const reload = async (): Promise<void> => {
    set({ tags: await api().call('tags.list', {}) });
  };
  return {
    tags: [],
    iptc: [],
    loading: false,
    error: undefined,
    query: '',
    selectedId: null,
    partners: [],
    partnersLoading: false,
    async load() {
      set({ loading: true, error: undefined });
      try {
        const [tags, iptc] = await Promise.all([api().call('tags.list', {}), get().iptc.length > 0 ? get().iptc : api().call('tags.iptc', {})]);
        set({ tags, iptc });
        const id = get().selectedId;
        if (id !== null && !tags.some((t) => t.id === id)) set({ selectedId: null, partners: [] });
        else if (id !== null) await loadPartners(id);
      } catch (e) {
        set({ error: e });
      } finally {
        set({ loading: false });
      }
    },
    setQuery(query) {
      set({ query });
    },
    async select(id) {
      set({ selectedId: id, partners: [], error: undefined });
      if (id !== null) await loadPartners(id);
    },
    async save(id, draft) {
      const tag = id === null ? await api().call('tags.create', draft) : await api().call('tags.update', { id, ...draft });
      await reload();
      await get().select(tag.id);
      return tag;
    },
    async merge(fromId, intoId) {
      try {
        const into = await api().call('tags.merge', { fromId, intoId });
        await reload();
        await get().select(into.id);
        return into;
      } catch (e) {
        set({ error: e });
        return null;
      }
    },
    async remove(id) {
      try {
        await api().call('tags.delete', { id });
        await reload();
        await get().select(null);
        return true;
      } catch (e) {
        set({ error: e });
        return false;
      }
    },
  };
});
