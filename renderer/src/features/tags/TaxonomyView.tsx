import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { Tag } from '../../../../shared/tags/types';
import { useLoadOnStoryChanges } from '../../api/use-story-changes';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { MergeDialog } from './MergeDialog';
import { TagDetail } from './TagDetail';
import { TagFormDialog } from './TagFormDialog';
import { useTaxonomyT } from './taxonomy-messages';
import { useTaxonomy } from './taxonomy-store';
import { TaxonomyTree } from './TaxonomyTree';
import './tags.css';

/** 标签管理: the taxonomy by kind with story counts and a search; create, edit, merge, delete; co-occurrence. */
export function TaxonomyView() {
  const t = useTaxonomyT();
  const lang = useLang((s) => s.lang);
  const { load, query, setQuery, error, loading } = useTaxonomy();
  // null: the create dialog; a tag: its edit dialog; undefined: no dialog.
  const [editing, setEditing] = useState<Tag | null | undefined>(undefined);
  const [merging, setMerging] = useState<Tag | null>(null);
  // Tags are applied from the editor and created by imports: counts change while the view is away.
  useLoadOnStoryChanges(load);
  return (
    <div className="bx-page bx-tax" data-testid="tags-view">
      <div className="bx-toolbar">
        <Typography.Title level={5} className="bx-page-title">
          {t('title')}
        </Typography.Title>
        <Input.Search allowClear className="bx-search" placeholder={t('search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="taxonomy-search" />
        {loading && <Spin size="small" />}
        <div className="bx-spacer" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="tag-new">
          {t('newTag')}
        </Button>
      </div>
      {error !== undefined && <Alert type="error" showIcon closable message={errorText(error, lang)} data-testid="taxonomy-error" />}
      <div className="bx-tax-body">
        <div className="bx-tax-tree">
          <TaxonomyTree />
        </div>
        <div className="bx-tax-side">
          <TagDetail onEdit={setEditing} onMerge={setMerging} />
        </div>
      </div>
      {editing !== undefined && <TagFormDialog tag={editing} onClose={() => setEditing(undefined)} />}
      {merging && <MergeDialog from={merging} onClose={() => setMerging(null)} />}
    </div>
  );
}
