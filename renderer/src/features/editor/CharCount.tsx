import { useMemo } from 'react';
import { countChars } from '../../../../shared/text/count-chars';
import { useT } from '../../i18n/use-t';
import { useEditor } from './store';

/** Live 字数 of the body (the newsroom count: Han 1, full-width 1, half-width ½), and paragraphs. */
export function CharCount() {
  const t = useT();
  const body = useEditor((s) => s.content?.body);
  const { chars, paras } = useMemo(() => {
    const blocks = body ?? [];
    return { chars: blocks.reduce((n, b) => n + countChars(b.text), 0), paras: blocks.length };
  }, [body]);
  return (
    <span className="bx-charcount" data-testid="char-count">
      {t('editor.bodyChars', { n: chars })} · {t('editor.paragraphs', { n: paras })}
    </span>
  );
}
