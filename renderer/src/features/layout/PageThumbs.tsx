import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Page } from '../../../../shared/model/layout';
import { LockBadge } from '../collab/LockBadge';
import { useLayoutT } from './messages';
import { useImages } from './images-store';
import { ensureFonts, pageSvgMarkup } from './paint';
import { paintText } from './paint-text';
import { useLayout, type DisplayList } from './store';

/** Thumbnail width in CSS pixels. */
const THUMB_WIDTH = 112;

function Thumb({ page, list, current }: { page: Page; list: DisplayList | undefined; current: boolean }) {
  const t = useLayoutT();
  const ref = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Pictures the canvas has fetched show in the thumbnail too; others stay grey placeholders.
  const urls = useImages((s) => s.urls);
  // As on the desk: graphics as SVG, glyphs on a canvas at the thumbnail's own scale.
  const markup = useMemo(() => (list ? pageSvgMarkup(list, urls, 'elsewhere') : ''), [list, urls]);
  useLayoutEffect(() => {
    if (!ref.current) return;
    ref.current.innerHTML = markup;
  }, [markup, list]);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !list) return;
    let live = true;
    void ensureFonts(list.fonts).then(() => live && paintText(canvas, list, THUMB_WIDTH / list.width));
    return () => {
      live = false;
    };
  }, [list]);
  const ratio = list ? list.height / list.width : 540 / 390;
  return (
    <button type="button" className={`lx-thumb${current ? ' is-current' : ''}`} onClick={() => void useLayout.getState().openPage(page.id)} data-testid="page-thumb" data-page-number={page.number}>
      <div className="lx-thumb-page" style={{ height: THUMB_WIDTH * ratio }}>
        <div className="lx-thumb-svg" ref={ref} />
        <canvas className="lx-text" ref={canvasRef} aria-hidden="true" />
      </div>
      {t('pageName', { n: page.number, name: page.name })}
      {/* Who is laying this page out, seen from every desk. */}
      <LockBadge kind="page" id={page.id} />
    </button>
  );
}

/** Thumbnails of every page of the issue; stale ones are recomposed one after another. */
export function PageThumbs() {
  const t = useLayoutT();
  const issue = useLayout((s) => s.issue);
  const pageId = useLayout((s) => s.pageId);
  const lists = useLayout((s) => s.lists);
  const busy = useLayout((s) => s.busy);
  useEffect(() => {
    if (!issue || busy) return;
    const missing = issue.pages.find((p) => !lists[p.id]);
    // One page at a time, and only while the desk is idle, so thumbnails never delay an edit.
    if (missing) void useLayout.getState().ensureList(missing.id).catch(() => undefined);
  }, [issue, lists, busy]);
  if (!issue) return null;
  return (
    <nav className="lx-thumbs" data-testid="page-thumbs" aria-label={t('thumbs')}>
      {issue.pages.map((p) => (
        <Thumb key={p.id} page={p} list={lists[p.id]} current={p.id === pageId} />
      ))}
    </nav>
  );
}
