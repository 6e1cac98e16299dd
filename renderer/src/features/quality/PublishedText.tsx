import { Fragment, useMemo, useRef } from 'react';
import type { QualityMark } from '../../../../shared/model/quality';
import { selectionSpan, snapToCharacters } from '../proof/dom-offsets';

interface Run {
  start: number;
  text: string;
  marked: QualityMark | null;
}

/** A paragraph's text cut where marks begin and end, each run knowing the mark over it (the latest). */
function runs(text: string, from: number, marks: readonly QualityMark[]): Run[] {
  const to = from + text.length;
  const cuts = new Set([from, to]);
  for (const m of marks) for (const x of [m.start, m.end]) if (x > from && x < to) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((a, i) => {
    const b = points[i + 1]!;
    const over = marks.filter((m) => m.start <= a && m.end >= b && m.end > m.start);
    return { start: a, text: text.slice(a - from, b - from), marked: over[over.length - 1] ?? null };
  });
}

/** A missing character marked at an insertion point: a caret where it belongs. */
function Carets({ marks, at }: { marks: readonly QualityMark[]; at: number }) {
  return marks.filter((m) => m.start === m.end && m.start === at).map((m) => (
    <ins key={m.id} data-at={at} data-widget="" className="bx-qc-caret" data-testid="qc-caret" title={m.note}>‸</ins>
  ));
}

/**
 * The body as it went out, paragraph by paragraph, with the 质检's marks underlined; selecting
 * text (or clicking a caret, for a missing character) reports a body span in UTF-16 offsets.
 * Runs carry `data-at` so the proof view's offset mapping reads them.
 */
export function PublishedText({ body, marks, onSelect }: { body: string; marks: readonly QualityMark[]; onSelect: (span: { start: number; end: number } | null) => void }) {
  const root = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => {
    let at = 0;
    return body.split('\n').map((text) => {
      const p = { start: at, end: at + text.length, text };
      at = p.end + 1;
      return p;
    });
  }, [body]);
  const pick = () => {
    if (!root.current) return;
    const span = selectionSpan(root.current, window.getSelection());
    onSelect(span ? snapToCharacters(body, span.start, span.end) : null);
  };
  return (
    <div ref={root} className="bx-qc-text" data-testid="qc-text" onMouseUp={pick} onKeyUp={pick}>
      {paragraphs.map((p) => (
        <p key={p.start} data-at={p.start} data-end={p.end}>
          {runs(p.text, p.start, marks).map((r) => (
            <Fragment key={r.start}>
              <Carets marks={marks} at={r.start} />
              {r.marked ? (
                <mark data-at={r.start} className={`bx-qc-mark bx-qc-${r.marked.errorClass}`} data-testid="qc-span" data-mark={r.marked.id} title={r.marked.note}>
                  {r.text}
                </mark>
              ) : (
                <span data-at={r.start}>{r.text}</span>
              )}
            </Fragment>
          ))}
          <Carets marks={marks} at={p.end} />
        </p>
      ))}
    </div>
  );
}
