import { Switch } from 'antd';
import { useLayoutT } from './messages';
import { useLayout } from './store';

/**
 * The selected body frame's settings: 平衡栏尾 (a story ending in this frame's row of columns
 * shares its lines out so the columns end level). On unless switched off; an undoable action.
 */
export function BodyPanel() {
  const t = useLayoutT();
  const frame = useLayout((s) => (s.selected.length === 1 ? s.frames.find((f) => f.id === s.selected[0] && f.role === 'body') : undefined));
  if (!frame) return null;
  const s = useLayout.getState();
  return (
    <div className="lx-image-panel" data-testid="body-panel" data-frame-id={frame.id}>
      <strong>{t('bodyPanel')}</strong>
      <label className="lx-shelf-meta">
        <Switch
          size="small"
          checked={frame.props.balanceColumns !== false}
          onChange={(on) => void s.setFrameProps(frame.id, { balanceColumns: on ? undefined : false })}
          data-testid="body-balance"
        />{' '}
        {t('balanceColumns')}
      </label>
    </div>
  );
}
