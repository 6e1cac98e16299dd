import { Alert, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ApiCallError } from '../../../../shared/api/client';
import { errorCode, errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { useEditor } from './store';

type MessageKey = Parameters<ReturnType<typeof useT>>[0];

const FIELD_KEYS: Record<string, MessageKey> = {
  kicker: 'field.kicker', headline: 'field.headline', subhead: 'field.subhead', byline: 'field.byline',
  dateline: 'field.dateline', section: 'field.section', body: 'editor.conflictBody', kind: 'editor.conflictKind',
};

/**
 * A failed save, with what the user can do about it. For a CONFLICT (someone saved this story
 * since it was opened): 合并 both versions, 保留我的 (saved on top; theirs stays in the
 * revisions), or 放弃我的修改 (after a confirmation). The draft stays in the editor until then.
 */
export function ConflictBar() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { saveState, saveError, conflictFields, resolveConflict } = useEditor();
  const [busy, setBusy] = useState(false);
  if (saveState !== 'failed' || saveError === null) return null;
  // A signed-off refusal is a CONFLICT too, but there is nothing to merge: the lock bar asks to void the signatures.
  const signedOff = saveError instanceof ApiCallError && (saveError.error.details as { reason?: string } | undefined)?.reason === 'signed-off';
  const conflict = errorCode(saveError) === 'CONFLICT' && !signedOff;
  const run = async (choice: 'merge' | 'mine' | 'theirs'): Promise<void> => {
    setBusy(true);
    try {
      await resolveConflict(choice);
    } finally {
      setBusy(false);
    }
  };
  const fields = (conflictFields ?? []).map((f) => (FIELD_KEYS[f] ? t(FIELD_KEYS[f]) : f)).join('、');
  return (
    <Alert
      type="error"
      showIcon
      message={errorText(saveError, lang)}
      data-testid="save-error"
      description={
        <div>
          <div>{t('editor.draftKept')}</div>
          {conflict && conflictFields && (
            <div data-testid="conflict-fields">{t('editor.conflictSamePlace', { fields })}</div>
          )}
          {conflict && (
            <Space wrap className="bx-conflict-actions">
              {!conflictFields && (
                <Button type="primary" loading={busy} onClick={() => void run('merge')} data-testid="conflict-merge">
                  {t('editor.conflictMerge')}
                </Button>
              )}
              <Button loading={busy} onClick={() => void run('mine')} data-testid="conflict-mine">
                {t('editor.conflictMine')}
              </Button>
              <Popconfirm title={t('editor.conflictTheirsConfirm')} onConfirm={() => void run('theirs')}>
                <Button danger loading={busy} data-testid="conflict-theirs">
                  {t('editor.conflictTheirs')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </div>
      }
    />
  );
}
