import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { STATUS_LABELS, type StorySummary } from '../../../../shared/model/story';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { formatTime } from './format-time';
import { HeadlineCell } from './HeadlineCell';
import { Snippet } from './Snippet';
import { useLibrary, type SearchHit } from './store';

type Row = { story: StorySummary; snippet?: string };

const STATUS_COLORS: Record<string, string> = { draft: 'default', editing: 'blue', 'awaiting-signoff': 'orange', 'signed-off': 'green' };

/** The story list (or the search hits, with their snippets) as a dense table; a row opens the story. */
export function StoryTable({ onOpen }: { onOpen: (id: number) => void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { items, total, hits, hitTotal, query, page, pageSize, loading, setPage } = useLibrary();
  const rows: Row[] = query ? hits.map((h: SearchHit) => ({ story: h.story, snippet: h.snippet })) : items.map((story) => ({ story }));
  const columns: ColumnsType<Row> = [
    {
      title: t('library.col.headline'),
      key: 'headline',
      render: (_, r) => (
        <>
          <HeadlineCell story={r.story} onOpen={onOpen} />
          {r.snippet !== undefined && <Snippet text={r.snippet} />}
        </>
      ),
    },
    { title: t('library.col.byline'), key: 'byline', width: 180, render: (_, r) => <span data-testid="story-byline">{r.story.byline}</span> },
    { title: t('library.col.section'), key: 'section', width: 90, render: (_, r) => r.story.section },
    {
      title: t('library.col.status'),
      key: 'status',
      width: 90,
      render: (_, r) => <Tag color={STATUS_COLORS[r.story.status] ?? 'purple'}>{STATUS_LABELS[r.story.status][lang === 'en' ? 'en' : 'zh']}</Tag>,
    },
    { title: t('library.col.chars'), key: 'chars', width: 70, align: 'right', render: (_, r) => r.story.charCount },
    { title: t('library.col.owner'), key: 'owner', width: 90, render: (_, r) => r.story.ownerName ?? '' },
    { title: t('library.col.revision'), key: 'revision', width: 56, align: 'right', render: (_, r) => r.story.revision },
    { title: t('library.col.updated'), key: 'updated', width: 140, render: (_, r) => formatTime(r.story.updatedAt) },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey={(r) => r.story.id}
      columns={columns}
      dataSource={rows}
      loading={loading}
      locale={{ emptyText: t('library.empty') }}
      onRow={(r) => ({ onDoubleClick: () => onOpen(r.story.id), 'data-testid': `story-row-${r.story.id}` }) as React.HTMLAttributes<HTMLElement>}
      pagination={{
        current: page,
        pageSize,
        total: query ? hitTotal : total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('library.total', { n }),
        onChange: setPage,
      }}
      data-testid="story-table"
    />
  );
}
