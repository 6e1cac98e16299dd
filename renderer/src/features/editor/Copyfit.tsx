import { useEffect, useState } from 'react';
import type { Result } from '../../../../shared/api/contract';
import { api } from '../../api/connection';
import { useT } from '../../i18n/use-t';
import { useEditor } from './store';

type Fit = Result<'layout.copyfit'>;

/** Copyfit follows typing after this pause (the flow itself takes about a millisecond). */
const COPYFIT_DELAY_MS = 120;

/**
 * Copyfit while writing: a moment after each keystroke the composer flows the unsaved draft
 * through the story's frames on the pages — the same pass that draws the page — and this shows
 * 超 N 字 / 还差 N 字, without waiting for the autosave. Nothing shows for a story not yet placed.
 */
export function Copyfit() {
  const t = useT();
  const id = useEditor((s) => s.story?.id);
  const content = useEditor((s) => s.content);
  const [fit, setFit] = useState<Fit | null>(null);
  useEffect(() => {
    if (id === undefined || !content) return;
    let live = true;
    const timer = setTimeout(() => {
      api()
        .call('layout.copyfit', { storyId: id, content })
        .then((f) => live && setFit(f))
        .catch(() => live && setFit(null));
    }, COPYFIT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id, content]);
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
