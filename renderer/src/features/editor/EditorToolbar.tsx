import { BoldOutlined, HistoryOutlined, RedoOutlined, SearchOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Divider, Space, Tooltip } from 'antd';
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { useT } from '../../i18n/use-t';
import { CharCount } from './CharCount';
import { Copyfit } from './Copyfit';
import { makeParagraph, makeSubheading, toggleBold } from './keymap';
import { LiveCheckToggle } from './LiveCheckToggle';
import { useEditor } from './store';

/** Undo/redo, bold, block type, find, revisions, 实时校对 and the live 字数. */
export function EditorToolbar() {
  const t = useT();
  const view = useEditor((s) => s.view);
  useEditor((s) => s.viewTick);
  const { setFindMode, setRevisionsOpen } = useEditor.getState();
  const run = (cmd: Command) => () => {
    if (!view) return;
    cmd(view.state, view.dispatch, view);
    view.focus();
  };
  const state = view?.state;
  return (
    <div className="bx-editor-toolbar" data-testid="editor-toolbar">
      <Space size={2}>
        <Tooltip title={`${t('editor.undo')} (Ctrl+Z)`}>
          <Button size="small" type="text" icon={<UndoOutlined />} disabled={!state || undoDepth(state) === 0} onClick={run(undo)} data-testid="undo" />
        </Tooltip>
        <Tooltip title={`${t('editor.redo')} (Ctrl+Y)`}>
          <Button size="small" type="text" icon={<RedoOutlined />} disabled={!state || redoDepth(state) === 0} onClick={run(redo)} data-testid="redo" />
        </Tooltip>
        <Divider type="vertical" />
        <Tooltip title={`${t('editor.bold')} (Ctrl+B)`}>
          <Button size="small" type="text" icon={<BoldOutlined />} onClick={run(toggleBold)} data-testid="bold" />
        </Tooltip>
        <Button size="small" type="text" onClick={run(makeParagraph)}>
          {t('editor.paragraph')}
        </Button>
        <Button size="small" type="text" onClick={run(makeSubheading)}>
          {t('editor.subheading')}
        </Button>
        <Divider type="vertical" />
        <Tooltip title="Ctrl+F / Ctrl+H">
          <Button size="small" type="text" icon={<SearchOutlined />} onClick={() => setFindMode('replace')} data-testid="open-find">
            {t('editor.find')}
          </Button>
        </Tooltip>
        <Button size="small" type="text" icon={<HistoryOutlined />} onClick={() => setRevisionsOpen(true)} data-testid="open-revisions">
          {t('editor.revisions')}
        </Button>
      </Space>
      <Space size={12}>
        <LiveCheckToggle />
        <Copyfit />
        <CharCount />
      </Space>
    </div>
  );
}
