import { Alert, Empty, Spin, Tabs } from 'antd';
import { useEffect } from 'react';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useEditor } from '../editor/store';
import { CorrectionList } from './CorrectionList';
import { ErrorRateDashboard } from './ErrorRateDashboard';
import { FindingsList } from './FindingsList';
import { MarkToolbar } from './MarkToolbar';
import { useProofT } from './messages';
import { ProofText } from './ProofText';
import { ReviewPanel } from './ReviewPanel';
import { RoundBar } from './RoundBar';
import { StoryPicker } from './StoryPicker';
import { useProof } from './store';
import { LockBadge } from '../collab/LockBadge';
import { OverrideDialog } from '../workflow/OverrideDialog';
import { OverrideList } from '../workflow/OverrideList';

/** 校对: one story's copy with its tracked corrections, the checker, the workflow, 三审 and 差错率. */
export function ProofView() {
  const t = useProofT();
  const lang = useLang((s) => s.lang);
  const { story, errors, busy, ask, closeAsk, overrides } = useProof();
  const editorId = useEditor((s) => s.story?.id);

  // Coming from the editor: proofread the story open there, unless one is already chosen.
  useEffect(() => {
    const { story: current, open: openStory } = useProof.getState();
    if (current) void openStory(current.id);
    else if (editorId) void openStory(editorId);
  }, [editorId]);

  return (
    <div className="bx-page bx-pf" data-testid="proof-view" data-story-id={story?.id}>
      <StoryPicker />
      <OverrideDialog ask={ask} onClose={closeAsk} />
      {errors.load !== undefined && <Alert type="error" showIcon title={errorText(errors.load, lang)} />}
      {!story ? (
        busy ? <Spin /> : <Empty description={t('noStory')} />
      ) : (
        <>
          <RoundBar />
          <LockBadge kind="story" id={story.id} />
          <OverrideList list={overrides} />
          <div className="bx-pf-main">
            <div className="bx-pf-left">
              <MarkToolbar />
              <div className="bx-pf-hint">{t('bodyHint')}</div>
              <ProofText />
            </div>
            <div className="bx-pf-side">
              <Tabs
                size="small"
                items={[
                  { key: 'corrections', label: <span data-testid="tab-corrections">{t('corrections')}</span>, children: <CorrectionList /> },
                  { key: 'findings', label: <span data-testid="tab-findings">{t('findings')}</span>, children: <FindingsList /> },
                  { key: 'reviews', label: <span data-testid="tab-reviews">{t('reviews')}</span>, children: <ReviewPanel /> },
                  { key: 'rate', label: <span data-testid="tab-rate">{t('errorRate')}</span>, children: <ErrorRateDashboard />, destroyOnHidden: true },
                ]}
              />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
