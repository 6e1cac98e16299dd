import { memo, type PointerEvent } from 'react';
import type { Frame } from '../../../../shared/model/layout';
import { mmToPx, type Box } from './geometry';
import { useLayoutT } from './messages';

interface Props {
  frame: Frame;
  /** Where to draw it now (the stored box, or the snapped preview while dragging). */
  box: Box;
  zoom: number;
  selected: boolean;
  overset: { chars: number; lines: number } | undefined;
  /** An image frame's effective resolution, shown on the frame (red below 150 ppi). */
  ppi?: number | undefined;
  locked: boolean;
  onPointerDown(e: PointerEvent, mode: 'move' | 'resize'): void;
}

/** One frame's handle on the canvas: outline, selection, resize corner and the overset marker. */
export const FrameOverlay = memo(function FrameOverlay({ frame, box, zoom, selected, overset, ppi, locked, onPointerDown }: Props) {
  const t = useLayoutT();
  const cls = ['lx-frame', selected ? 'is-selected' : '', overset ? 'is-overset' : ''].filter(Boolean).join(' ');
  return (
    <div
      className={cls}
      style={{ left: mmToPx(box.x, zoom), top: mmToPx(box.y, zoom), width: mmToPx(box.w, zoom), height: mmToPx(box.h, zoom) }}
      data-testid="layout-frame"
      data-frame-id={frame.id}
      data-role={frame.role}
      data-story-id={frame.storyId ?? ''}
      data-chain={frame.chain}
      data-selected={selected ? 'true' : 'false'}
      title={t(`role_${frame.role}`)}
      onPointerDown={(e) => onPointerDown(e, 'move')}
    >
      {selected && !locked && <div className="lx-handle" data-testid="frame-resize" onPointerDown={(e) => onPointerDown(e, 'resize')} />}
      {ppi !== undefined && (
        <div className={ppi < 150 ? 'lx-ppi is-low' : 'lx-ppi'} data-testid="frame-ppi" data-ppi={ppi}>
          {ppi} ppi
        </div>
      )}
      {overset && (
        <div className="lx-overset" data-testid="overset-marker" data-chars={overset.chars} data-lines={overset.lines}>
          {t('overset', { chars: overset.chars, lines: overset.lines })}
        </div>
      )}
    </div>
  );
});
