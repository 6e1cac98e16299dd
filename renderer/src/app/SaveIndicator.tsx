import { Badge } from 'antd';
import type { SaveState } from '../features/editor/autosave';
import { useEditor } from '../features/editor/store';
import type { MessageKey } from '../i18n/zh-cn';
import { useT } from '../i18n/use-t';

const VIEW: Record<SaveState, { key: MessageKey; status: 'success' | 'processing' | 'warning' | 'error' | 'default' }> = {
  idle: { key: 'save.idle', status: 'default' },
  saved: { key: 'save.saved', status: 'success' },
  saving: { key: 'save.saving', status: 'processing' },
  dirty: { key: 'save.dirty', status: 'warning' },
  failed: { key: 'save.failed', status: 'error' },
};

/** 已保存 / 保存中… / 未保存 / 保存失败 of the open story. */
export function SaveIndicator() {
  const t = useT();
  const state = useEditor((s) => s.saveState);
  const v = VIEW[state];
  return (
    <span className="bx-status-item" data-testid="save-state" data-state={state}>
      <Badge status={v.status} text={t(v.key)} />
    </span>
  );
}
