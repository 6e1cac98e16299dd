import { Alert, Button, Checkbox, Collapse, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ImportedStoryView } from '../../../../shared/api/methods/intake';
import { bylineBesideDateline } from '../../../../shared/model/credit-line';
import { useT } from '../../i18n/use-t';
import { useNav } from '../../app/store';
import { useEditor } from '../editor/store';
import type { PreviewStory } from './edited-preview';
import { groupRepairs, repairKindLabel } from './repair-groups';
import { useIntake } from './store';
import { KindSelect, StoryLines } from './StructureControls';

/**
 * Every story as it will be stored — the importer's structure after the editor's edits — with its
 * kind, 与上一篇合并, its lines with their roles, and each proposed repair as a checkbox.
 */
export function PreviewList({ stories }: { stories: PreviewStory[] }) {
  const t = useT();
  const edit = useIntake((s) => s.edit);
  // Panels are open unless folded; keyed by their first line, so a fold survives edits elsewhere.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  // Items of a multi-page PDF say which page they are on; one page needs no such label.
  const pages = new Set(stories.flatMap((s) => (s.page !== undefined ? [s.page] : [])));
  return (
    <Collapse
      size="small"
      activeKey={stories.map((s) => s.key).filter((k) => !folded.has(k))}
      onChange={(open) => {
        const o = new Set(Array.isArray(open) ? open : [open]);
        setFolded(new Set(stories.map((s) => s.key).filter((k) => !o.has(k))));
      }}
      data-testid="import-preview"
      items={stories.map((s, i) => ({
        key: s.key,
        label: (
          <span data-testid="preview-story">
            {pages.size > 1 && s.page !== undefined && (
              <span className="bx-preview-page" data-testid="preview-page">
                {t('import.page', { n: s.page })}
              </span>
            )}
            {s.kicker && <span className="bx-kicker-inline">{s.kicker}　</span>}
            <strong data-testid="preview-headline">{s.headline || '（无标题）'}</strong>
            {s.subhead && <span className="bx-subhead-inline">　——{s.subhead}</span>}
          </span>
        ),
        extra: (
          <Space size={6} onClick={(e) => e.stopPropagation()}>
            {i > 0 && (
              <Button size="small" onClick={() => edit({ op: 'merge', line: s.key })} data-testid="item-merge">
                {t('import.structure.merge')}
              </Button>
            )}
            <KindSelect kind={s.kind} line={s.key} />
            <span>{s.charCount} 字</span>
          </Space>
        ),
        children: <StoryPreview story={s} />,
      }))}
    />
  );
}

function StoryPreview({ story }: { story: PreviewStory }) {
  const t = useT();
  const { rejected, toggleRepair, setRepairs } = useIntake();
  const ids = story.repairs.map((r) => r.id);
  return (
    <div className="bx-preview-story">
      {story.similar && <SimilarWarning similar={story.similar} origin={story.origin} />}
      {/* As printed: a byline the 电头 already names is not shown twice (the e-paper drops it the same way). */}
      <Typography.Text type="secondary" data-testid="preview-credit">
        {[story.dateline, bylineBesideDateline(story.byline, story.dateline)].filter(Boolean).join('　')}
      </Typography.Text>
      <StoryLines lines={story.lines} />
      {story.repairs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('import.noRepairs')} />
      ) : (
        <>
          <Space className="bx-repairs-title">
            <span>{t('import.repairs', { n: story.repairs.length })}</span>
            <Button size="small" type="link" onClick={() => setRepairs(ids, true)} data-testid="repairs-keep-all">
              {t('import.keepAll')}
            </Button>
            <Button size="small" type="link" onClick={() => setRepairs(ids, false)} data-testid="repairs-reject-all">
              {t('import.rejectAll')}
            </Button>
          </Space>
          {groupRepairs(story.repairs).map((g) => (
            <div key={g.kind} data-testid="story-repair-group" data-kind={g.kind}>
              <Typography.Text strong>{`${t(repairKindLabel(g.kind))} ×${g.repairs.length}`}</Typography.Text>
              <ul className="bx-repairs">
                {g.repairs.map((r) => (
                  <li key={r.id} data-testid="repair-item" data-repair-id={r.id}>
                    <Checkbox checked={!rejected.has(r.id)} onChange={(e) => toggleRepair(r.id, e.target.checked)}>
                      <del className="bx-del">{visible(r.before)}</del> → <ins className="bx-ins">{visible(r.after)}</ins>
                      <span className="bx-repair-reason">{r.reason}</span>
                    </Checkbox>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </div>
  );
}

/** 已有相近稿件《…》（相似度 96%）: skip it (the default), import it anyway, or open the stored one. */
function SimilarWarning({ similar, origin }: { similar: NonNullable<ImportedStoryView['similar']>; origin: number }) {
  const t = useT();
  const skipped = useIntake((s) => s.skipped.has(origin));
  const setSkipped = useIntake((s) => s.setSkipped);
  const openExisting = (): void => {
    useIntake.getState().close();
    void useEditor.getState().open(similar.storyId);
    useNav.getState().go('editor');
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="import-duplicate"
      message={similar.message}
      description={skipped ? t('import.duplicateSkipped') : t('import.duplicateImported')}
      action={
        <Space direction="vertical" size={4}>
          <Button size="small" type={skipped ? 'default' : 'primary'} onClick={() => setSkipped(origin, !skipped)} data-testid="duplicate-toggle">
            {skipped ? t('import.importAnyway') : t('import.skipDuplicate')}
          </Button>
          <Button size="small" type="link" onClick={openExisting} data-testid="duplicate-open">
            {t('import.openExisting')}
          </Button>
        </Space>
      }
    />
  );
}

/** Make line breaks and spaces in a repair visible. */
function visible(s: string): string {
  return s.replace(/\n/g, '↵').replace(/ /g, '␣') || '∅';
}
