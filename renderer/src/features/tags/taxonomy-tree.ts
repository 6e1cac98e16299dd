import { TAG_KINDS, type Tag, type TagKind } from '../../../../shared/tags/types';

/** One tag in the taxonomy tree with the tags filed under it. */
export interface TagNode {
  tag: Tag;
  children: TagNode[];
}

/** One kind (栏目, 主题, 人物 …) with its tags as a forest. */
export interface KindGroup {
  kind: TagKind;
  /** How many tags of this kind the taxonomy holds (whatever the search shows). */
  total: number;
  roots: TagNode[];
}

/** Does a tag's name or one of its synonyms contain the search text (Latin letters case-blind)? */
export function tagMatches(tag: Pick<Tag, 'name' | 'synonyms'>, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [tag.name, ...tag.synonyms].some((s) => s.toLowerCase().includes(q));
}

// Most-used first; among equals, creation order keeps the seeded 栏目 in the paper's order.
const byUse = (a: Tag, b: Tag): number => b.storyCount - a.storyCount || a.id - b.id;

/**
 * The parent a tag is drawn under: only a parent of the same kind, so each kind is its own tree
 * (a person filed under an organisation still shows among the people).
 */
function treeParent(tag: Tag, byId: ReadonlyMap<number, Tag>): number | null {
  const parent = tag.parentId === null ? undefined : byId.get(tag.parentId);
  return parent && parent.kind === tag.kind ? parent.id : null;
}

/** Tag ids above `id` in its kind's tree, nearest first (cycles, which the core refuses anyway, end the walk). */
export function ancestorIds(tags: readonly Tag[], id: number): number[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const out: number[] = [];
  let at = byId.get(id);
  while (at) {
    const up = treeParent(at, byId);
    if (up === null || up === id || out.includes(up)) break;
    out.push(up);
    at = byId.get(up);
  }
  return out;
}

/** Every tag filed (at any depth, any kind) under `id`: none of them can become its parent. */
export function descendantIds(tags: readonly Tag[], id: number): Set<number> {
  const found = new Set<number>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next = tags.filter((t) => t.parentId !== null && frontier.includes(t.parentId) && !found.has(t.id) && t.id !== id).map((t) => t.id);
    for (const n of next) found.add(n);
    frontier = next;
  }
  return found;
}

/**
 * The taxonomy grouped by kind, in TAG_KINDS order, each kind a forest by parent. With a search
 * text only the matching tags and the tags above them are kept (so each hit shows where it is
 * filed) and kinds without a hit are left out; without one every kind is listed, even empty.
 */
export function taxonomyTree(tags: readonly Tag[], query = ''): KindGroup[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const searching = query.trim() !== '';
  const keep = new Set<number>();
  for (const t of tags) {
    if (!tagMatches(t, query)) continue;
    keep.add(t.id);
    for (const up of ancestorIds(tags, t.id)) keep.add(up);
  }
  const children = new Map<number | null, Tag[]>();
  for (const t of tags) {
    if (!keep.has(t.id)) continue;
    const up = treeParent(t, byId);
    children.set(up, [...(children.get(up) ?? []), t]);
  }
  const placed = new Set<number>();
  const grow = (t: Tag): TagNode => {
    placed.add(t.id);
    const kids = (children.get(t.id) ?? []).filter((k) => !placed.has(k.id)).sort(byUse);
    return { tag: t, children: kids.map(grow) };
  };
  const groups: KindGroup[] = TAG_KINDS.map((kind) => {
    const roots = (children.get(null) ?? []).filter((t) => t.kind === kind).sort(byUse).map(grow);
    return { kind, total: tags.filter((t) => t.kind === kind).length, roots };
  });
  // A parent loop leaves its tags unplaced: show them as roots rather than lose them.
  for (const t of [...tags].sort(byUse)) {
    if (keep.has(t.id) && !placed.has(t.id)) groups.find((g) => g.kind === t.kind)!.roots.push(grow(t));
  }
  return searching ? groups.filter((g) => g.roots.length > 0) : groups;
}

/** Every tag id in the groups, depth first: what a search expands. */
export function nodeIds(groups: readonly KindGroup[]): number[] {
  const out: number[] = [];
  const walk = (n: TagNode): void => {
    out.push(n.tag.id);
    n.children.forEach(walk);
  };
  groups.forEach((g) => g.roots.forEach(walk));
  return out;
}
