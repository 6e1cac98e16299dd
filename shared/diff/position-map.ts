import type { DiffOp } from './char-diff';

/**
 * Map UTF-16 positions in the old text to the new text through a diff. `assoc` says which side a
 * position sticks to when text is inserted exactly there (-1: before the insertion, 1: after), as
 * ProseMirror's mapping does. A position inside deleted text collapses to the deletion point.
 */
export function positionMapper(ops: readonly DiffOp[]): (pos: number, assoc?: -1 | 1) => number {
  return (pos, assoc = -1) => {
    let o = 0; // position in the old text at the start of the current op
    let n = 0; // the same place in the new text
    for (const op of ops) {
      const len = op.text.length;
      if (op.op === 'insert') {
        if (pos === o && assoc < 0) return n;
        n += len;
      } else if (pos < o + len) {
        return op.op === 'equal' ? n + (pos - o) : n;
      } else {
        o += len;
        if (op.op === 'equal') n += len;
      }
    }
    return n + (pos - o);
  };
}
