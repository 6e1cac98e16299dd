import { isAsciiLetter, isChineseAt, isChineseBefore, isSpace } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { memo } from './util';

const STD = 'GB/T 15834-2011《标点符号用法》4.8';

const OPEN_OF: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（', '】': '【', '〕': '〔' };
const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕' };
const NAME: Record<string, string> = { '“': '引号', '‘': '单引号', '《': '书名号', '〈': '书名号', '（': '括号', '【': '方头括号', '〔': '六角括号' };

interface QuoteAnalysis {
  style: Hit[];
  balance: Hit[];
}

/** Straight quotes in Chinese context, mapped to the curly form they stand for. */
function straightQuotes(s: string, mark: '"' | "'"): Map<number, string> {
  const pos: number[] = [];
  for (let i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + 1)) {
    // it's, don't: an apostrophe between Latin letters
    if (mark === "'" && isAsciiLetter(s[i - 1]) && isAsciiLetter(s[i + 1])) continue;
    pos.push(i);
  }
  const [open, close] = mark === '"' ? ['“', '”'] : ['‘', '’'];
  const out = new Map<number, string>();
  for (let k = 0; k < pos.length; k += 2) {
    const a = pos[k] as number;
    const b = pos[k + 1];
    const chinese =
      isChineseBefore(s, a) ||
      isChineseAt(s, a + 1) ||
      (b !== undefined && (isChineseBefore(s, b) || isChineseAt(s, b + 1)));
    if (!chinese) continue;
    if (b === undefined) {
      // a lone straight quote: opening when text follows, closing when text precedes
      const opens = a + 1 < s.length && !isSpace(s[a + 1]) && !/[，。；！？、,.;!?]/.test(s[a + 1] ?? '');
      out.set(a, opens ? open : close);
    } else {
      out.set(a, open);
      out.set(b, close);
    }
  }
  return out;
}

function analyse(ctx: RuleContext): QuoteAnalysis {
  const s = ctx.text;
  if (!/[“”‘’《》〈〉（）()【】〔〕「」『』"']/.test(s)) return { style: [], balance: [] };
  const style: Hit[] = [];
  const balance: Hit[] = [];
  const virtual = new Map<number, string>([...straightQuotes(s, '"'), ...straightQuotes(s, "'")]);
  for (const [i, q] of virtual) {
    style.push({
      start: i,
      end: i + 1,
      suggestion: q,
      message: `中文引号应使用弯引号“${q}”，不用直引号（${STD}）。`,
    });
  }
  // stack entries: the opener as it should read, and whether it is a nested double quote
  const stack: { ch: string; at: number; inner: boolean }[] = [];
  for (const m of s.matchAll(/[“”‘’《》〈〉（）()【】〔〕「」『』"']/g)) {
    const i = m.index;
    let ch = virtual.get(i) ?? m[0];
    // ASCII brackets pair with full-width ones for balance (halfwidth-punct reports their form)
    if (ch === '(') ch = '（';
    else if (ch === ')') ch = '）';
    if (ch === '「' || ch === '」' || ch === '『' || ch === '』') {
      const curly = ch === '「' ? '“' : ch === '」' ? '”' : ch === '『' ? '‘' : '’';
      style.push({
        start: i,
        end: i + 1,
        suggestion: curly,
        message: `横排简体文本用“”‘’，不用直角引号“${ch}”（${STD}）。`,
      });
      ch = curly;
    }
    if (ch in CLOSE_OF) {
      const top = stack[stack.length - 1];
      const inner = ch === '“' && top?.ch === '“';
      if (inner && !virtual.has(i)) {
        style.push({
          start: i,
          end: i + 1,
          suggestion: '‘',
          message: `引号里面还要用引号时，外面用双引号，里面用单引号（${STD}.3）。`,
        });
      }
      stack.push({ ch, at: i, inner });
      continue;
    }
    const opener = OPEN_OF[ch];
    if (opener === undefined) continue;
    const top = stack[stack.length - 1];
    if (top && top.ch === opener) {
      stack.pop();
      if (top.inner && ch === '”' && !virtual.has(i)) {
        style.push({ start: i, end: i + 1, suggestion: '’', message: `内层引号应用单引号（${STD}.3）。` });
      }
      continue;
    }
    // “共富工坊’: a double quote closed by a single one (or the reverse)
    const sibling = top && ((top.ch === '“' && ch === '’') || (top.ch === '‘' && ch === '”'));
    if (top && sibling && !(ch === '’' && isAsciiLetter(s[i - 1]))) {
      stack.pop();
      const want = CLOSE_OF[top.ch] ?? ch;
      balance.push({
        start: i,
        end: i + 1,
        suggestion: want,
        message: `前引号“${top.ch}”与后引号“${ch}”不配对，应为“${want}”（${STD}）。`,
      });
      continue;
    }
    const deeper = stack.findIndex((e) => e.ch === opener);
    if (deeper >= 0) {
      // everything opened after the matching opener was never closed
      for (const orphan of stack.splice(deeper)) {
        if (orphan.ch !== opener) balance.push(orphanOpener(s, orphan.ch, orphan.at));
      }
      continue;
    }
    // an orphan closer; ）/) also closes list numbers (1）…) and ’ is an apostrophe in English
    if (ch === '）' || (ch === '’' && isAsciiLetter(s[i - 1]))) continue;
    balance.push({
      start: i,
      end: i + 1,
      suggestion: ch,
      message: `“${ch}”没有对应的前${NAME[opener] ?? '标点'}，请核对（${STD}）。`,
    });
  }
  for (const orphan of stack) {
    // a quotation running over several paragraphs opens each paragraph and closes only at the end
    if (orphan.ch === '“' && ctx.next !== null && ctx.next.trimStart().startsWith('“')) continue;
    balance.push(orphanOpener(s, orphan.ch, orphan.at));
  }
  return { style, balance };
}

function orphanOpener(s: string, ch: string, at: number): Hit {
  const close = CLOSE_OF[ch] ?? '';
  if (ch === '《') {
    // a title ends before the first pause or stop mark after it: 《长津湖，→ 《长津湖》，
    const m = /[，。；！？、：“”]/.exec(s.slice(at + 1, at + 40));
    if (m && m.index > 0) {
      const p = at + 1 + m.index;
      return {
        start: p,
        end: p + 1,
        suggestion: close + m[0],
        message: `书名号“《”没有配对的“》”，应在书名后补上（${STD}）。`,
      };
    }
  }
  return {
    start: at,
    end: at + 1,
    suggestion: ch,
    message: `${NAME[ch] ?? '标点'}“${ch}”没有配对的“${close}”，请补全（${STD}）。`,
  };
}

function styleHits(ctx: RuleContext): Hit[] {
  return memo(ctx, 'quotes', () => analyse(ctx)).style;
}

function balanceHits(ctx: RuleContext): Hit[] {
  return memo(ctx, 'quotes', () => analyse(ctx)).balance;
}

/** Straight quotes, corner brackets and double-inside-double nesting. */
export const quoteStyleRule: Rule = { id: 'quote-style/curly-nesting', category: 'quote-style', check: styleHits };
/** Unpaired or mismatched “” ‘’ 《》 （） 〈〉 【】. */
export const quoteUnbalancedRule: Rule = { id: 'quote-unbalanced/pairs', category: 'quote-unbalanced', check: balanceHits };

