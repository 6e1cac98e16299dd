import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Tag } from '../../../../shared/tags/types';
import { api } from '../../api/connection';
import { pageTagSuggestions } from './related-tags';

export interface PageTags {
  pageTags: Tag[];
  /** Tags on the page's stories that the page lacks. */
  suggestions: Tag[];
  /** The taxonomy, for the add box (fetched when it opens). */
  all: Tag[];
  error: unknown;
  loadAll(): Promise<void>;
  add(tagId: number): Promise<void>;
  remove(tagId: number): Promise<void>;
}

/** A page's tags, kept in step with the page shown; answers for a page no longer shown are dropped. */
export function usePageTags(pageId: number | null, storyIds: readonly number[]): PageTags {
  const [pageTags, setPageTags] = useState<Tag[]>([]);
  const [storyTags, setStoryTags] = useState<Tag[][]>([]);
  const [all, setAll] = useState<Tag[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const current = useRef(pageId);
  current.current = pageId;
  const storyKey = storyIds.join(',');

  useEffect(() => {
    setPageTags([]);
    setError(undefined);
    if (pageId === null) return;
    api()
      .call('tags.forPage', { pageId })
      .then((tags) => current.current === pageId && setPageTags(tags))
      .catch((e: unknown) => current.current === pageId && setError(e));
  }, [pageId]);

  useEffect(() => {
    let live = true;
    const ids = storyKey === '' ? [] : storyKey.split(',').map(Number);
    // A story deleted meanwhile simply offers nothing.
    void Promise.all(ids.map((storyId) => api().call('tags.forStory', { storyId }).catch(() => [] as Tag[]))).then((lists) => live && setStoryTags(lists));
    return () => {
      live = false;
    };
  }, [storyKey]);

  const change = useCallback(async (work: (pageId: number) => Promise<Tag[]>): Promise<void> => {
    const at = current.current;
    if (at === null) return;
    setError(undefined);
    try {
      const tags = await work(at);
      if (current.current === at) setPageTags(tags);
    } catch (e) {
      if (current.current === at) setError(e);
    }
  }, []);

  return {
    pageTags,
    suggestions: useMemo(() => pageTagSuggestions(storyTags, pageTags), [storyTags, pageTags]),
    all,
    error,
    loadAll: useCallback(async () => {
      try {
        setAll(await api().call('tags.list', {}));
      } catch (e) {
        setError(e);
      }
    }, []),
    add: useCallback((tagId: number) => change((p) => api().call('tags.applyToPage', { pageId: p, tagIds: [tagId] })), [change]),
    remove: useCallback((tagId: number) => change((p) => api().call('tags.removeFromPage', { pageId: p, tagId })), [change]),
  };
}
