import { Alert, Button, Input, InputNumber, Segmented, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { ImageFit } from '../../../../shared/model/layout';
import { useImages } from './images-store';
import { useLayoutT } from './messages';
import { useLayout } from './store';

/** Effective resolution below which a picture prints blurred on newsprint (as preflight says). */
const MIN_PPI = 150;

/** The selected image frame's settings: fit, crop, 图片说明 and 摄影, and its effective resolution. */
export function ImagePanel() {
  const t = useLayoutT();
  const frame = useLayout((s) => (s.selected.length === 1 ? s.frames.find((f) => f.id === s.selected[0] && f.role === 'image') : undefined));
  const box = useLayout((s) => (frame && s.pageId !== null ? s.lists[s.pageId]?.frames.find((b) => b.id === frame.id) : undefined));
  const image = useImages((s) => s.images.find((i) => i.id === frame?.props.imageId));
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const frameId = frame?.id;
  const storedCaption = frame?.props.caption ?? '';
  const storedCredit = frame?.props.credit ?? '';
  useEffect(() => {
    setCaption(storedCaption);
    setCredit(storedCredit);
  }, [frameId, storedCaption, storedCredit]);
  if (!frame) return null;
  const s = useLayout.getState();
  const fit: ImageFit = frame.props.fit ?? 'fill';
  const ppi = box?.ppi;
  const dirty = caption !== storedCaption || credit !== storedCredit;
  return (
    <div className="lx-image-panel" data-testid="image-panel" data-frame-id={frame.id}>
      <strong>{t('imagePanel')}</strong>
      {image && (
        <span className="lx-shelf-meta">
          {image.name} · {t('pixels', { w: image.width, h: image.height })}
        </span>
      )}
      {ppi !== undefined && (
        <Tag color={ppi < MIN_PPI ? 'red' : 'green'} data-testid="image-ppi" data-ppi={ppi}>
          {t('ppi', { ppi })}
        </Tag>
      )}
      {ppi !== undefined && ppi < MIN_PPI && <Alert type="warning" showIcon message={t('lowRes')} data-testid="image-lowres" />}
      <Segmented
        size="small"
        value={fit}
        onChange={(v) => void s.setFrameProps(frame.id, v === 'fill' ? { fit: 'fill', cropX: 0, cropY: 0, cropScale: 1 } : { fit: v as ImageFit })}
        options={[
          { value: 'fill', label: <span data-testid="fit-fill">{t('fitFill')}</span> },
          { value: 'fit', label: <span data-testid="fit-fit">{t('fitFit')}</span> },
          { value: 'crop', label: <span data-testid="fit-crop">{t('fitCrop')}</span> },
        ]}
        data-testid="image-fit"
      />
      {fit === 'crop' && (
        <>
          <label className="lx-shelf-meta">
            {t('cropScale')}{' '}
            <InputNumber
              size="small"
              min={1}
              max={8}
              step={0.1}
              value={frame.props.cropScale ?? 1}
              onChange={(v) => v !== null && void s.setFrameProps(frame.id, { cropScale: v })}
              data-testid="crop-scale"
            />
          </label>
          <span className="lx-shelf-meta">{t('cropHint')}</span>
        </>
      )}
      <label className="lx-shelf-meta" htmlFor="lx-caption">
        {t('caption')}
      </label>
      <Input.TextArea id="lx-caption" rows={3} maxLength={2000} value={caption} onChange={(e) => setCaption(e.target.value)} data-testid="image-caption" />
      <label className="lx-shelf-meta" htmlFor="lx-credit">
        {t('credit')}
      </label>
      <Input id="lx-credit" size="small" maxLength={100} value={credit} placeholder={t('creditPlaceholder')} onChange={(e) => setCredit(e.target.value)} data-testid="image-credit" />
      <Button size="small" type="primary" disabled={!dirty} onClick={() => void s.setFrameProps(frame.id, { caption, credit })} data-testid="image-apply">
        {t('apply')}
      </Button>
    </div>
  );
}
