import { Select, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { TAG_KIND_LABELS } from '../../../../shared/tags/types';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useLayout } from '../layout/store';
import { KIND_COLOURS } from './kind-colours';
import { useTagsT } from './messages';
import './tags.css';
import { usePageTags } from './use-page-tags';

/** 本版标签 in the layout desk: the current page's tags (removable), an add box, and its stories' tags as one-click suggestions. */
export function PageTagsPanel() {
  const t = useTagsT();
  const lang = useLang((s) => s.lang);
  const pageId = useLayout((s) => s.pageId);
  const frames = useLayout((s) => s.frames);
  const storyIds = useMemo(() => [...new Set(frames.flatMap((f) => (f.storyId === null ? [] : [f.storyId])))].sort((a, b) => a - b), [frames]);
  const { pageTags, suggestions, all, error, loadAll, add, remove } = usePageTags(pageId, storyIds);
  useEffect(() => {
    void loadAll();
  }, [loadAll]);
  if (pageId === null) return null;
  const kindName = (k: keyof typeof TAG_KIND_LABELS): string => TAG_KIND_LABELS[k][lang === 'en' ? 'en' : 'zh'];
  const onPage = new Set(pageTags.map((x) => x.id));
  const options = all
    .filter((x) => !onPage.has(x.id))
    .map((x) => ({
      value: x.id,
      search: [x.name, ...x.synonyms].join(' '),
      label: (
        <span data-testid="page-tag-option" data-name={x.name}>
          <Tag color={KIND_COLOURS[x.kind]}>{kindName(x.kind)}</Tag>
          {x.name}
        </span>
      ),
    }));
  return (
    <div className="bx-page-tags" data-testid="page-tags" data-page-id={pageId}>
      <span className="bx-tags-label bx-page-tags-label">{t('pageTags')}</span>
      {pageTags.length === 0 && <span className="bx-tags-none">{t('noTags')}</span>}
      {pageTags.map((x) => (
        <Tooltip key={x.id} title={kindName(x.kind)}>
          <Tag
            color={KIND_COLOURS[x.kind]}
            closable
            closeIcon={<span aria-label={t('remove')} data-testid="page-tag-remove">×</span>}
            // The list is the core's answer; antd must not hide the chip on its own.
            onClose={(e) => {
              e.preventDefault();
              void remove(x.id);
            }}
            data-testid="page-tag"
            data-tag-id={x.id}
            data-name={x.name}
          >
            {x.name}
          </Tag>
        </Tooltip>
      ))}
      <Select<number>
        size="small"
        className="bx-page-tags-add"
        showSearch={{ optionFilterProp: 'search' }}
        placeholder={t('pageAdd')}
        value={null}
        options={options}
        // New tags come from the editor and the taxonomy at any time: fetch afresh whenever the list opens.
        onOpenChange={(open) => open && void loadAll()}
        onChange={(id) => id !== null && void add(id)}
        data-testid="page-tag-add"
      />
      {suggestions.length > 0 && <span className="bx-tags-none">{t('pageSuggest')}</span>}
      {suggestions.map((x) => (
        <Tooltip key={x.id} title={t('pageSuggestApply', { name: x.name })}>
          <Tag
            className="bx-tag-suggestion"
            color={KIND_COLOURS[x.kind]}
            variant="outlined"
            role="button"
            onClick={() => void add(x.id)}
            data-testid="page-tag-suggestion"
            data-tag-id={x.id}
            data-name={x.name}
          >
            {x.name}
          </Tag>
        </Tooltip>
      ))}
      {error !== undefined && (
        <Typography.Text type="danger" data-testid="page-tags-error">
          {errorText(error, lang)}
        </Typography.Text>
      )}
    </div>
  );
}
