import { Alert, Spin, Tag, Tooltip } from 'antd';
import { useEffect } from 'react';
import { TAG_KIND_LABELS, type Suggestion } from '../../../../shared/tags/types';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useEditor } from '../editor/store';
import { KIND_COLOURS, SOURCE_KEYS } from './kind-colours';
import { useTagsT, type TagsT } from './messages';
import { useTags } from './store';
import './tags.css';

/** 标签 in the editor: the open story's tags (removable) and ranked suggestions (click to apply, × to reject). */
export function StoryTagsPanel() {
  const t = useTagsT();
  const lang = useLang((s) => s.lang);
  const storyId = useEditor((s) => s.story?.id ?? null);
  const { storyTags, suggestions, pending, storyLoading, errors, loadStory, applySuggestion, reject, remove } = useTags();
  useEffect(() => {
    if (storyId !== null) void loadStory(storyId);
  }, [storyId, loadStory]);
  if (storyId === null) return null;
  const kindName = (k: keyof typeof TAG_KIND_LABELS): string => TAG_KIND_LABELS[k][lang === 'en' ? 'en' : 'zh'];
  return (
    <div className="bx-tags-panel" data-testid="story-tags-panel">
      {errors.story !== undefined && <Alert type="error" showIcon message={errorText(errors.story, lang)} data-testid="tags-error" />}
      <div className="bx-tags-row" data-testid="story-tags">
        <span className="bx-tags-label">{t('tags')}</span>
        <div className="bx-tags-chips">
          {storyTags.length === 0 && !storyLoading && <span className="bx-tags-none">{t('noTags')}</span>}
          {storyTags.map((tag) => (
            <Tooltip key={tag.id} title={kindName(tag.kind)}>
              <Tag
                color={KIND_COLOURS[tag.kind]}
                closable
                closeIcon={<span aria-label={t('remove')} data-testid="story-tag-remove">×</span>}
                // The list is rebuilt from the core's answer; antd must not hide the tag on its own.
                onClose={(e) => {
                  e.preventDefault();
                  void remove(tag.id);
                }}
                data-testid="story-tag"
                data-tag-id={tag.id}
                data-name={tag.name}
              >
                {tag.name}
              </Tag>
            </Tooltip>
          ))}
        </div>
      </div>
      <div className="bx-tags-row" data-testid="tag-suggestions">
        <span className="bx-tags-label">{t('suggestions')}</span>
        <div className="bx-tags-chips">
          {storyLoading && <Spin size="small" />}
          {!storyLoading && suggestions.length === 0 && <span className="bx-tags-none">{t('noSuggestions')}</span>}
          {suggestions.map((s) => (
            <SuggestionChip
              key={s.tag}
              s={s}
              t={t}
              kind={kindName(s.kind)}
              busy={pending.includes(s.tag)}
              onApply={() => void applySuggestion(s)}
              onReject={() => void reject(s.tag)}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

function SuggestionChip(props: { s: Suggestion; t: TagsT; kind: string; busy: boolean; onApply: () => void; onReject: () => void }) {
  const { s, t, kind, busy, onApply, onReject } = props;
  const why = [kind, t(SOURCE_KEYS[s.source]), t('count', { n: s.count }), s.detail].filter(Boolean).join(' · ');
  return (
    <Tooltip title={<>{t('apply', { name: s.tag })}<br />{why}</>}>
      <Tag
        className="bx-tag-suggestion"
        color={KIND_COLOURS[s.kind]}
        variant="outlined"
        role="button"
        aria-busy={busy}
        onClick={busy ? undefined : onApply}
        closable
        closeIcon={<span aria-label={t('reject')} data-testid="tag-suggestion-reject">×</span>}
        onClose={(e) => {
          // Rejecting must not also apply (the close icon sits inside the chip), nor let antd hide it itself.
          e.preventDefault();
          e.stopPropagation();
          if (!busy) onReject();
        }}
        data-testid="tag-suggestion"
        data-name={s.tag}
        data-kind={s.kind}
      >
        {s.tag}
      </Tag>
    </Tooltip>
  );
}
