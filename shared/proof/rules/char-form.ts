import type { Hit, Rule, RuleContext } from '../types';

// Characters typed for 〇 in a Han-numeral year or number: Latin O/o, Cyrillic О, white
// circle ○, digit 0 (ASCII and full-width).
const ZERO_LIKE = 'OoО○0０';

// Cyrillic letters that look like Latin ones, inside an otherwise Latin word.
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  const zeroLike = /[一二三四五六七八九〇零][OoО○0０]|[OoО○0０][一二三四五六七八九〇零]/.test(s);
  if (zeroLike) for (const m of s.matchAll(/[〇零OoО○0０一二三四五六七八九]{3,}/g)) {
    const run = m[0];
    const han = run.match(/[一二三四五六七八九〇零]/g)?.length ?? 0;
    if (han < 2) continue;
    for (let k = 0; k < run.length; k++) {
      const ch = run[k] ?? '';
      if (!ZERO_LIKE.includes(ch)) continue;
      hits.push({
        start: m.index + k,
        end: m.index + k + 1,
        suggestion: '〇',
        message: `汉字数字中的零应为“〇”（U+3007），此处误用了形近的“${ch}”（U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}）（GB/T 15835-2011《出版物上数字用法》）。`,
      });
    }
  }
  if (/[\u0400-\u04ff]/.test(s)) for (const m of s.matchAll(/[A-Za-z\u0400-\u04ff]{2,}/g)) {
    const w = m[0];
    if (!/[A-Za-z]/.test(w) || !/[\u0400-\u04ff]/.test(w)) continue;
    for (let k = 0; k < w.length; k++) {
      const latin = CYRILLIC_LATIN[w[k] ?? ''];
      if (!latin) continue;
      hits.push({
        start: m.index + k,
        end: m.index + k + 1,
        suggestion: latin,
        message: `拉丁字母单词中混入了形近的西里尔字母“${w[k]}”，应为拉丁字母“${latin}”。`,
      });
    }
  }
  return hits;
}

/** Look-alike characters: Latin O in 二O二四, Cyrillic letters in Latin words. */
export const charFormRule: Rule = { id: 'char-form/look-alike', category: 'char-form', check };
