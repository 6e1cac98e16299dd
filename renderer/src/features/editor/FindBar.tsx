import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { useT } from '../../i18n/use-t';
import { findKey, replaceMatches, setFindQuery, stepMatch } from './find-plugin';
import { useEditor } from './store';

/** Find (Ctrl+F) and replace (Ctrl+H) in the body; matches are highlighted in the editor. */
export function FindBar() {
  const t = useT();
  const mode = useEditor((s) => s.findMode);
  const view = useEditor((s) => s.view);
  useEditor((s) => s.viewTick);
  const setFindMode = useEditor((s) => s.setFindMode);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const input = useRef<InputRef>(null);
  useEffect(() => {
    if (mode !== 'closed') input.current?.focus();
  }, [mode]);
  if (mode === 'closed' || !view) return null;
  const f = findKey.getState(view.state);
  const count = f?.matches.length ?? 0;
  const onQuery = (q: string) => {
    setQuery(q);
    view.dispatch(setFindQuery(view.state, q));
  };
  const step = (dir: 1 | -1) => {
    const tr = stepMatch(view.state, dir);
    if (tr) view.dispatch(tr);
  };
  const replace = (all: boolean) => {
    const tr = replaceMatches(view.state, replacement, all);
    if (tr) view.dispatch(tr);
  };
  const close = () => {
    view.dispatch(setFindQuery(view.state, ''));
    setFindMode('closed');
    view.focus();
  };
  return (
    <div className="bx-findbar" data-testid="find-bar" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <Space size={4} wrap>
        <Input
          ref={input}
          size="small"
          style={{ width: 200 }}
          placeholder={t('editor.find')}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onPressEnter={(e) => step(e.shiftKey ? -1 : 1)}
          suffix={<span className="bx-find-count">{t('editor.matches', { i: count ? (f?.current ?? 0) + 1 : 0, n: count })}</span>}
          data-testid="find-input"
        />
        <Button size="small" icon={<UpOutlined />} onClick={() => step(-1)} title={t('editor.prev')} />
        <Button size="small" icon={<DownOutlined />} onClick={() => step(1)} title={t('editor.next')} />
        {mode === 'replace' && (
          <>
            <Input
              size="small"
              style={{ width: 200 }}
              placeholder={t('editor.replaceWith')}
              value={replacement}
              onChange={(e) => setReplacement(e.target.value)}
              data-testid="replace-input"
            />
            <Button size="small" disabled={!count} onClick={() => replace(false)} data-testid="replace-one">
              {t('editor.replaceOne')}
            </Button>
            <Button size="small" disabled={!count} onClick={() => replace(true)} data-testid="replace-all">
              {t('editor.replaceAll')}
            </Button>
          </>
        )}
        <Button size="small" type="text" icon={<CloseOutlined />} onClick={close} title={t('common.close')} />
      </Space>
    </div>
  );
}
