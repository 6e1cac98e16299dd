import { codePointAt, codePointBefore, isHanCodePoint } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';

const BODY_PUNCT = /[，。、；：？！,.;:?!]/;

function check(ctx: RuleContext): Hit[] {
  const prev = ctx.prev?.trimEnd();
  const cur = ctx.text.trimStart();
  if (!prev || !cur || cur.length !== ctx.text.length) return [];
  // a body paragraph cut in mid-word: it ends on a Han character with no closing mark, the
  // next one starts on a Han character, and both carry sentence punctuation (so neither is
  // a headline, byline or folio line)
  if (!isHanCodePoint(codePointBefore(prev, prev.length))) return [];
  if (!isHanCodePoint(codePointAt(cur, 0))) return [];
  if (prev.length < 8 || !BODY_PUNCT.test(prev) || !BODY_PUNCT.test(cur)) return [];
  return [
    {
      start: 0,
      end: 0,
      suggestion: '',
      message: '段落在句子中间断开（多为PDF分栏提取所致），应与上段接排（GB/T 14706《校对符号及其用法》接排号）。',
    },
  ];
}

/**
 * Paragraph broken inside a sentence. Reported on the second half: zero-width at its
 * start in checkParagraphs; checkText widens it to the line break(s) to delete.
 */
export const brokenParagraphRule: Rule = { id: 'broken-paragraph/mid-sentence', category: 'broken-paragraph', check };
