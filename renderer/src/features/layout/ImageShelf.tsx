import { Alert, Button, Empty } from 'antd';
import { FileButton } from '../../ui/FileButton';
import { useEffect, type DragEvent } from 'react';
import { useImages } from './images-store';
import { useLayoutT } from './messages';
import { useLayout } from './store';

/** The drag payload type of a picture dragged from the shelf onto a page. */
export const IMAGE_MIME = 'application/x-banxin-image';

/** The 图片 tab of the shelf: import JPEG/PNG files (their bytes), and place pictures on the page. */
export function ImageShelf() {
  const t = useLayoutT();
  const images = useImages((s) => s.images);
  const urls = useImages((s) => s.urls);
  const error = useImages((s) => s.error);
  const busy = useImages((s) => s.busy);
  const hasPage = useLayout((s) => s.pageId !== null);

  useEffect(() => {
    void useImages.getState().load();
  }, []);
  useEffect(() => {
    void useImages.getState().ensureUrls(images.map((i) => i.id));
  }, [images]);

  const onDragStart = (e: DragEvent, id: number): void => {
    e.dataTransfer.setData(IMAGE_MIME, String(id));
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div className="lx-images" data-testid="image-shelf">
      <FileButton
        accept="image/jpeg,image/png,.jpg,.jpeg,.png"
        multiple
        size="small"
        loading={busy}
        inputTestId="image-file-input"
        testId="import-images"
        onFiles={(files) => void useImages.getState().importFiles(files)}
      >
        {t('importImages')}
      </FileButton>
      <span className="lx-shelf-meta">{t('imagesHint')}</span>
      {error && <Alert type="error" showIcon closable onClose={() => useImages.setState({ error: null })} message={error} data-testid="image-error" />}
      {images.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noImages')} />}
      {images.map((im) => (
        <div key={im.id} className="lx-shelf-item lx-image-item" draggable onDragStart={(e) => onDragStart(e, im.id)} data-testid="shelf-image" data-image-id={im.id}>
          {urls[im.id] ? <img src={urls[im.id]} alt={im.name} className="lx-image-thumb" draggable={false} /> : <div className="lx-image-thumb" />}
          <div className="lx-shelf-head">{im.name}</div>
          <div className="lx-shelf-meta">
            {t('pixels', { w: im.width, h: im.height })} · {im.format.toUpperCase()}
            {' · '}
            {t(im.components === 1 ? 'colourGrey' : im.components === 4 ? 'colourCmyk' : 'colourRgb')}
          </div>
          <Button size="small" disabled={!hasPage} onClick={() => void useLayout.getState().placeImage(im.id)} data-testid="place-image">
            {t('placeImage')}
          </Button>
        </div>
      ))}
    </div>
  );
}
