import type { Correction } from '../../../../shared/model/proofing';

/** A run of body text, with the open corrections whose span covers it. */
export interface TextPiece {
  type: 'text';
  start: number;
  end: number;
  text: string;
  covering: Correction[];
}

/** Something drawn at one point of the text that is not body text: inserted copy or a mark. */
export interface WidgetPiece {
  type: 'widget';
  at: number;
  correction: Correction;
  /** 'new' shows the new text (增补, 改正, 对调); 'split' and 'join' draw their marks. */
  show: 'new' | 'split' | 'join';
}

export type Piece = TextPiece | WidgetPiece;

/** One paragraph of the body as drawn in proof view: [start, end) in body offsets. */
export interface ProofParagraph {
  index: number;
  start: number;
  end: number;
  pieces: Piece[];
  /** Open corrections touching this paragraph, for its margin marks. */
  corrections: Correction[];
}

const widgetAt = (c: Correction, at: number): WidgetPiece['show'] | null => {
  if (c.kind === 'join') return c.start === at ? 'join' : null;
  if (c.kind === 'split') return c.start === at ? 'split' : null;
  if (c.kind === 'insert') return c.start === at ? 'new' : null;
  // The new text of a 改正 / 对调 follows the circled text, as in a marked-up proof.
  if (c.kind === 'replace' || c.kind === 'transpose') return c.end === at ? 'new' : null;
  return null;
};

/**
 * Lay the body text (paragraphs joined by "\n") out with its open corrections: each paragraph cut
 * at every correction boundary into text runs that know which corrections cover them, and the
 * widgets (new text, 另起/接排 marks) placed at their offsets. Text runs together always rebuild the
 * body exactly, so offsets read back from the DOM are body offsets.
 */
export function layoutProof(body: string, corrections: readonly Correction[]): ProofParagraph[] {
  const open = corrections.filter((c) => c.status === 'open');
  const paras: ProofParagraph[] = [];
  let start = 0;
  body.split('\n').forEach((text, index) => {
    const end = start + text.length;
    // A join names the break after this paragraph; a point correction at `end` belongs here too.
    const mine = open.filter((c) => (c.start < end && c.end > start) || (c.start >= start && c.start <= end) || (c.end >= start && c.end <= end && c.end > c.start));
    const cuts = new Set<number>([start, end]);
    for (const c of mine) {
      if (c.start > start && c.start < end) cuts.add(c.start);
      if (c.end > start && c.end < end) cuts.add(c.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    const widgets = (at: number): void => {
      for (const c of mine) {
        const show = widgetAt(c, at);
        if (show) pieces.push({ type: 'widget', at, correction: c, show });
      }
    };
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      widgets(a);
      const b = sorted[i + 1];
      if (b === undefined) break;
      pieces.push({ type: 'text', start: a, end: b, text: body.slice(a, b), covering: mine.filter((c) => c.start < b && c.end > a) });
    }
    // Margin marks: every correction drawn in this paragraph, once, in text order.
    const drawn = new Set(pieces.flatMap((p) => (p.type === 'widget' ? [p.correction] : p.covering)));
    paras.push({ index, start, end, pieces, corrections: mine.filter((c) => drawn.has(c)) });
    start = end + 1;
  });
  return paras;
}
