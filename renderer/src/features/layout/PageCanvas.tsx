import { Empty } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { Frame } from '../../../../shared/model/layout';
import { usePageLock } from '../collab/lease-lock';
import { FrameOverlay } from './FrameOverlay';
import { cellAt, fitZoom, moveOnGrid, pxToMm, PX_PER_PT, resizeOnGrid, type Box } from './geometry';
import { GridOverlay } from './GridOverlay';
import { useLayoutT } from './messages';
import { IMAGE_MIME } from './ImageShelf';
import { useImages } from './images-store';
import { ensureFonts, imageIdsOf, pageSvgMarkup, pageTextContent } from './paint';
import { paintText } from './paint-text';
import { STORY_MIME } from './StoryShelf';
import { gridOfPage, useLayout } from './store';

interface Drag {
  /** 'pan' moves the picture inside an image frame (Alt-drag): a crop. */
  mode: 'move' | 'resize' | 'pan';
  id: number;
  x0: number;
  y0: number;
  dx: number;
  dy: number;
}

const isLocked = (f: Frame): boolean => f.role === 'masthead' || f.role === 'folio';

/** The page at any zoom: the composer's glyphs on a canvas over its SVG graphics, the grid, and the frames to drag. */
export function PageCanvas() {
  const t = useLayoutT();
  const issue = useLayout((s) => s.issue);
  const pageId = useLayout((s) => s.pageId);
  const list = useLayout((s) => (s.pageId !== null ? s.lists[s.pageId] : undefined));
  const frames = useLayout((s) => s.frames);
  const selected = useLayout((s) => s.selected);
  const zoom = useLayout((s) => s.zoom);
  const showGrid = useLayout((s) => s.showGrid);
  const page = issue?.pages.find((p) => p.id === pageId);
  // Someone else is laying this page out: frames can be selected and looked at, not dragged or dropped on.
  const readOnly = usePageLock(pageId).readOnly;
  const grid = useMemo(() => (page ? gridOfPage(page) : null), [page]);

  // A callback ref: the scroll area appears only once an issue is open, and must be observed then.
  const [scrollEl, setScrollEl] = useState<HTMLDivElement | null>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ w: 800, h: 600 });
  const [drag, setDrag] = useState<Drag | null>(null);

  useEffect(() => {
    const el = scrollEl;
    if (!el) return;
    const ro = new ResizeObserver(() => setViewport({ w: el.clientWidth, h: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [scrollEl]);

  const z = list ? (zoom === 'fit' ? fitZoom(list.width, list.height, viewport.w - 32, viewport.h - 32) : zoom) : 1;
  const imageUrls = useImages((s) => s.urls);
  // The SVG carries rules, boxes and pictures, the canvas above it the glyphs; the text itself sits
  // in a visually hidden element beside them.
  const markup = useMemo(() => (list ? pageSvgMarkup(list, imageUrls, 'elsewhere') : ''), [list, imageUrls]);
  useEffect(() => {
    if (list) void useImages.getState().ensureUrls(imageIdsOf(list));
  }, [list]);

  // The page's graphics are inserted as markup (the painter escapes every text); zooming only
  // rescales them through CSS. The glyphs are painted on the canvas at the zoom, once the
  // composer's fonts are usable (at once when they already are), and again on every zoom.
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const el = svgRef.current;
    if (!el || !list) return;
    const t0 = performance.now();
    el.innerHTML = markup;
    const text = document.createElement('div');
    text.className = 'lx-page-text';
    text.textContent = pageTextContent(list);
    el.append(text);
    el.dataset.svgMs = (performance.now() - t0).toFixed(2);
  }, [markup, list]);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !list) return;
    let live = true;
    void ensureFonts(list.fonts).then(() => {
      if (!live) return;
      const ms = paintText(canvas, list, PX_PER_PT * z);
      canvas.dataset.paintMs = ms.toFixed(2);
      canvas.dataset.paintedPage = String(list.pageId);
      canvas.dataset.paintedAt = String(performance.now());
    });
    return () => {
      live = false;
    };
  }, [list, z]);

  // While Alt-dragging a picture, move it inside its clip at once; the core's crop replaces it on release.
  const pan = drag?.mode === 'pan' ? drag : null;
  useEffect(() => {
    const el = svgRef.current?.querySelector(`image[data-frame-id="${pan?.id ?? -1}"]`);
    if (!pan || !el) return;
    el.setAttribute('transform', `translate(${pan.dx / (PX_PER_PT * z)} ${pan.dy / (PX_PER_PT * z)})`);
    return () => el.removeAttribute('transform');
  }, [pan, z]);

  const oversets = useMemo(() => new Map((list?.frames ?? []).filter((f) => f.overset).map((f) => [f.id, f.overset!])), [list]);

  // A drag shows the snapped result live; the core gets one update when the button is released.
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;
  const dragKey = drag ? `${drag.mode}:${drag.id}:${drag.x0}:${drag.y0}` : null;
  useEffect(() => {
    if (dragKey === null) return;
    const move = (e: PointerEvent): void => setDrag((d) => (d ? { ...d, dx: e.clientX - d.x0, dy: e.clientY - d.y0 } : d));
    const up = (e: PointerEvent): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      const d = dragRef.current;
      if (!d) return;
      if (Math.abs(e.clientX - d.x0) < 2 && Math.abs(e.clientY - d.y0) < 2) return setDrag(null);
      const dx = pxToMm(e.clientX - d.x0, z);
      const dy = pxToMm(e.clientY - d.y0, z);
      const s = useLayout.getState();
      const done = d.mode === 'move' ? s.moveSelected(dx, dy) : d.mode === 'pan' ? s.panImage(d.id, dx, dy) : s.resizeFrame(d.id, dx, dy);
      void done.finally(() => setDrag(null));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
  }, [dragKey, z]);

  if (!issue || !page || !grid) return <Empty className="lx-empty" description={t('noIssue')} />;

  const boxOf = (f: Frame): Box => {
    if (!drag || isLocked(f) || drag.mode === 'pan') return f;
    const dxMm = pxToMm(drag.dx, z);
    const dyMm = pxToMm(drag.dy, z);
    if (drag.mode === 'resize') return f.id === drag.id ? resizeOnGrid(grid, f, dxMm, dyMm) : f;
    return selected.includes(f.id) ? moveOnGrid(grid, f, dxMm, dyMm) : f;
  };

  const startDrag = (e: ReactPointerEvent, f: Frame, mode: Drag['mode']): void => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const s = useLayout.getState();
    if (e.shiftKey || e.ctrlKey || e.metaKey) return s.select(f.id, true);
    if (!s.selected.includes(f.id)) s.select(f.id);
    if (isLocked(f) || readOnly) return;
    const how = mode === 'move' && e.altKey && f.role === 'image' ? 'pan' : mode;
    setDrag({ mode: how, id: f.id, x0: e.clientX, y0: e.clientY, dx: 0, dy: 0 });
  };

  const onDragOver = (e: DragEvent): void => {
    if (readOnly) return; // not a drop target: the browser shows the no-drop cursor
    if (!e.dataTransfer.types.includes(STORY_MIME) && !e.dataTransfer.types.includes(IMAGE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent): void => {
    const image = e.dataTransfer.types.includes(IMAGE_MIME);
    const id = Number(e.dataTransfer.getData(image ? IMAGE_MIME : STORY_MIME));
    const rect = sheetRef.current?.getBoundingClientRect();
    if (readOnly || !Number.isSafeInteger(id) || id <= 0 || !rect) return;
    e.preventDefault();
    const cell = cellAt(grid, pxToMm(e.clientX - rect.left, z), pxToMm(e.clientY - rect.top, z));
    void (image ? useLayout.getState().placeImage(id, cell) : useLayout.getState().placeStory(id, cell));
  };
  const ppis = new Map((list?.frames ?? []).flatMap((b) => (b.ppi !== undefined ? [[b.id, b.ppi] as const] : [])));

  const width = list ? list.width * PX_PER_PT * z : 0;
  const height = list ? list.height * PX_PER_PT * z : 0;
  return (
    <div className="lx-scroll" ref={setScrollEl} data-testid="layout-canvas">
      {list && (
        <div
          className={readOnly ? 'lx-sheet is-read-only' : 'lx-sheet'}
          ref={sheetRef}
          style={{ width, height }}
          data-testid="layout-sheet"
          data-page-id={list.pageId}
          data-page-number={list.number}
          data-zoom={z.toFixed(4)}
          data-read-only={readOnly ? 'true' : 'false'}
          onPointerDown={() => useLayout.getState().select(null)}
          onDragOver={onDragOver}
          onDrop={onDrop}
        >
          <div className="lx-svg" ref={svgRef} data-testid="page-svg" />
          <canvas className="lx-text" ref={canvasRef} data-testid="page-text" aria-hidden="true" />
          {showGrid && <GridOverlay grid={grid} width={list.width} height={list.height} />}
          {frames.map((f) => (
            <FrameOverlay
              key={f.id}
              frame={f}
              box={boxOf(f)}
              zoom={z}
              selected={selected.includes(f.id)}
              overset={oversets.get(f.id)}
              ppi={ppis.get(f.id)}
              locked={isLocked(f) || readOnly}
              onPointerDown={(e, mode) => startDrag(e, f, mode)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
