import { Button, Modal } from 'antd';
import { useHeadlineT } from './headline-messages';
import { useLayout } from './store';

/**
 * A story that is already in the issue was dropped on a page. It is never placed twice: the
 * designer chooses to continue it here (转版, under a 转版标题) or to move it here.
 */
export function DropQuestion() {
  const t = useHeadlineT();
  const pending = useLayout((s) => s.pendingDrop);
  const story = useLayout((s) => s.stories.find((x) => x.id === s.pendingDrop?.storyId));
  const resolve = (choice: 'continue' | 'move' | 'cancel'): void => void useLayout.getState().resolveDrop(choice);
  return (
    <Modal
      open={pending !== null}
      title={t('dropTitle', { pages: (pending?.pages ?? []).map((n) => `第${n}版`).join('、') })}
      onCancel={() => resolve('cancel')}
      footer={[
        <Button key="cancel" onClick={() => resolve('cancel')} data-testid="drop-cancel">
          {t('dropCancel')}
        </Button>,
        <Button key="move" onClick={() => resolve('move')} data-testid="drop-move">
          {t('dropMove')}
        </Button>,
        <Button key="continue" type="primary" onClick={() => resolve('continue')} data-testid="drop-continue">
          {t('dropContinue')}
        </Button>,
      ]}
      data-testid="drop-question"
    >
      <p data-testid="drop-question-body">
        <strong>{story?.headline}</strong>
        <br />
        {t('dropBody')}
      </p>
    </Modal>
  );
}
