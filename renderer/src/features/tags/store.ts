import { create } from 'zustand';
import type { StorySummary } from '../../../../shared/model/story';
import type { Suggestion, Tag } from '../../../../shared/tags/types';
import { api } from '../../api/connection';

/** Where a failure happened, so each part shows its own error. */
export type TagsArea = 'story' | 'filter';

interface TagsState {
  /** The story whose tags and suggestions are loaded (the editor's story). */
  storyId: number | null;
  storyTags: Tag[];
  suggestions: Suggestion[];
  /** Suggestion names being applied or rejected, so a double click does nothing twice. */
  pending: string[];
  storyLoading: boolean;
  /** The taxonomy for the 稿库 filter. */
  allTags: Tag[];
  filterTagId: number | null;
  filterItems: StorySummary[];
  filterTotal: number;
  filterLoading: boolean;
  errors: Partial<Record<TagsArea, unknown>>;
  loadStory(storyId: number): Promise<void>;
  applySuggestion(s: Suggestion): Promise<void>;
  reject(name: string): Promise<void>;
  remove(tagId: number): Promise<void>;
  loadAllTags(): Promise<void>;
  chooseFilter(tagId: number | null): Promise<void>;
}

/** How many suggestions the panel offers: enough to choose from, few enough to read at a glance. */
const SUGGESTION_LIMIT = 15;
/** The filter lists this many stories; the 稿库 table is the place for paging through everything. */
const FILTER_LIMIT = 100;

/** Tags on the open story, its suggestions, and the 稿库 tag filter. */
export const useTags = create<TagsState>((set, get) => {
  const suggest = (storyId: number): Promise<Suggestion[]> => api().call('tags.suggest', { storyId, limit: SUGGESTION_LIMIT });
  // Applying or rejecting changes both lists; reload them together, unless the editor moved on meanwhile.
  const refreshStory = async (storyId: number, storyTags?: Tag[]): Promise<void> => {
    const [tags, suggestions] = await Promise.all([storyTags ?? api().call('tags.forStory', { storyId }), suggest(storyId)]);
    if (get().storyId === storyId) set({ storyTags: tags, suggestions });
  };
  const guarded = async (name: string, work: (storyId: number) => Promise<void>): Promise<void> => {
    const storyId = get().storyId;
    if (storyId === null || get().pending.includes(name)) return;
    set({ pending: [...get().pending, name], errors: { ...get().errors, story: undefined } });
    try {
      await work(storyId);
    } catch (e) {
      set({ errors: { ...get().errors, story: e } });
    } finally {
      set({ pending: get().pending.filter((n) => n !== name) });
    }
  };
  return {
    storyId: null,
    storyTags: [],
    suggestions: [],
    pending: [],
    storyLoading: false,
    allTags: [],
    filterTagId: null,
    filterItems: [],
    filterTotal: 0,
    filterLoading: false,
    errors: {},
    async loadStory(storyId) {
      set({ storyId, storyTags: [], suggestions: [], pending: [], storyLoading: true, errors: { ...get().errors, story: undefined } });
      try {
        await refreshStory(storyId);
      } catch (e) {
        if (get().storyId === storyId) set({ errors: { ...get().errors, story: e } });
      } finally {
        if (get().storyId === storyId) set({ storyLoading: false });
      }
    },
    applySuggestion(s) {
      return guarded(s.tag, async (storyId) => {
        // An existing tag goes by id; a new one by name, created with the kind the suggester saw.
        const tags = await api().call('tags.apply', {
          storyId,
          source: 'suggested',
          ...(s.tagId !== null ? { tagIds: [s.tagId] } : { names: [{ name: s.tag, kind: s.kind }] }),
        });
        await refreshStory(storyId, tags);
      });
    },
    reject(name) {
      return guarded(name, async (storyId) => {
        await api().call('tags.reject', { storyId, tag: name });
        if (get().storyId === storyId) set({ suggestions: get().suggestions.filter((s) => s.tag !== name) });
      });
    },
    remove(tagId) {
      return guarded(`#${tagId}`, async (storyId) => {
        const tags = await api().call('tags.remove', { storyId, tagId });
        await refreshStory(storyId, tags);
      });
    },
    async loadAllTags() {
      try {
        set({ allTags: await api().call('tags.list', {}) });
      } catch (e) {
        set({ errors: { ...get().errors, filter: e } });
      }
    },
    async chooseFilter(tagId) {
      set({ filterTagId: tagId, filterItems: [], filterTotal: 0, errors: { ...get().errors, filter: undefined } });
      if (tagId === null) return;
      set({ filterLoading: true });
      try {
        const page = await api().call('tags.stories', { tagId, limit: FILTER_LIMIT });
        if (get().filterTagId === tagId) set({ filterItems: page.items, filterTotal: page.total });
      } catch (e) {
        if (get().filterTagId === tagId) set({ errors: { ...get().errors, filter: e } });
      } finally {
        if (get().filterTagId === tagId) set({ filterLoading: false });
      }
    },
  };
});
