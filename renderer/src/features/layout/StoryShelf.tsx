import { InputNumber, Tag } from 'antd';
import type { DragEvent } from 'react';
import { useLayoutT } from './messages';
import { useLayout } from './store';

/** The drag payload type of a story dragged from the shelf onto a page. */
export const STORY_MIME = 'application/x-banxin-story';

const KIND_COLOR = { article: 'blue', commentary: 'volcano', box: 'green' } as const;
const KIND_ZH = { article: '文章', commentary: '评论', box: '框稿' } as const;

/** The 稿库 beside the page: stories to drag onto it, and how many columns a drop spans. */
export function StoryShelf() {
  const t = useLayoutT();
  const stories = useLayout((s) => s.stories);
  const columns = useLayout((s) => s.placeColumns);
  const setColumns = useLayout((s) => s.setPlaceColumns);
  const onDragStart = (e: DragEvent, id: number): void => {
    e.dataTransfer.setData(STORY_MIME, String(id));
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="lx-shelf" data-testid="story-shelf">
      <strong>{t('shelf')}</strong>
      <span className="lx-shelf-meta">{t('shelfHint')}</span>
      <label className="lx-shelf-meta">
        {t('columns')}{' '}
        <InputNumber size="small" min={1} max={8} value={columns} onChange={(v) => v !== null && setColumns(v)} data-testid="place-columns" />
      </label>
      {stories.map((s) => (
        <div key={s.id} className="lx-shelf-item" draggable onDragStart={(e) => onDragStart(e, s.id)} data-testid="shelf-story" data-story-id={s.id}>
          <div className="lx-shelf-head">{s.headline || s.kicker || `#${s.id}`}</div>
          <div className="lx-shelf-meta">
            <Tag color={KIND_COLOR[s.kind]}>{KIND_ZH[s.kind]}</Tag>
            {s.charCount} 字
          </div>
        </div>
      ))}
    </aside>
  );
}
