import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Page } from '../../../../shared/model/layout';
import { useLayoutT } from './messages';
import { useImages } from './images-store';
import { ensureFonts, pageSvgMarkup } from './paint';
import { useLayout, type DisplayList } from './store';

function Thumb({ page, list, current }: { page: Page; list: DisplayList | undefined; current: boolean }) {
  const t = useLayoutT();
  const ref = useRef<HTMLDivElement>(null);
  // Pictures the canvas has fetched show in the thumbnail too; others stay grey placeholders.
  const urls = useImages((s) => s.urls);
  const markup = useMemo(() => (list ? pageSvgMarkup(list, urls) : ''), [list, urls]);
  useLayoutEffect(() => {
    if (!ref.current) return;
    ref.current.innerHTML = markup;
    if (list) void ensureFonts(list.fonts);
  }, [markup, list]);
  const ratio = list ? list.height / list.width : 540 / 390;
  return (
    <button type="button" className={`lx-thumb${current ? ' is-current' : ''}`} onClick={() => void useLayout.getState().openPage(page.id)} data-testid="page-thumb" data-page-number={page.number}>
      <div className="lx-thumb-svg" ref={ref} style={{ height: 112 * ratio }} />
      {t('pageName', { n: page.number, name: page.name })}
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
