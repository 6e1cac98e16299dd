import type { ParamsIn } from '../../../../shared/api/contract';
import type { FindingView } from '../../../../shared/api/methods/proofing';
import type { CorrectionKind } from '../../../../shared/model/proofing';

export type AddParams = ParamsIn<'corrections.add'>;

/** Code points of a string in reverse order: the natural 对调 of a two-character span. */
export const reversed = (s: string): string => [...s].reverse().join('');

/** The kind a fresh selection suggests: a caret inserts, a span is corrected. */
export const defaultKind = (start: number, end: number): CorrectionKind => (start === end ? 'insert' : 'replace');

/**
 * Turn what the user selected and typed into `corrections.add` params whose span and replacement
 * mean what the GB/T 14706 kind says, so the core's shape check passes for honest input:
 * 接排 takes the paragraph break next to the caret, 另起段 and 增补 happen at the caret,
 * 批注 and 删除 carry no new text. Returns null when the selection cannot carry that kind.
 */
export function correctionParams(
  storyId: number,
  body: string,
  sel: { start: number; end: number },
  input: { kind: CorrectionKind; replacement: string; comment: string; errorClass: 'A' | 'B' | 'C' },
): AddParams | null {
  const { kind } = input;
  let { start, end } = sel;
  let replacement = input.replacement;
  switch (kind) {
    case 'insert':
    case 'split':
      // Both act at one point: the start of the selection.
      end = start;
      replacement = kind === 'split' ? '\n' : replacement;
      if (kind === 'insert' && replacement === '') return null;
      break;
    case 'join': {
      if (body.slice(start, end) !== '\n') {
        // A caret at the end of a paragraph, or at the start of the next, names the break between them.
        const at = body[start] === '\n' ? start : body[start - 1] === '\n' ? start - 1 : body.indexOf('\n', start);
        if (at < 0) return null;
        start = at;
        end = at + 1;
      }
      replacement = '';
      break;
    }
    case 'delete':
      if (start === end) return null;
      replacement = '';
      break;
    case 'comment':
      replacement = '';
      if (input.comment.trim() === '') return null;
      break;
    case 'replace':
      if (start === end || replacement === '' || replacement === body.slice(start, end)) return null;
      break;
    case 'transpose': {
      const original = body.slice(start, end);
      if ([...original].length < 2) return null;
      if (replacement === '' || replacement === original) replacement = reversed(original);
      break;
    }
  }
  return { storyId, kind, start, end, replacement, comment: input.comment, errorClass: input.errorClass };
}

/**
 * One click from a checker finding to a tracked correction: an empty suggestion deletes the span,
 * an empty span inserts the suggestion, otherwise the span is replaced. Only body findings can be
 * marked (corrections are offsets into the body), and only when they would change something.
 */
export function findingToCorrection(storyId: number, f: FindingView, body: string): AddParams | null {
  if (f.field !== 'body') return null;
  const original = body.slice(f.start, f.end);
  if (f.suggestion === original) return null;
  // A sentence broken across paragraphs is reported on the break itself: mending it is 接排.
  const kind: CorrectionKind =
    f.start === f.end ? 'insert' : f.suggestion === '' ? (original === '\n' ? 'join' : 'delete') : 'replace';
  if (kind === 'insert' && f.suggestion === '') return null;
  return {
    storyId, kind, start: f.start, end: f.end, replacement: f.suggestion,
    comment: f.message.slice(0, 2000), errorClass: 'C', category: f.category.slice(0, 60),
  };
}
