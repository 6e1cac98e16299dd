import { useMemo } from 'react';
import { pageFill } from './geometry';
import { useLayoutT } from './messages';
import { gridOfPage, useLayout } from './store';

/** Under the page: fill, frames, selection, overset and warnings, and whether the core is composing. */
export function LayoutStatus() {
  const t = useLayoutT();
  const issue = useLayout((s) => s.issue);
  const pageId = useLayout((s) => s.pageId);
  const frames = useLayout((s) => s.frames);
  const selected = useLayout((s) => s.selected);
  const busy = useLayout((s) => s.busy);
  const error = useLayout((s) => s.error);
  const list = useLayout((s) => (s.pageId !== null ? s.lists[s.pageId] : undefined));
  const page = issue?.pages.find((p) => p.id === pageId);
  // What the composer found on the page (text down to its last line); frames alone until it answers.
  const framed = useMemo(() => (page ? pageFill(gridOfPage(page), frames) : 0), [page, frames]);
  const fill = list?.fill?.share ?? framed;
  const unfilled = list?.fill ? list.fill.emptyFoot.filter((n) => n >= Math.max(2, Math.ceil(list.fill!.rows * 0.1)) && n < list.fill!.rows).length : 0;
  const over = list?.frames.filter((f) => f.overset) ?? [];
  if (!page) return null;
  return (
    <div className="lx-status" data-testid="layout-status">
      <span data-testid="page-fill" data-fill={fill.toFixed(4)} data-framed={framed.toFixed(4)} className={fill < 0.6 ? 'lx-bad' : undefined}>
        {t('fill', { pct: Math.round(fill * 100) })}
        {unfilled > 0 && ` · ${t('unfilledColumns', { n: unfilled })}`}
      </span>
      <span>{t('frames', { n: frames.length })}</span>
      {selected.length > 0 && <span data-testid="selection-count">{t('selected', { n: selected.length })}</span>}
      {over.map((f) => (
        <span key={f.id} className="lx-bad">
          {t('overset', { chars: f.overset!.chars, lines: f.overset!.lines })}
        </span>
      ))}
      {list && list.warnings.length > 0 && <span title={list.warnings.map((w) => w.message).join('\n')}>{t('warnings', { n: list.warnings.length })}</span>}
      <span className="bx-spacer" />
      {error && (
        <span className="lx-bad" data-testid="layout-error">
          {t('loadFailed', { msg: error })}
        </span>
      )}
      <span data-testid="layout-busy" data-busy={busy ? 'true' : 'false'}>
        {busy ? t('busy') : t('saved')}
      </span>
    </div>
  );
}
