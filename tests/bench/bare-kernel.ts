// The least any composer must do per character, as a yardstick for compose-vs-chromium: class
// and advance from tables, a greedy break with a two-sided 禁则 check, and a justified x for
// every glyph written into one preallocated array. None of what makes the real composer's
// output right (squeeze before push, punctuation adjustment, CJK–Latin spacing, ——/…… and
// number–unit pairs, overfull and forced-break flags, warnings, line and run objects for the
// painter and the PDF writer) — it is a floor to compare against, never used to set text.
import { classifyCodePoint, CharClass } from '../../shared/typeset/char-class';
import type { FontSet } from '../../shared/typeset/font-set';
import { kinsokuTable } from '../../shared/typeset/kinsoku';

/** A kernel over `paragraphs` at `measureEm` with a two-em first-line indent; returns its run function (lines set). */
export function bareKernel(paragraphs: readonly string[], fonts: FontSet, measureEm: number, sizePt: number): () => number {
  const cls = new Uint8Array(0x10000);
  const adv = new Uint16Array(0x10000);
  for (const p of paragraphs) {
    for (let i = 0; i < p.length; i++) {
      const cp = p.charCodeAt(i);
      cls[cp] = classifyCodePoint(cp);
      adv[cp] = cls[cp]! <= CharClass.Solidus ? 1000 : fonts.advanceOf(cp);
    }
  }
  const { noStart, noEnd } = kinsokuTable('gb');
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const xs = new Float64Array(chars);
  const ends = new Int32Array(chars);
  const measure = measureEm * 1000;
  const k = sizePt / 1000;
  return () => {
    let g = 0;
    let lines = 0;
    for (const t of paragraphs) {
      const n = t.length;
      let s = 0;
      while (s < n) {
        const indent = s === 0 ? 2000 : 0;
        const avail = measure - indent;
        let x = 0;
        let i = s;
        for (; i < n; i++) {
          const w = adv[t.charCodeAt(i)]!;
          if (x + w > avail) break;
          x += w;
        }
        let e = i;
        if (e < n) while (e > s + 1 && (noStart[cls[t.charCodeAt(e)]!] === 1 || noEnd[cls[t.charCodeAt(e - 1)]!] === 1)) e--;
        let w = 0;
        for (let j = s; j < e; j++) w += adv[t.charCodeAt(j)]!;
        const slack = e < n && e - s > 1 ? (avail - w) / (e - s - 1) : 0;
        let pen = indent;
        for (let j = s; j < e; j++) {
          xs[g++] = pen * k;
          pen += adv[t.charCodeAt(j)]! + slack;
        }
        ends[lines++] = e;
        s = e;
      }
    }
    return lines;
  };
}
