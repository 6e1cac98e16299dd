import { DeleteOutlined, EditOutlined, MergeCellsOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Empty, Popconfirm, Space, Tag, Typography, type ButtonProps } from 'antd';
import { TAG_KIND_LABELS, type Tag as TagT } from '../../../../shared/tags/types';
import { useLang } from '../../i18n/store';
import { CooccurrencePanel } from './CooccurrencePanel';
import { KIND_COLOURS } from './kind-colours';
import { useTags } from './store';
import { useTaxonomyT } from './taxonomy-messages';
import { useTaxonomy } from './taxonomy-store';

/** The selected tag: what it is, the actions on it, and the tags it occurs with. */
export function TagDetail({ onEdit, onMerge }: { onEdit: (tag: TagT) => void; onMerge: (tag: TagT) => void }) {
  const t = useTaxonomyT();
  const lang = useLang((s) => s.lang);
  const { message } = App.useApp();
  const tags = useTaxonomy((s) => s.tags);
  const iptc = useTaxonomy((s) => s.iptc);
  const remove = useTaxonomy((s) => s.remove);
  const tag = useTaxonomy((s) => s.tags.find((x) => x.id === s.selectedId));
  if (!tag) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pick')} data-testid="tag-detail-empty" />;
  const parent = tags.find((x) => x.id === tag.parentId);
  const topic = iptc.find((x) => x.code === tag.iptcCode);
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div className="bx-tax-detail" data-testid="tag-detail" data-tag-id={tag.id} data-name={tag.name}>
      <Space className="bx-tax-detail-head" wrap>
        <Typography.Title level={5} className="bx-page-title" data-testid="tag-detail-name">
          {tag.name}
        </Typography.Title>
        <Tag color={KIND_COLOURS[tag.kind]}>{TAG_KIND_LABELS[tag.kind][lang === 'en' ? 'en' : 'zh']}</Tag>
        <span className="bx-spacer" />
        <Button icon={<EditOutlined />} onClick={() => onEdit(tag)} data-testid="tag-edit">
          {t('edit')}
        </Button>
        <Button icon={<MergeCellsOutlined />} onClick={() => onMerge(tag)} data-testid="tag-merge">
          {t('merge')}
        </Button>
        <Popconfirm
          title={t('deleteConfirm', { name: tag.name })}
          description={t('deleteWarn', { n: tag.storyCount })}
          okText={t('delete')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true, 'data-testid': 'tag-delete-ok' } as ButtonProps}
          onConfirm={async () => {
            if (await remove(tag.id)) void message.success(t('deleted', { name: tag.name }));
          }}
        >
          <Button danger icon={<DeleteOutlined />} data-testid="tag-delete">
            {t('delete')}
          </Button>
        </Popconfirm>
      </Space>
      <Descriptions size="small" column={1} bordered className="bx-tax-desc" styles={{ label: { width: 120 } }}>
        <Descriptions.Item label={t('stories')}>
          <Space>
            <span data-testid="tag-detail-count">{t('storyCount', { n: tag.storyCount })}</span>
            {/* A real link to the 稿库 section; the click first points the 稿库's tag filter at this tag. */}
            <Typography.Link href="#/library" onClick={() => void useTags.getState().chooseFilter(tag.id)} data-testid="tag-open-library">
              <SearchOutlined /> {t('openLibrary')}
            </Typography.Link>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('parent')}>{parent ? parent.name : dash}</Descriptions.Item>
        <Descriptions.Item label={t('synonyms')}>
          <span data-testid="tag-detail-synonyms">{tag.synonyms.length > 0 ? tag.synonyms.join('、') : dash}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('iptc')}>
          <span data-testid="tag-detail-iptc" data-code={tag.iptcCode ?? ''}>
            {tag.iptcCode ? `${topic ? (lang === 'en' ? topic.en : topic.zh) : ''} ${tag.iptcCode}` : dash}
          </span>
        </Descriptions.Item>
        {tag.kind === 'person' && (
          <Descriptions.Item label={t('titles')}>
            {tag.titles.length === 0
              ? dash
              : tag.titles.map((x, i) => (
                  <div key={i} data-testid="tag-detail-title">
                    {x.title}（{x.from ?? '?'} — {x.to ?? t('now')}）
                  </div>
                ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      <CooccurrencePanel />
    </div>
  );
}
