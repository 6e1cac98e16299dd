import { Empty, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useMemo, useRef, useState } from 'react';
import { TAG_KIND_LABELS, type TagKind } from '../../../../shared/tags/types';
import { useLang } from '../../i18n/store';
import { useTaxonomyT } from './taxonomy-messages';
import { useTaxonomy } from './taxonomy-store';
import { ancestorIds, nodeIds, taxonomyTree, type TagNode } from './taxonomy-tree';

const kindKey = (k: TagKind): string => `kind:${k}`;
const tagKey = (id: number): string => `tag:${id}`;

/** The taxonomy as a tree grouped by kind, each tag with its story count; clicking one selects it. */
export function TaxonomyTree() {
  const t = useTaxonomyT();
  const lang = useLang((s) => s.lang);
  const tags = useTaxonomy((s) => s.tags);
  const query = useTaxonomy((s) => s.query);
  const selectedId = useTaxonomy((s) => s.selectedId);
  const select = useTaxonomy((s) => s.select);
  const groups = useMemo(() => taxonomyTree(tags, query), [tags, query]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const opened = useRef(new Set<string>());

  // Kinds start open (once: a kind the user folds stays folded); a search opens every path to a hit.
  useEffect(() => {
    const fresh = groups.map((g) => kindKey(g.kind)).filter((k) => !opened.current.has(k));
    fresh.forEach((k) => opened.current.add(k));
    const hits = query.trim() ? nodeIds(groups).map(tagKey) : [];
    if (fresh.length > 0 || hits.length > 0) setExpanded((now) => [...new Set([...now, ...fresh, ...hits])]);
  }, [groups, query]);
  // A tag selected elsewhere (co-occurrence, after a merge) is uncovered.
  useEffect(() => {
    if (selectedId === null) return;
    const tag = tags.find((x) => x.id === selectedId);
    if (!tag) return;
    setExpanded((now) => [...new Set([...now, kindKey(tag.kind), ...ancestorIds(tags, selectedId).map(tagKey)])]);
  }, [selectedId, tags]);

  const toNode = (n: TagNode): DataNode => ({
    key: tagKey(n.tag.id),
    title: (
      <span className="bx-tax-node" data-testid="taxonomy-tag" data-tag-id={n.tag.id} data-name={n.tag.name} data-count={n.tag.storyCount}>
        <span className="bx-tax-name">{n.tag.name}</span>
        <span className="bx-tax-count">{t('storyCount', { n: n.tag.storyCount })}</span>
      </span>
    ),
    children: n.children.map(toNode),
  });
  const treeData: DataNode[] = groups.map((g) => ({
    key: kindKey(g.kind),
    selectable: false,
    title: (
      <span className="bx-tax-kind" data-testid="taxonomy-kind" data-kind={g.kind}>
        {TAG_KIND_LABELS[g.kind][lang === 'en' ? 'en' : 'zh']} <span className="bx-tax-count">{t('kindCount', { n: g.total })}</span>
      </span>
    ),
    children: g.roots.map(toNode),
  }));

  if (groups.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} data-testid="taxonomy-empty" />;
  return (
    <Tree
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      selectedKeys={selectedId === null ? [] : [tagKey(selectedId)]}
      onSelect={(keys) => {
        const key = String(keys[0] ?? '');
        if (key.startsWith('tag:')) void select(Number(key.slice(4)));
      }}
      data-testid="taxonomy-tree"
    />
  );
}
