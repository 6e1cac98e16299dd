import { useEffect, useRef, useState } from 'react';
import { categoryName } from '../../../../shared/proof/category-names';
import type { LiveFinding } from './live-check';
import { liveFindingsAt } from './live-check-plugin';
import { FindingFixButton, FindingGroupTag } from './FindingParts';
import { useEditor } from './store';

interface Tip {
  findings: LiveFinding[];
  x: number;
  y: number;
}


/**
 * The message of a live underline on hover, in its category colour, with the suggestion one click
 * away (an ordinary edit here: tracked corrections belong to the 校对 view).
 */
export function LiveFindingTip() {
  const view = useEditor((s) => s.view);
  const [tip, setTip] = useState<Tip | null>(null);
  const hide = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!view) return;
    const dom = view.dom;
    const over = (e: MouseEvent): void => {
      const el = (e.target as HTMLElement | null)?.closest<HTMLElement>('.bx-live, .bx-live-gap');
      if (!el) return;
      clearTimeout(hide.current);
      const findings = liveFindingsAt(view.state, view.posAtDOM(el, 0));
      if (!findings.length) return;
      const box = el.getBoundingClientRect();
      setTip({ findings, x: box.left, y: box.bottom + 4 });
    };
    const out = (e: MouseEvent): void => {
      if ((e.target as HTMLElement | null)?.closest('.bx-live, .bx-live-gap')) {
        clearTimeout(hide.current);
        hide.current = setTimeout(() => setTip(null), 250);
      }
    };
    // Typing moves the text under the tip: close it.
    const typing = (): void => setTip(null);
    dom.addEventListener('mouseover', over);
    dom.addEventListener('mouseout', out);
    dom.addEventListener('keydown', typing);
    return () => {
      dom.removeEventListener('mouseover', over);
      dom.removeEventListener('mouseout', out);
      dom.removeEventListener('keydown', typing);
      clearTimeout(hide.current);
    };
  }, [view]);

  if (!tip || !view) return null;
  const apply = (f: LiveFinding): void => {
    // The tip may be stale if the text moved: only replace what the finding still covers.
    if (liveFindingsAt(view.state, f.from).some((g) => g.from === f.from && g.to === f.to)) {
      view.dispatch(f.suggestion ? view.state.tr.insertText(f.suggestion, f.from, f.to) : view.state.tr.delete(f.from, f.to));
    }
    setTip(null);
    view.focus();
  };
  return (
    <div
      className="bx-live-tip"
      style={{ left: tip.x, top: tip.y }}
      onMouseEnter={() => clearTimeout(hide.current)}
      onMouseLeave={() => setTip(null)}
      data-testid="live-tip"
    >
      {tip.findings.map((f) => (
        <div key={`${f.category}-${f.from}-${f.to}`} className="bx-live-tip-item">
          <FindingGroupTag category={f.category} />
          <span className="bx-live-tip-cat">{categoryName(f.category)}</span>
          <div className="bx-live-tip-msg" data-testid="live-tip-message">{f.message}</div>
          {f.from < f.to && <FindingFixButton suggestion={f.suggestion} onClick={() => apply(f)} testId="live-fix" />}
        </div>
      ))}
    </div>
  );
}
