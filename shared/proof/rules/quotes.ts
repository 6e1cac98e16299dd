import { isAsciiLetter, isChineseAt, isChineseBefore, isSpace } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { memo } from './util';

const STD = 'GB/T 15834-2011《标点符号用法》4.8';

const OPEN_OF: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（', '】': '【', '〕': '〔' };
const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】', '〔': '〕' };
const NAME: Record<string, string> = { '“': '引号', '‘': '单引号', '《': '书名号', '〈': '书名号', '（': '括号', '【': '方头括号', '〔': '六角括号' };

const TITLE_NESTING = 'GB/T 15834—2011 4.15.3.5：书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号“〈〉”。';
const SINGLE_OUTSIDE = 'GB/T 15834—2011 4.8.3.4：横排文稿中第一层引号用双引号“”，单引号只用在双引号里面。';

/** The previous paragraph leaves a “ open: a quotation running on (its ‘’ may be the inner level). */
function opensQuoteAcross(prev: string | null): boolean {
  if (prev === null) return false;
  let depth = 0;
  for (const ch of prev) {
    if (ch === '“') depth++;
    else if (ch === '”' && depth > 0) depth--;
  }
  return depth > 0;
}

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
      // 《关于《条例》的说明》: a title inside a title takes the single 书名号 (GB/T 15834—2011 4.15.3.5)
      // (only when nothing between the two 《 ends a clause: 《长津湖，…《人民日报》 is an unclosed title)
      const outerTitle = [...stack].reverse().find((e) => e.ch === '《');
      const innerTitle = ch === '《' && outerTitle !== undefined && !/[，。；！？：]/.test(s.slice(outerTitle.at + 1, i));
      if (innerTitle) {
        style.push({ start: i, end: i + 1, suggestion: '〈', message: TITLE_NESTING });
      }
      // ‘双减’ with no double quote around it: the first level is “” (GB/T 15834—2011 4.8.3.4)
      const lonelySingle =
        ch === '‘' && !virtual.has(i) && !stack.some((e) => e.ch === '“') && !opensQuoteAcross(ctx.prev) && !/\d/.test(s[i + 1] ?? '');
      if (lonelySingle) {
        style.push({ start: i, end: i + 1, suggestion: '“', message: SINGLE_OUTSIDE, severity: 'warning' });
      }
      stack.push({ ch, at: i, inner: inner || innerTitle || lonelySingle });
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
      if (top.inner && ch === '》') style.push({ start: i, end: i + 1, suggestion: '〉', message: TITLE_NESTING });
      if (top.inner && ch === '’' && !virtual.has(i)) {
        style.push({ start: i, end: i + 1, suggestion: '”', message: SINGLE_OUTSIDE, severity: 'warning' });
      }
      continue;
    }
    // “共富工坊’: a double quote closed by a single one (or the reverse); likewise a quote closed
    // by a title mark or a title by a quote (“一线调研》、《少年中国说”) when no opener of that
    // closer is open: one mark typed for the other, so one finding, on the closer
    const sibling =
      top &&
      ((top.ch === '“' && ch === '’') ||
        (top.ch === '‘' && ch === '”') ||
        (QUOTE_OR_TITLE.includes(top.ch) && QUOTE_OR_TITLE.includes(opener) && top.ch !== opener && !stack.some((e) => e.ch === opener)));
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
    const hit = orphanCloser(s, ch, opener, i);
    balance.push(hit);
    // a closer meant as an opener opens: the closer after it pairs with it
    if (hit.suggestion === opener) stack.push({ ch: opener, at: i, inner: false });
  }
  // From the innermost out: a misturned closer (“ before a pause) also closes the opener below it.
  let closesBelow: string | null = null;
  for (const orphan of stack.reverse()) {
    if (closesBelow === orphan.ch) {
      closesBelow = null;
      continue;
    }
    // a quotation running over several paragraphs opens each paragraph and closes only at the end
    if (orphan.ch === '“' && ctx.next !== null && ctx.next.trimStart().startsWith('“')) continue;
    const hit = orphanOpener(s, orphan.ch, orphan.at);
    closesBelow = hit.start === orphan.at && hit.suggestion === CLOSE_OF[orphan.ch] ? orphan.ch : null;
    balance.push(hit);
  }
  balance.sort((a, b) => a.start - b.start);
  return { style, balance };
}

