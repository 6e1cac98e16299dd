import { useMemo, useRef } from 'react';
import { CORRECTION_LABELS, type Correction } from '../../../../shared/model/proofing';
import { roundColour } from './colours';
import { selectionSpan, snapToCharacters } from './dom-offsets';
import { useLabel, useProofT } from './messages';
import { PersonBadge } from './PersonBadge';
import { layoutProof, type Piece } from './pieces';
import { useProof } from './store';
import './proof.css';

const STRUCK = new Set(['delete', 'replace', 'transpose']);

function TextRun({ piece }: { piece: Extract<Piece, { type: 'text' }> }) {
  const top = piece.covering[piece.covering.length - 1];
  if (!top) return <span data-at={piece.start}>{piece.text}</span>;
  const cls = top.kind === 'comment' ? 'bx-pf-note' : top.kind === 'transpose' ? 'bx-pf-swap' : STRUCK.has(top.kind) ? 'bx-pf-del' : 'bx-pf-span';
  const colour = roundColour(top.round);
  return (
    <span
      data-at={piece.start}
      className={cls}
      style={{ textDecorationColor: colour, ...(top.kind === 'comment' ? { borderBottomColor: colour } : {}) }}
      data-testid="pf-span"
      data-kind={top.kind}
      data-correction={top.id}
      title={top.comment || CORRECTION_LABELS[top.kind].mark}
    >
      {piece.text}
    </span>
  );
}

function Widget({ c, show, at }: { c: Correction; show: 'new' | 'split' | 'join'; at: number }) {
  const label = useLabel();
  const colour = roundColour(c.round);
  const text = show === 'new' ? c.replacement : show === 'split' ? '⌐' : '⌒';
  return (
    <ins
      data-at={at}
      data-widget=""
      className={show === 'new' ? 'bx-pf-ins' : 'bx-pf-sign'}
      style={{ color: colour }}
      data-testid="pf-ins"
      data-kind={c.kind}
      data-correction={c.id}
      title={`${label(CORRECTION_LABELS[c.kind])}：${CORRECTION_LABELS[c.kind].mark}`}
    >
      {text}
    </ins>
  );
}

function MarginMarks({ list }: { list: Correction[] }) {
  const label = useLabel();
  const t = useProofT();
  return (
    <aside className="bx-pf-margin" contentEditable={false}>
      {list.map((c) => (
        <div key={c.id} className="bx-pf-mark" style={{ color: roundColour(c.round) }} data-testid="margin-mark" data-correction={c.id} title={CORRECTION_LABELS[c.kind].mark}>
          <PersonBadge userId={c.authorId} name={c.authorName} />
          <span>{label(CORRECTION_LABELS[c.kind])}</span>
          <span className="bx-pf-round">{t('round', { n: c.round })}</span>
        </div>
      ))}
    </aside>
  );
}

/**
 * The story as read-only proof copy: headline fields, then the body with its open corrections
 * drawn in place and their GB/T 14706 marks in the margin. Selecting text (or placing a caret)
 * in the body records a span in body offsets for the mark toolbar.
 */
export function ProofText() {
  const t = useProofT();
  const { story, body, corrections, select } = useProof();
  const root = useRef<HTMLDivElement>(null);
  const paras = useMemo(() => layoutProof(body, corrections), [body, corrections]);
  if (!story) return null;
  const c = story.content;
  const onPointerUp = (): void => {
    const el = root.current;
    const span = el ? selectionSpan(el, window.getSelection()) : null;
    if (span) select(snapToCharacters(body, span.start, span.end));
  };
  return (
    <div className="bx-pf-paper">
      <div className="bx-pf-heads" data-testid="proof-heads">
        {c.kicker && <div className="bx-pf-kicker" title={t('fieldKicker')}>{c.kicker}</div>}
        <h2 className="bx-pf-headline" title={t('fieldHeadline')} data-testid="proof-headline">
          {c.headline}
        </h2>
        {c.subhead && <div className="bx-pf-subhead" title={t('fieldSubhead')}>{c.subhead}</div>}
        {(c.byline || c.dateline) && (
          <div className="bx-pf-credit">
            {c.byline && <span title={t('fieldByline')}>{c.byline}</span>} {c.dateline && <span title={t('fieldDateline')}>{c.dateline}</span>}
          </div>
        )}
      </div>
      <div ref={root} className="bx-pf-body" data-testid="proof-body" onMouseUp={onPointerUp} onKeyUp={onPointerUp}>
        {paras.map((p) => (
          <div key={p.index} className="bx-pf-row">
            <p className={story.content.body[p.index]?.type === 'subheading' ? 'bx-pf-p bx-pf-sub' : 'bx-pf-p'} data-at={p.start} data-end={p.end} data-testid="proof-para">
              {p.pieces.map((piece) =>
                piece.type === 'text' ? (
                  <TextRun key={`t${piece.start}`} piece={piece} />
                ) : (
                  <Widget key={`w${piece.correction.id}-${piece.at}`} c={piece.correction} show={piece.show} at={piece.at} />
                ),
              )}
            </p>
            <MarginMarks list={p.corrections} />
          </div>
        ))}
      </div>
    </div>
  );
}
