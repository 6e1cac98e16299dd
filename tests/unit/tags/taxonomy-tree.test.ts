import { describe, expect, it } from 'vitest';
import type { Tag, TagKind } from '../../../shared/tags/types';
import { ancestorIds, descendantIds, nodeIds, tagMatches, taxonomyTree, type TagNode } from '../../../renderer/src/features/tags/taxonomy-tree';
import { pageTagSuggestions, partnersOf } from '../../../renderer/src/features/tags/related-tags';

const tag = (id: number, name: string, kind: TagKind, extra: Partial<Tag> = {}): Tag => ({
  id, name, kind, parentId: null, synonyms: [], iptcCode: null, titles: [], storyCount: 0, createdAt: '', updatedAt: '', ...extra,
});

// 永康 > 芝英镇 > 大陈村 (places), 要闻 and 时政 (sections), a person filed under an organisation.
const TAGS: Tag[] = [
  tag(1, '要闻', 'section', { storyCount: 2 }),
  tag(2, '时政', 'section', { storyCount: 5 }),
  tag(3, '永康', 'place', { storyCount: 4, synonyms: ['永康市'] }),
  tag(4, '芝英镇', 'place', { parentId: 3, storyCount: 1 }),
  tag(5, '大陈村', 'place', { parentId: 4, storyCount: 1 }),
  tag(6, '古山镇', 'place', { parentId: 3, storyCount: 3 }),
  tag(7, '市委', 'organisation'),
  tag(8, '陈新智', 'person', { parentId: 7, storyCount: 2 }),
  tag(9, 'AI', 'keyword', { synonyms: ['人工智能'] }),
];

const names = (nodes: TagNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.tag.name, names(n.children)] : n.tag.name));

describe('taxonomyTree', () => {
  it('groups by kind in the fixed order, every kind listed, each kind a tree by parent, most-used first', () => {
    const groups = taxonomyTree(TAGS);
    expect(groups.map((g) => g.kind)).toEqual(['section', 'topic', 'person', 'place', 'organisation', 'event', 'keyword']);
    const byKind = Object.fromEntries(groups.map((g) => [g.kind, g]));
    expect(names(byKind.section!.roots)).toEqual(['时政', '要闻']);
    expect(names(byKind.place!.roots)).toEqual([['永康', ['古山镇', ['芝英镇', ['大陈村']]]]]);
    expect(byKind.place!.total).toBe(4);
    expect(byKind.topic!.roots).toEqual([]);
    // A parent of another kind does not take the tag out of its own kind's tree.
    expect(names(byKind.person!.roots)).toEqual(['陈新智']);
    expect(names(byKind.organisation!.roots)).toEqual(['市委']);
  });

  it('ties on use keep creation order (the seeded 栏目 stay in the paper\'s order)', () => {
    const groups = taxonomyTree([tag(12, '经济', 'section'), tag(10, '要闻', 'section'), tag(11, '时政', 'section')]);
    expect(names(groups[0]!.roots)).toEqual(['要闻', '时政', '经济']);
  });

  it('a search keeps the hits and the tags above them, and drops kinds without a hit', () => {
    const groups = taxonomyTree(TAGS, '大陈');
    expect(groups.map((g) => g.kind)).toEqual(['place']);
    expect(names(groups[0]!.roots)).toEqual([['永康', [['芝英镇', ['大陈村']]]]]);
    expect(nodeIds(groups)).toEqual([3, 4, 5]);
  });

  it('a search matches synonyms, Latin letters regardless of case', () => {
    expect(nodeIds(taxonomyTree(TAGS, '人工智能'))).toEqual([9]);
    expect(nodeIds(taxonomyTree(TAGS, 'ai'))).toEqual([9]);
    expect(nodeIds(taxonomyTree(TAGS, '永康市'))).toEqual([3]);
    expect(taxonomyTree(TAGS, '不存在')).toEqual([]);
    expect(taxonomyTree(TAGS, '  ')).toHaveLength(7);
  });

  it('does not lose tags caught in a parent loop', () => {
    const loop = [tag(1, '甲', 'topic', { parentId: 2 }), tag(2, '乙', 'topic', { parentId: 1 })];
    const ids = nodeIds(taxonomyTree(loop));
    expect([...ids].sort()).toEqual([1, 2]);
    expect(ancestorIds(loop, 1)).toEqual([2]);
  });
});

describe('tree relations', () => {
  it('ancestors within the kind, nearest first', () => {
    expect(ancestorIds(TAGS, 5)).toEqual([4, 3]);
    expect(ancestorIds(TAGS, 3)).toEqual([]);
    expect(ancestorIds(TAGS, 8)).toEqual([]);
  });
  it('descendants at any depth: what cannot become the parent', () => {
    expect([...descendantIds(TAGS, 3)].sort()).toEqual([4, 5, 6]);
    expect([...descendantIds(TAGS, 7)]).toEqual([8]);
    expect(descendantIds(TAGS, 5).size).toBe(0);
  });
  it('tagMatches with an empty search matches everything', () => {
    expect(tagMatches(TAGS[0]!, '')).toBe(true);
    expect(tagMatches(TAGS[0]!, '时')).toBe(false);
  });
});

describe('related tags', () => {
  it('co-occurrence pairs seen from one tag: the other side, most shared first', () => {
    const [a, b, c, d] = [TAGS[0]!, TAGS[2]!, TAGS[7]!, TAGS[8]!];
    const rows = [
      { a, b, count: 2 },
      { a: c, b: a, count: 5 },
      { a: b, b: d, count: 9 },
    ];
    expect(partnersOf(rows, a.id).map((p) => [p.tag.name, p.count])).toEqual([
      ['陈新智', 5],
      ['永康', 2],
    ]);
    expect(partnersOf([], a.id)).toEqual([]);
  });

  it('page suggestions: the stories\' tags the page lacks, the most widely carried first, each once', () => {
    const [yaowen, yongkang, zhiying, chen] = [TAGS[0]!, TAGS[2]!, TAGS[3]!, TAGS[7]!];
    const suggestions = pageTagSuggestions([[zhiying, yongkang], [yongkang, chen, chen], [yaowen]], [yaowen]);
    expect(suggestions.map((t) => t.name)).toEqual(['永康', '芝英镇', '陈新智']);
    expect(pageTagSuggestions([], [])).toEqual([]);
  });
});
