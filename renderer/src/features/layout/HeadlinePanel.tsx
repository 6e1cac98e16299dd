import { InputNumber, Switch } from 'antd';
import { useLayoutT } from './messages';
import { useLayout } from './store';

/**
 * The selected headline frame's settings: 竖排 (the 主题 in vertical columns from the frame's
 * right edge, Latin and digits turned) and the 主题 size in points (empty: the style's own,
 * fitted to the frame). Both are undoable layout actions.
 */
export function HeadlinePanel() {
  const t = useLayoutT();
  const frame = useLayout((s) => (s.selected.length === 1 ? s.frames.find((f) => f.id === s.selected[0] && f.role === 'headline') : undefined));
  if (!frame) return null;
  const s = useLayout.getState();
  return (
    <div className="lx-image-panel" data-testid="headline-panel" data-frame-id={frame.id}>
      <strong>{t('headlinePanel')}</strong>
      <label className="lx-shelf-meta">
        <Switch size="small" checked={frame.props.vertical === true} onChange={(on) => void s.setFrameProps(frame.id, { vertical: on || undefined })} data-testid="headline-vertical" /> {t('vertical')}
      </label>
      <label className="lx-shelf-meta">
        {t('headlineSize')}{' '}
        <InputNumber
          size="small"
          min={6}
          max={120}
          step={1}
          placeholder={t('headlineSizeAuto')}
          value={frame.props.headlineSize ?? null}
          onChange={(v) => void s.setFrameProps(frame.id, { headlineSize: v ?? undefined })}
          data-testid="headline-size"
        />{' '}
        pt
      </label>
    </div>
  );
}
