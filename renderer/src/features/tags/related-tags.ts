import type { Tag } from '../../../../shared/tags/types';

/* Tags related to a tag or a page: what the co-occurrence list and the page suggestions show. */

/** A tag seen on the same stories as the selected one, and on how many. */
export interface Partner {
  tag: Tag;
  count: number;
}

/**
 * The co-occurrence pairs the core returns (a, b, count) seen from one tag: the other tag of each
 * pair, most shared stories first. Pairs that do not include the tag are ignored.
 */
export function partnersOf(rows: ReadonlyArray<{ a: Tag; b: Tag; count: number }>, tagId: number): Partner[] {
  return rows
    .filter((r) => r.a.id === tagId || r.b.id === tagId)
    .map((r) => ({ tag: r.a.id === tagId ? r.b : r.a, count: r.count }))
    .sort((x, y) => y.count - x.count || x.tag.id - y.tag.id);
}

/**
 * One-click suggestions for a page: the tags on the page's stories that the page lacks, the ones
 * most of its stories carry first.
 */
export function pageTagSuggestions(storyTags: ReadonlyArray<readonly Tag[]>, pageTags: readonly Tag[]): Tag[] {
  const onPage = new Set(pageTags.map((t) => t.id));
  const seen = new Map<number, { tag: Tag; stories: number }>();
  for (const tags of storyTags) {
    for (const tag of new Map(tags.map((t) => [t.id, t])).values()) {
      if (onPage.has(tag.id)) continue;
      const s = seen.get(tag.id);
      seen.set(tag.id, { tag, stories: (s?.stories ?? 0) + 1 });
    }
  }
  return [...seen.values()].sort((x, y) => y.stories - x.stories || x.tag.id - y.tag.id).map((s) => s.tag);
}
