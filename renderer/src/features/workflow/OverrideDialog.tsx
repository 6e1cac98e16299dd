import { Alert, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { OVERRIDE_LABELS } from '../../../../shared/model/workflow-override';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useSession } from '../session/store';
import { useWorkflowT } from './messages';
import './workflow.css';
import type { OverrideAsk } from './override-ask';

/**
 * Ask for the reason before a rule is set aside: what stands in the way, who is recording it, and
 * a reason of the person's own words. Nothing is sent without one; a refusal stays in the dialog.
 */
export function OverrideDialog({ ask, onClose }: { ask: OverrideAsk | null; onClose: () => void }) {
  const t = useWorkflowT();
  const lang = useLang((s) => s.lang);
  const me = useSession((s) => s.current);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [short, setShort] = useState(false);

  // Every question starts blank: never carry one person's reason into the next decision.
  useEffect(() => {
    setReason('');
    setError(undefined);
    setShort(false);
  }, [ask]);

  const submit = async (): Promise<void> => {
    if (!ask) return;
    if ([...reason.trim()].length < 2) return setShort(true);
    setBusy(true);
    try {
      await ask.run(reason.trim());
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const label = ask ? OVERRIDE_LABELS[ask.rule] : null;
  return (
    <Modal
      open={ask !== null}
      title={label ? t('dialogTitle', { rule: lang === 'en' ? label.en : label.zh }) : ''}
      okText={t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, loading: busy, ...({ 'data-testid': 'override-submit' } as object) }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="override-dialog" data-rule={ask?.rule}>
        <Alert type="warning" showIcon title={ask?.message} data-testid="override-message" />
        <Input.TextArea
          className="bx-wf-reason"
          autoFocus
          rows={3}
          maxLength={500}
          placeholder={t('reasonPlaceholder')}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setShort(false);
          }}
          data-testid="override-reason"
          aria-label={t('reason')}
          style={{ marginTop: 12 }}
        />
        <div className="bx-wf-who">{t('recordedAs', { name: me?.displayName ?? '—' })}</div>
        {short && <Alert type="error" showIcon title={t('reasonTooShort')} data-testid="override-short" />}
        {error !== undefined && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="override-error" />}
      </div>
    </Modal>
  );
}
