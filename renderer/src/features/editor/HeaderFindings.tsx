import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useLexicons } from '../proof/lexicon-store';
import { loadChecker } from './live-check-plugin';
import { FindingFixButton, FindingGroupTag } from './FindingParts';
import { applyHeaderFix, headerFindings, type HeaderFinding } from './header-findings';
import { useEditor } from './store';

/** As in the body: a pause in typing, then the check. */
const DELAY_MS = 250;

/**
 * Live checking of 引题 / 主题 / 副题: the same checker and lists as the body's underlines, shown as
 * a short list under the fields (an input cannot carry underlines), each with its one-click fix.
 */
export function HeaderFindings() {
  const t = useT();
  const liveCheck = useEditor((s) => s.liveCheck);
  const kicker = useEditor((s) => s.content?.kicker ?? '');
  const headline = useEditor((s) => s.content?.headline ?? '');
  const subhead = useEditor((s) => s.content?.subhead ?? '');
  const lexicons = useLexicons((s) => s.lexicons);
  const [found, setFound] = useState<HeaderFinding[]>([]);

  useEffect(() => {
    if (liveCheck) void useLexicons.getState().ensure();
  }, [liveCheck]);
  useEffect(() => {
    if (!liveCheck || !lexicons) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void loadChecker().then((mod) => {
        if (!live) return;
        setFound(headerFindings({ kicker, headline, subhead }, (p) => mod.checkParagraphs([p], undefined, { lexicons })[0] ?? []));
      });
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [liveCheck, lexicons, kicker, headline, subhead]);

  if (found.length === 0) return null;
  const fix = (f: HeaderFinding): void => {
    const { content, setField } = useEditor.getState();
    const next = content ? applyHeaderFix(content[f.field], f) : null;
    if (next !== null) setField(f.field, next);
  };
  return (
    <ul className="bx-header-findings" data-testid="header-findings">
      {found.map((f) => (
        <li key={`${f.field}-${f.start}-${f.category}`} data-testid="header-finding" data-field={f.field} data-category={f.category}>
          <span className="bx-header-finding-field">{t(`field.${f.field}`)}</span>
          <FindingGroupTag category={f.category} />
          <span className="bx-header-finding-text">
            {f.text.slice(Math.max(0, f.start - 4), f.start)}
            <mark>{f.text.slice(f.start, f.end) || '␣'}</mark>
            {f.text.slice(f.end, f.end + 4)}
          </span>
          <span className="bx-header-finding-msg">{f.message}</span>
          {f.start < f.end && <FindingFixButton suggestion={f.suggestion} onClick={() => fix(f)} testId="header-fix" />}
        </li>
      ))}
    </ul>
  );
}
