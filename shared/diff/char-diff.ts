/**
 * Character-level diff for Chinese copy. Works on code points, so an astral character (𠮷) is one
 * unit and never split; Myers' O(ND) algorithm after trimming the common prefix and suffix, which
 * is what makes typical edits (a few characters in a long story) cheap. Past a budget of edits the
 * diff falls back to whole-line granularity so a rewrite never stalls the UI.
 */
export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

const MAX_EDIT_DISTANCE = 4000;

export function diffChars(a: string, b: string): DiffOp[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  const x = Array.from(a);
  const y = Array.from(b);
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const midA = x.slice(pre, x.length - suf);
  const midB = y.slice(pre, y.length - suf);
  const ops: DiffOp[] = [];
  push(ops, 'equal', x.slice(0, pre).join(''));
  const middle = myers(midA, midB) ?? lineFallback(midA.join(''), midB.join(''));
  for (const o of middle) push(ops, o.op, o.text);
  push(ops, 'equal', x.slice(x.length - suf).join(''));
  return ops;
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last.op === op) last.text += text;
  else ops.push({ op, text });
}

/** Myers shortest edit script; null when the edit distance exceeds the budget. */
function myers(a: string[], b: string[]): DiffOp[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m ? [{ op: 'insert', text: b.join('') }] : [];
  if (m === 0) return [{ op: 'delete', text: a.join('') }];
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let xi: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) xi = v[offset + k + 1]!;
      else xi = v[offset + k - 1]! + 1;
      let yi = xi - k;
      while (xi < n && yi < m && a[xi] === b[yi]) {
        xi++;
        yi++;
      }
      v[offset + k] = xi;
      if (xi >= n && yi >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, dEnd: number): DiffOp[] {
  const rev: DiffOp[] = [];
  let xi = a.length;
  let yi = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = xi - yi;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (xi > prevX && yi > prevY) {
      rev.push({ op: 'equal', text: a[--xi]! });
      yi--;
    }
    if (xi === prevX) rev.push({ op: 'insert', text: b[--yi]! });
    else rev.push({ op: 'delete', text: a[--xi]! });
  }
  while (xi > 0 && yi > 0) {
    rev.push({ op: 'equal', text: a[--xi]! });
    yi--;
  }
  const ops: DiffOp[] = [];
  for (let i = rev.length - 1; i >= 0; i--) push(ops, rev[i]!.op, rev[i]!.text);
  return ops;
}

function lineFallback(a: string, b: string): DiffOp[] {
  const ops: DiffOp[] = [];
  push(ops, 'delete', a);
  push(ops, 'insert', b);
  return ops;
}

/** Rebuild either side from a diff: old = equal+delete, new = equal+insert. */
export function applySide(ops: readonly DiffOp[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return ops.filter((o) => o.op !== skip).map((o) => o.text).join('');
}
