import { Input, InputNumber, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { BOX_STYLES, type BoxStyle } from '../../../../shared/model/layout';
import { useBoxT } from './box-messages';
import { useLayout } from './store';

type Cmyk = [number, number, number, number];
/** 底纹 the desk offers in one click: light tints that keep black text readable on newsprint. */
const TINTS: Array<{ key: string; cmyk: Cmyk | null }> = [
  { key: 'tintNone', cmyk: null },
  { key: 'tintGrey', cmyk: [0, 0, 0, 0.1] },
  { key: 'tintYellow', cmyk: [0, 0.05, 0.2, 0] },
  { key: 'tintBlue', cmyk: [0.12, 0.03, 0, 0] },
  { key: 'tintRed', cmyk: [0, 0.12, 0.08, 0] },
];

/** The selected box's 花边, 底纹 (a preset or any CMYK), title and text inset; each change one undoable step. */
export function BoxPanel() {
  const t = useBoxT();
  const frame = useLayout((s) => (s.selected.length === 1 ? s.frames.find((f) => f.id === s.selected[0] && f.role === 'box') : undefined));
  const [title, setTitle] = useState('');
  useEffect(() => setTitle(frame?.props.boxTitle ?? ''), [frame?.id, frame?.props.boxTitle]);
  if (!frame) return null;
  const s = useLayout.getState();
  const tint = frame.props.tint;
  const setInk = (i: number, pct: number | null): void => {
    const next: Cmyk = [...(tint ?? [0, 0, 0, 0])] as Cmyk;
    next[i] = Math.max(0, Math.min(100, pct ?? 0)) / 100;
    void s.setFrameProps(frame.id, { tint: next.some((v) => v > 0) ? next : undefined });
  };
  const applyTitle = (): void => void s.setFrameProps(frame.id, { boxTitle: title.trim() || undefined });
  return (
    <div className="lx-image-panel" data-testid="box-panel" data-frame-id={frame.id}>
      <strong>{t('boxPanel')}</strong>
      <Segmented
        size="small"
        value={frame.props.boxStyle ?? 'double'}
        onChange={(v) => void s.setFrameProps(frame.id, { boxStyle: v as BoxStyle })}
        options={BOX_STYLES.map((b) => ({ value: b, label: <span data-testid={`box-style-${b}`}>{t(`style_${b}`)}</span> }))}
      />
      <div className="lx-row">
        <span className="lx-shelf-meta">{t('tint')}</span>
        {TINTS.map((p) => (
          <button
            key={p.key}
            type="button"
            className="lx-tint"
            title={t(p.key as 'tintNone')}
            style={{ background: p.cmyk ? `rgb(${p.cmyk.slice(0, 3).map((v) => Math.round(255 * (1 - v) * (1 - p.cmyk![3]))).join(',')})` : 'white' }}
            onClick={() => void s.setFrameProps(frame.id, { tint: p.cmyk ?? undefined })}
            data-testid={`box-${p.key}`}
          />
        ))}
      </div>
      <div className="lx-row">
        {(['C', 'M', 'Y', 'K'] as const).map((ink, i) => (
          <InputNumber key={ink} size="small" min={0} max={100} style={{ width: 58 }} prefix={ink} value={Math.round((tint?.[i] ?? 0) * 100)} onChange={(v) => setInk(i, v)} data-testid={`box-ink-${ink}`} />
        ))}
      </div>
      <label className="lx-shelf-meta">
        {t('title')}
        <Input size="small" value={title} maxLength={60} placeholder={t('titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} onBlur={applyTitle} onPressEnter={applyTitle} data-testid="box-title" />
      </label>
      <label className="lx-shelf-meta">
        {t('inset')}{' '}
        <InputNumber size="small" min={0} max={20} step={0.5} value={frame.props.inset ?? null} placeholder={t('insetDefault')} onChange={(v) => void s.setFrameProps(frame.id, { inset: v ?? undefined })} data-testid="box-inset" /> mm
      </label>
    </div>
  );
}