const PAUSE = /[，。；！？、：]/;
const QUOTE_OR_TITLE = '“‘《〈';
// 称他为“田专家、被誉为“、号称“: a quoted name or term, which ends at the first pause, not with the sentence
const NAMES_A_TERM = /(?:(?:称|叫|誉|命名|取名|起名)(?:他们|她们|它们|[他她它其之])?(?:为|作|做)|(?:号|简|俗|人|昵|统|并|合|美|爱)称)$/;
const STOP = /[。！？]/;

/**
 * An opening mark with no closer, and its most likely fix (never the mark itself: a finding's fix
 * changes the text). “ right before a pause or the end was meant as ”; a title or a bracket ends
 * before the next pause; a quotation ends with its sentence (。” — GB/T 15834-2011 4.1.3.2 puts
 * the stop inside the quote when the whole sentence is quoted).
 */
function orphanOpener(s: string, ch: string, at: number): Hit {
  const close = CLOSE_OF[ch] ?? '';
  const name = NAME[ch] ?? '标点';
  const after = s[at + 1];
  if ((ch === '“' || ch === '‘') && at > 0 && (after === undefined || PAUSE.test(after))) {
    return { start: at, end: at + 1, suggestion: close, message: `此处是引文的结尾，应用后${name}“${close}”，不用“${ch}”（${STD}）。` };
  }
  const window = s.slice(at + 1, at + 60);
  if (ch === '“' || ch === '‘') {
    // Only within its paragraph's sentence: with no stop mark after it the quotation may go on in
    // the next paragraph (or the paragraph was broken), and no closing place can be told.
    const term = NAMES_A_TERM.test(s.slice(Math.max(0, at - 6), at)) ? /[，。；！？、：]/.exec(window) : null;
    if (term && term.index > 0) {
      const p = at + 1 + term.index;
      return { start: p, end: p + 1, suggestion: close + term[0], message: `${name}“${ch}”没有配对的“${close}”，所引称谓后应补上（${STD}）。` };
    }
    const m = STOP.exec(window);
    if (m) {
      const p = at + 1 + m.index;
      return { start: p, end: p + 1, suggestion: s[p] + close, message: `${name}“${ch}”没有配对的“${close}”，应在引文末尾补上（${STD}）。` };
    }
  } else {
    // a title or a bracket ends before the first pause or stop mark after it: 《长津湖，→ 《长津湖》，
    const m = /[，。；！？、：“”]/.exec(window.slice(0, 39));
    if (m && m.index > 0) {
      const p = at + 1 + m.index;
      return { start: p, end: p + 1, suggestion: close + m[0], message: `${name}“${ch}”没有配对的“${close}”，应在${ch === '《' || ch === '〈' ? '书名' : '括注'}后补上（${STD}）。` };
    }
  }
  return { start: at, end: at + 1, suggestion: '', message: `${name}“${ch}”没有配对的“${close}”，如非误植请补全，否则删去（${STD}）。` };
}

/** A closing mark with no opener: ” after a pause and before text was meant as “; else the opener is missing. */
function orphanCloser(s: string, ch: string, opener: string, at: number): Hit {
  const name = NAME[opener] ?? '标点';
  const before = s[at - 1];
  const after = s[at + 1];
  if ((ch === '”' || ch === '’') && (before === undefined || PAUSE.test(before)) && after !== undefined && !PAUSE.test(after)) {
    return { start: at, end: at + 1, suggestion: opener, message: `此处是引文的开头，应用前${name}“${opener}”，不用“${ch}”（${STD}）。` };
  }
  // 他说：我们要努力。” → 他说：“我们要努力。”: the quotation begins after the colon that introduces it
  const colon = s.lastIndexOf('：', at);
  if ((ch === '”' || ch === '’') && colon >= 0 && colon < at - 1 && !/[。！？]/.test(s.slice(colon + 1, at - 1))) {
    return { start: colon, end: colon + 1, suggestion: `：${opener}`, message: `后${name}“${ch}”没有对应的前${name}，应在冒号后补上“${opener}”（${STD}）。` };
  }
  return { start: at, end: at + 1, suggestion: '', message: `“${ch}”没有对应的前${name}，如非误植请补上前${name}，否则删去（${STD}）。` };
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

