import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useEffect } from 'react';
import { LINE_ROLES, type LineRole, type StructureLine } from '../../../../shared/model/structure-edits';
import { STORY_KINDS, type StoryKind } from '../../../../shared/model/story';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { canRedo, canUndo } from './edit-history';
import { useIntake } from './store';

/** Keys typed into a text box keep the box's own undo; everywhere else in the dialog they undo a structure edit. */
function isTextEntry(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/** 撤销 / 重做 of the structure edits, with Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), and why an edit was refused. */
export function StructureToolbar() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const history = useIntake((s) => s.history);
  const editError = useIntake((s) => s.editError);
  const { undo, redo } = useIntake.getState();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || isTextEntry(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) useIntake.getState().undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') useIntake.getState().redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div data-testid="structure-toolbar">
      <Space>
        <Button size="small" icon={<UndoOutlined />} disabled={!canUndo(history)} onClick={undo} data-testid="structure-undo">
          {t('import.structure.undo')}
        </Button>
        <Button size="small" icon={<RedoOutlined />} disabled={!canRedo(history)} onClick={redo} data-testid="structure-redo">
          {t('import.structure.redo')}
        </Button>
        <span data-testid="structure-edit-count" data-count={history.done.length}>
          {t('import.structure.edits', { n: history.done.length })}
        </span>
      </Space>
      {editError && <Alert type="error" showIcon message={lang === 'en' ? editError.en : editError.zh} data-testid="structure-error" />}
    </div>
  );
}

/** The item's kind, as a plain select: it sits in the panel header, where a click must not fold the panel. */
export function KindSelect({ kind, line }: { kind: StoryKind; line: string }) {
  const t = useT();
  return (
    <select
      className="bx-structure-select"
      aria-label={t('import.structure.kind')}
      value={kind}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => useIntake.getState().edit({ op: 'kind', line, kind: e.target.value as StoryKind })}
      data-testid="item-kind"
    >
      {STORY_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`import.kind.${k}`)}
        </option>
      ))}
    </select>
  );
}

/**
 * Every line of an item with its role and 从此处拆分. A page has hundreds of lines: native selects
 * cost nothing to render and are one keystroke to change.
 */
export function StoryLines({ lines }: { lines: readonly StructureLine[] }) {
  const t = useT();
  const edit = useIntake((s) => s.edit);
  return (
    <ol className="bx-structure-lines" data-testid="structure-lines">
      {lines.map((l, k) => (
        <li key={l.id} data-testid="structure-line" data-line-id={l.id} data-role={l.role}>
          <select
            className="bx-structure-select"
            aria-label={t('import.structure.role')}
            value={l.role}
            onChange={(e) => edit({ op: 'role', line: l.id, role: e.target.value as LineRole })}
            data-testid="line-role"
          >
            {LINE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`import.role.${r}`)}
              </option>
            ))}
          </select>
          <span className="bx-structure-text">{l.text}</span>
          {k > 0 && (
            <Button size="small" type="link" onClick={() => edit({ op: 'split', line: l.id })} data-testid="line-split">
              {t('import.structure.split')}
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}
