import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { StorySummary } from '../../../../shared/model/story';
import { useEffect } from 'react';
import { TAG_KIND_LABELS } from '../../../../shared/tags/types';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { KIND_COLOURS } from './kind-colours';
import { useTagsT } from './messages';
import { useTags } from './store';
import './tags.css';

/** 按标签筛选 in the 稿库: choose a tag (searchable, names and synonyms) and see the stories that carry it. */
export function TagFilter({ onOpen }: { onOpen: (id: number) => void }) {
  const t = useTagsT();
  const lang = useLang((s) => s.lang);
  const { allTags, filterTagId, filterItems, filterTotal, filterLoading, errors, loadAllTags, chooseFilter } = useTags();
  useEffect(() => {
    void loadAllTags();
  }, [loadAllTags]);
  const chosen = allTags.find((x) => x.id === filterTagId);
  const options = allTags.map((tag) => ({
    value: tag.id,
    // Searching matches the name, its synonyms and its kind.
    search: [tag.name, ...tag.synonyms, TAG_KIND_LABELS[tag.kind].zh, TAG_KIND_LABELS[tag.kind].en].join(' '),
    label: (
      <span data-testid="tag-filter-option" data-name={tag.name}>
        <Tag color={KIND_COLOURS[tag.kind]} variant="filled">
          {TAG_KIND_LABELS[tag.kind][lang === 'en' ? 'en' : 'zh']}
        </Tag>
        {tag.name} <Typography.Text type="secondary">({tag.storyCount})</Typography.Text>
      </span>
    ),
  }));
  return (
    <div className="bx-tag-filter" data-testid="tag-filter">
      <Space>
        <span>{t('filter')}</span>
        <Select<number>
          className="bx-tag-filter-select"
          showSearch={{ optionFilterProp: 'search' }}
          allowClear
          placeholder={t('filterPlaceholder')}
          value={filterTagId ?? undefined}
          options={options}
          // Tags are added from the editor at any time: fetch the taxonomy afresh whenever the list opens.
          onOpenChange={(open) => open && void loadAllTags()}
          onChange={(v) => void chooseFilter(v ?? null)}
          data-testid="tag-filter-select"
        />
      </Space>
      {errors.filter !== undefined && <Alert type="error" showIcon message={errorText(errors.filter, lang)} />}
      {filterTagId !== null && (
        <div className="bx-tag-filter-results" data-testid="tag-filter-results" data-tag-id={filterTagId}>
          <Space>
            <span data-testid="tag-filter-summary">{t('filterResults', { name: chosen?.name ?? '', n: filterTotal })}</span>
            <Button size="small" onClick={() => void chooseFilter(null)} data-testid="tag-filter-clear">
              {t('clearFilter')}
            </Button>
          </Space>
          <Table<StorySummary>
            size="small"
            rowKey="id"
            showHeader={false}
            pagination={false}
            loading={filterLoading}
            dataSource={filterItems}
            locale={{ emptyText: t('filterEmpty') }}
            onRow={(s) => ({ 'data-testid': 'tag-filter-story', 'data-story-id': s.id }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                key: 'headline',
                render: (_, s) => (
                  <Typography.Link onClick={() => onOpen(s.id)} data-testid="tag-filter-open">
                    {s.headline || t('untitled')}
                  </Typography.Link>
                ),
              },
              { key: 'subhead', render: (_, s) => <Typography.Text type="secondary">{s.subhead}</Typography.Text> },
              { key: 'byline', width: 180, render: (_, s) => s.byline },
              { key: 'section', width: 80, render: (_, s) => s.section },
            ]}
          />
        </div>
      )}
    </div>
  );
}
