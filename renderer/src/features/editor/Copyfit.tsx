import { useEffect, useState } from 'react';
import type { Result } from '../../../../shared/api/contract';
import { api } from '../../api/connection';
import { useT } from '../../i18n/use-t';
import { useEditor } from './store';

type Fit = Result<'layout.copyfit'>;

/**
 * Copyfit while writing: after each saved revision, the composer flows the story through its
 * frames on the pages — the same pass that draws the page — and this shows 超 N 字 / 还差 N 字.
 * Nothing is shown for a story that is not on a page yet.
 */
export function Copyfit() {
  const t = useT();
  const id = useEditor((s) => s.story?.id);
  const revision = useEditor((s) => s.story?.revision);
  const [fit, setFit] = useState<Fit | null>(null);
  useEffect(() => {
    if (id === undefined) return;
    let live = true;
    api()
      .call('layout.copyfit', { storyId: id })
      .then((f) => live && setFit(f))
      .catch(() => live && setFit(null));
    return () => {
      live = false;
    };
  }, [id, revision]);
  if (!fit?.placed) return null;
  const over = fit.overChars > 0 || fit.overLines > 0;
  const text = over
    ? t('editor.copyfitOver', { chars: fit.overChars, lines: fit.overLines })
    : fit.underChars > 0 || fit.underLines > 0
      ? t('editor.copyfitUnder', { chars: fit.underChars, lines: fit.underLines })
      : t('editor.copyfitExact');
  return (
    <span className={over ? 'bx-copyfit bx-copyfit-over' : 'bx-copyfit'} data-testid="copyfit">
      {text}
    </span>
  );
}
