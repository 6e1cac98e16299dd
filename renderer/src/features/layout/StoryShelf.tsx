import { ConfigProvider, InputNumber, Tabs, Tag } from 'antd';
import { usePageLock } from '../collab/lease-lock';
import type { DragEvent } from 'react';
import { BodyPanel } from './BodyPanel';
import { BoxPanel } from './BoxPanel';
import { HeadlinePanel } from './HeadlinePanel';
import { useHeadlineT } from './headline-messages';
import { ImagePanel } from './ImagePanel';
import { ImageShelf } from './ImageShelf';
import { useLayoutT } from './messages';
import { useLayout } from './store';

/** The drag payload type of a story dragged from the shelf onto a page. */
export const STORY_MIME = 'application/x-banxin-story';

const KIND_COLOR = { article: 'blue', commentary: 'volcano', box: 'green', brief: 'cyan', caption: 'purple', notice: 'gold' } as const;
const KIND_ZH = { article: '文章', commentary: '评论', box: '框稿', brief: '简讯', caption: '图片说明', notice: '通知' } as const;

/** The shelf beside the page: 稿件 and 图片 to drag onto it, how many columns a drop spans, and the selected picture's settings. */
export function StoryShelf() {
  const t = useLayoutT();
  const stories = useLayout((s) => s.stories);
  const columns = useLayout((s) => s.placeColumns);
  const placements = useLayout((s) => s.placements);
  const hasIssue = useLayout((s) => s.issue !== null);
  const ht = useHeadlineT();
  const placedCount = stories.filter((s) => placements[s.id]?.length).length;
  const setColumns = useLayout((s) => s.setPlaceColumns);
  const pageId = useLayout((s) => (s.view === 'canvas' ? s.pageId : null));
  const readOnly = usePageLock(pageId).readOnly;
  const onDragStart = (e: DragEvent, id: number): void => {
    e.dataTransfer.setData(STORY_MIME, String(id));
    e.dataTransfer.effectAllowed = 'copy';
  };
  const storyList = (
    <div className="lx-stories">
      <span className="lx-shelf-meta">{t('shelfHint')}</span>
      {hasIssue && (
        <span className="lx-shelf-meta" data-testid="shelf-placed-count">
          {ht('shelfPlaced', { n: placedCount, m: stories.length - placedCount })}
        </span>
      )}
      {stories.map((s) => (
        <div
          key={s.id}
          className={`lx-shelf-item${placements[s.id]?.length ? ' lx-shelf-placed' : ''}`}
          draggable={!readOnly}
          onDragStart={(e) => onDragStart(e, s.id)}
          data-testid="shelf-story"
          data-story-id={s.id}
          data-pages={(placements[s.id] ?? []).join(',')}
        >
          <div className="lx-shelf-head">{s.headline || s.kicker || `#${s.id}`}</div>
          <div className="lx-shelf-meta">
            <Tag color={KIND_COLOR[s.kind]}>{KIND_ZH[s.kind]}</Tag>
            {s.charCount} 字{' '}
            {hasIssue &&
              (placements[s.id]?.length ? (
                <Tag color="geekblue" data-testid="shelf-placed">
                  {ht('placedOn', { pages: placements[s.id]!.join('、') })}
                </Tag>
              ) : (
                <Tag data-testid="shelf-unplaced">{ht('unplaced')}</Tag>
              ))}
          </div>
        </div>
      ))}
    </div>
  );
  return (
    <aside className="lx-shelf" data-testid="story-shelf">
      {/* The selected frame's settings change the page: off while someone else lays it out. */}
      <ConfigProvider componentDisabled={readOnly}>
        <fieldset className="lx-panels" disabled={readOnly} data-testid="frame-panels" data-read-only={readOnly ? 'true' : 'false'}>
          <ImagePanel />
          <HeadlinePanel />
          <BodyPanel />
          <BoxPanel />
        </fieldset>
      </ConfigProvider>
      <label className="lx-shelf-meta">
        {t('columns')}{' '}
        <InputNumber size="small" min={1} max={8} value={columns} onChange={(v) => v !== null && setColumns(v)} data-testid="place-columns" />
      </label>
      <Tabs
        size="small"
        items={[
          { key: 'stories', label: <span data-testid="shelf-tab-stories">{t('tabStories')}</span>, children: storyList },
          { key: 'images', label: <span data-testid="shelf-tab-images">{t('tabImages')}</span>, children: <ImageShelf /> },
        ]}
      />
    </aside>
  );
}