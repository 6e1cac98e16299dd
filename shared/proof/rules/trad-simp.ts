import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { isHanCodePoint } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { inKeptWord, wordHits } from './trad-simp-words';

interface Tables {
  /** Traditional code points whose simplified form differs. */
  trad: Set<number>;
  /** 1 for BMP traditional code units; astral ones are looked up in `trad`. */
  bmp: Uint8Array;
  /** OpenCC t→s with phrase segmentation (乾坤 stays 乾坤, 乾淨 becomes 干净). */
  convert: (s: string) => string;
}

// Characters OpenCC maps to another form but that stand in simplified text too:
// 於 is a surname; 夥 and 徵 keep their own senses in 《通用规范汉字表》; 薹 is standard (蒜薹、芸薹).
const EXCEPTIONS = new Set(['於', '夥', '徵', '薹'].map((c) => c.codePointAt(0) ?? 0));

let tables: Tables | null = null;

// Built on first use so that loading the checker costs nothing until a text is checked.
function load(): Tables {
  if (tables) return tables;
  const trad = new Set<number>();
  for (const pair of TSCharacters.split('|')) {
    const [t, s] = pair.split(' ');
    if (!t || !s || t === s) continue;
    const cp = t.codePointAt(0);
    if (cp !== undefined && !EXCEPTIONS.has(cp)) trad.add(cp);
  }
  const bmp = new Uint8Array(0x10000);
  for (const cp of trad) if (cp <= 0xffff) bmp[cp] = 1;
  tables = { trad, bmp, convert: ConverterFactory([TSPhrases, TSCharacters]) };
  return tables;
}

const WINDOW = 8;

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const { trad, bmp, convert } = load();
  const hits: Hit[] = [];
  let i = 0;
  while (i < s.length) {
    const unit = s.charCodeAt(i);
    // a typed-array test per code unit; surrogate pairs go through the Set
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const w = isHigh ? 2 : 1;
    if ((isHigh ? !trad.has(s.codePointAt(i) ?? 0) : bmp[unit] === 0) || inKeptWord(s, i)) {
      i += w;
      continue;
    }
    // convert a window of Han text around the hit so phrase entries can apply
    let a = i;
    for (let k = 0; k < WINDOW && a > 0 && isHanCodePoint(s.codePointAt(a - 1) ?? 0); k++) a--;
    let b = i;
    while (b < s.length && b - i < WINDOW * 2) {
      const c = s.codePointAt(b) ?? 0;
      if (!isHanCodePoint(c)) break;
      b += c > 0xffff ? 2 : 1;
    }
    const src = s.slice(a, b);
    const out = convert(src);
    if (out.length !== src.length) {
      // a phrase entry changed the length: fall back to the character table alone
      hits.push(hit(i, i + w, convert(s.slice(i, i + w))));
      i += w;
      continue;
    }
    // report every changed character of the window that lies at or after i, merged into runs
    let j = i - a;
    let end = i;
    let runStart = -1;
    while (j < src.length) {
      const sc = src.codePointAt(j) ?? 0;
      const width = sc > 0xffff ? 2 : 1;
      const changed = src.slice(j, j + width) !== out.slice(j, j + width) && !EXCEPTIONS.has(sc);
      if (changed && runStart < 0) runStart = j;
      if (!changed && runStart >= 0) break;
      if (!changed && runStart < 0) break;
      j += width;
      end = a + j;
    }
    if (runStart >= 0) hits.push(hit(a + runStart, end, out.slice(runStart, end - a)));
    i = Math.max(end, i + w);
  }
  return hits.concat(wordHits(s));
}

function hit(start: number, end: number, suggestion: string): Hit {
  return {
    start,
    end,
    suggestion,
    message: `《通用规范汉字表》：简体文本中混入了繁体字，应作“${suggestion}”（OpenCC 繁简对照）。`,
  };
}

/** Traditional characters in simplified text (OpenCC phrase-aware t→s). */
export const tradSimpRule: Rule = { id: 'trad-simp-mix/opencc', category: 'trad-simp-mix', check };
