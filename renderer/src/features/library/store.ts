import { create } from 'zustand';
import type { ParamsIn, Result } from '../../../../shared/api/contract';
import type { StoryStatus, StorySummary } from '../../../../shared/model/story';
import { api } from '../../api/connection';

export type SortKey = NonNullable<ParamsIn<'stories.list'>['sort']>;
export type SearchHit = Result<'stories.search'>['items'][number];

export interface LibraryFilters {
  status?: StoryStatus;
  section?: string;
  ownerId?: number;
  /** ISO instants (local day start / day end), inclusive. */
  updatedFrom?: string;
  updatedTo?: string;
}

interface LibraryState {
  filters: LibraryFilters;
  sort: SortKey;
  page: number;
  pageSize: number;
  items: StorySummary[];
  total: number;
  loading: boolean;
  error: unknown;
  /** The full-text query; when set the table shows search hits instead of the filtered list. */
  query: string;
  hits: SearchHit[];
  hitTotal: number;
  /** More stories match than were counted: show the total as "N+". */
  hitCapped: boolean;
  load(): Promise<void>;
  setFilters(patch: Partial<LibraryFilters>): void;
  setSort(sort: SortKey): void;
  setPage(page: number, pageSize: number): void;
  search(query: string): Promise<void>;
}

/** The 稿库: the filtered, sorted, paged story list and full-text search. */
export const useLibrary = create<LibraryState>((set, get) => ({
  filters: {},
  sort: 'updated-desc',
  page: 1,
  pageSize: 50,
  items: [],
  total: 0,
  loading: false,
  error: null,
  query: '',
  hits: [],
  hitTotal: 0,
  hitCapped: false,
  async load() {
    const { filters, sort, page, pageSize, query } = get();
    set({ loading: true, error: null });
    try {
      if (query) {
        const r = await api().call('stories.search', { query, offset: (page - 1) * pageSize, limit: Math.min(pageSize, 200) });
        set({ hits: r.items, hitTotal: r.total, hitCapped: r.capped, loading: false });
      } else {
        const r = await api().call('stories.list', { ...filters, sort, offset: (page - 1) * pageSize, limit: pageSize });
        set({ items: r.items, total: r.total, loading: false });
      }
    } catch (error) {
      set({ error, loading: false });
    }
  },
  setFilters(patch) {
    set({ filters: { ...get().filters, ...patch }, page: 1 });
    void get().load();
  },
  setSort(sort) {
    set({ sort, page: 1 });
    void get().load();
  },
  setPage(page, pageSize) {
    set({ page, pageSize });
    void get().load();
  },
  async search(query) {
    set({ query: query.trim(), page: 1 });
    await get().load();
  },
}));
