import { Alert, App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { REVIEW_LABELS } from '../../../../shared/model/proofing';
import { api } from '../../api/connection';
import { useLang } from '../../i18n/store';
import { useEditor } from '../editor/store';
import { useEditorLock } from './edit-lock';
import { BrokenAwayBar, HeldByOtherBar } from './LeaseBars';
import { useCollabT } from './messages';

/** The valid signatures of a 已签发 story, as "初审 王编辑、复审 …" (what editing it would void). */
function useSignatureNames(storyId: number, signed: boolean): string {
  const lang = useLang((s) => s.lang);
  const [names, setNames] = useState('');
  useEffect(() => {
    if (!signed) return;
    let live = true;
    api()
      .call('workflow.reviews', { storyId })
      .then((reviews) => {
        const label = (stage: keyof typeof REVIEW_LABELS): string => (lang === 'en' ? REVIEW_LABELS[stage].en : REVIEW_LABELS[stage].zh);
        if (live) setNames(reviews.filter((r) => r.valid).map((r) => `${label(r.stage)} ${r.userName}`).join('、'));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [storyId, signed, lang]);
  return names;
}

/**
 * Above the editor, why it is read only and what can be done: someone else holds the story
 * (the duty editor may break the lock), the lock was broken away from this person (take it
 * again), the role may not edit, or the story is 已签发 (edit only after confirming which
 * signatures it voids).
 */
export function EditorLockBar() {
  const t = useCollabT();
  const { modal } = App.useApp();
  const story = useEditor((s) => s.story);
  const setVoid = useEditor((s) => s.setVoidSignaturesFor);
  const lock = useEditorLock();
  const names = useSignatureNames(story?.id ?? 0, lock.signedPending && story !== null);
  if (!story) return null;
  const signatures = names || t('noSignatures');

  // Told first that the lock was broken away (the breaker usually holds it at once): taking it
  // again then shows who holds it.
  if (lock.brokenBy) return <BrokenAwayBar kind="story" id={story.id} by={lock.brokenBy} />;
  if (lock.holder) return <HeldByOtherBar kind="story" id={story.id} holder={lock.holder} testId="editor-locked" />;
  if (lock.cannotHold) return <Alert type="info" showIcon data-testid="editor-cannot-hold" title={t('cannotHold')} />;
  if (lock.signedPending) {
    const confirm = (): void =>
      void modal.confirm({
        title: t('signedOffConfirmTitle'),
        content: <span data-testid="void-confirm-text">{t('signedOffConfirm', { names: signatures })}</span>,
        okButtonProps: { danger: true },
        onOk: () => setVoid(story.id),
      });
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="signed-off-bar"
        title={t('signedOff', { names: signatures })}
        action={<Button size="small" danger onClick={confirm} data-testid="edit-signed">{t('signedOffEdit')}</Button>}
      />
    );
  }
  return null;
}
