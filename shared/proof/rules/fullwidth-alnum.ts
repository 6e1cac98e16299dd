import type { Hit, Rule, RuleContext } from '../types';

// Full-width digits/letters (and a full-width point between full-width digits).
const RE = /[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)?/g;

function toAscii(s: string): string {
  let out = '';
  for (const ch of s) out += String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  return out;
}

function check(ctx: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of ctx.text.matchAll(RE)) {
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: toAscii(m[0]),
      message: '阿拉伯数字和拉丁字母应使用半角形式，不用全角（GB/T 15835-2011《出版物上数字用法》5.1.7；W3C clreq 3.2.1）。',
    });
  }
  return hits;
}

/** Full-width digits and Latin letters → ASCII. */
export const fullwidthAlnumRule: Rule = { id: 'fullwidth-alnum/to-ascii', category: 'fullwidth-alnum', check };
