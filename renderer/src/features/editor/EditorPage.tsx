import { Alert, Button, Empty, Spin } from 'antd';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { StoryTagsPanel } from '../tags/StoryTagsPanel';
import { BodyEditor } from './BodyEditor';
import { ConflictBar } from './ConflictBar';
import { EditorToolbar } from './EditorToolbar';
import { FindBar } from './FindBar';
import { HeaderFields } from './HeaderFields';
import { HeaderFindings } from './HeaderFindings';
import { LiveFindingTip } from './LiveFindingTip';
import { RevisionsDrawer } from './RevisionsDrawer';
import { useEditor } from './store';
import { useFindShortcuts } from './use-find-shortcuts';
import { EditorLockBar } from '../collab/EditorLockBar';
import { useStoryLease } from '../collab/use-story-lease';

/** 编辑: the headline fields, the body editor with its toolbar, find/replace and revisions. */
export function EditorPage({ onLibrary }: { onLibrary: () => void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { story, content, loading, loadError, loadGen } = useEditor();
  useFindShortcuts();
  // The lease follows the editor on screen: taken on opening a story, given back on leaving it.
  useStoryLease(story?.id ?? null);
  if (loading && !story) return <Spin className="bx-center" />;
  if (!story || !content) {
    return (
      <div className="bx-page bx-center" data-testid="editor-empty">
        {loadError !== null && <Alert type="error" showIcon message={errorText(loadError, lang)} />}
        <Empty description={t('editor.none')}>
          <Button type="primary" onClick={onLibrary}>
            {t('editor.toLibrary')}
          </Button>
        </Empty>
      </div>
    );
  }
  return (
    <div className="bx-page bx-editor" data-testid="editor-view" data-story-id={story.id}>
      <EditorLockBar />
      <ConflictBar />
      <HeaderFields />
      <HeaderFindings />
      <StoryTagsPanel />
      <EditorToolbar />
      <FindBar />
      <div className="bx-paper">
        <BodyEditor key={loadGen} initial={content.body} loadGen={loadGen} />
      </div>
      <LiveFindingTip />
      <RevisionsDrawer />
    </div>
  );
}
