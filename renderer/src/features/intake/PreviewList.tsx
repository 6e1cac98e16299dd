import { Alert, Button, Checkbox, Collapse, Empty, Space, Tag, Typography } from 'antd';
import type { ImportedStoryView } from '../../../../shared/api/methods/intake';
import { useT } from '../../i18n/use-t';
import { useNav } from '../../app/store';
import { useEditor } from '../editor/store';
import { groupRepairs, repairKindLabel } from './repair-groups';
import { useIntake } from './store';

/** Every parsed story with its headline roles and each proposed repair as a checkbox. */
export function PreviewList({ stories }: { stories: ImportedStoryView[] }) {
  const t = useT();
  return (
    <Collapse
      size="small"
      defaultActiveKey={stories.map((_, i) => i)}
      data-testid="import-preview"
      items={stories.map((s, i) => ({
        key: i,
        label: (
          <span data-testid="preview-story">
            {s.kicker && <span className="bx-kicker-inline">{s.kicker}　</span>}
            <strong data-testid="preview-headline">{s.headline || '（无标题）'}</strong>
            {s.subhead && <span className="bx-subhead-inline">　——{s.subhead}</span>}
          </span>
        ),
        extra: (
          <span>
            <Tag>{t(`import.kind.${s.kind}`)}</Tag>
            {s.charCount} 字
          </span>
        ),
        children: <StoryPreview story={s} index={i} />,
      }))}
    />
  );
}

function StoryPreview({ story, index }: { story: ImportedStoryView; index: number }) {
  const t = useT();
  const { rejected, toggleRepair, setRepairs } = useIntake();
  const ids = story.repairs.map((r) => r.id);
  return (
    <div className="bx-preview-story">
      {story.similar && <SimilarWarning similar={story.similar} index={index} />}
      <Typography.Text type="secondary">
        {[story.byline, story.dateline].filter(Boolean).join('　')}
      </Typography.Text>
      <p className="bx-preview-body">{story.body.slice(0, 2).join(' ')}</p>
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
function SimilarWarning({ similar, index }: { similar: NonNullable<ImportedStoryView['similar']>; index: number }) {
  const t = useT();
  const skipped = useIntake((s) => s.skipped.has(index));
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
          <Button size="small" type={skipped ? 'default' : 'primary'} onClick={() => setSkipped(index, !skipped)} data-testid="duplicate-toggle">
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
