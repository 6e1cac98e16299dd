import { codePointAt, codePointBefore, isAsciiAlnum, isFullPunct, isHanCodePoint } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';
import { isHeadlineLike, memo } from './util';

// Byline roles: 本报讯（通讯员 陈晓 记者 王芳）keeps its spaces (house style).
const ROLE_BEFORE = /(?:记者|通讯员|评论员|摄影|摄|实习生|编辑|撰稿|报道员|校对|文|图|主持人|策划|制图|编者)$/;
const ROLE_AFTER = /^(?:融媒)?(?:本报)?(?:见习|特约|实习)?(?:记者|通讯员|评论员|摄影|实习生|编辑|撰稿|报道员)/;

interface SpaceRun {
  start: number;
  end: number;
  kind: 'spurious' | 'cjk-latin';
}

/** Spans of quoted text without sentence punctuation (a quoted headline keeps its spaces). */
function quotedTitles(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(/“[^“”，。；！？,;!?]*”/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Photo and picture credits in brackets, （何涛 摄）(谭志勇 向丽 摄)（王芳 供图）: names, the gaps
 * between them and the role at the end, as a byline keeps them (house style).
 */
function credits(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(/[（(]([^（）()，。；！？,;!?]{1,40})[）)]/g)) {
    if (/^[\p{Script=Han}·、 \u3000]+[ \u3000](?:摄|摄影|供图|制图|图|文)$/u.test(m[1] ?? '')) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

type Side = 'han' | 'punct' | 'latin' | 'other';

function side(cp: number): Side {
  if (cp < 0) return 'other';
  if (isHanCodePoint(cp)) return 'han';
  const ch = String.fromCodePoint(cp);
  if (isFullPunct(ch)) return 'punct';
  if (isAsciiAlnum(ch) || ch === '%' || ch === '‰' || ch === '℃' || ch === '°') return 'latin';
  return 'other';
}

function analyse(ctx: RuleContext): SpaceRun[] {
  const s = ctx.text;
  if (isHeadlineLike(s)) return [];
  const titles = quotedTitles(s);
  const credited = credits(s);
  // a headline merged into the first sentence (PDF import): 2024年成绩单 亮点几何? 2025年施工图 …
  // Its gaps part phrases, so at least one of them lies between Han characters or marks; gaps
  // that only ever sit between Han and a Latin word or number (引进了 AI 辅助) are web-style
  // spacing inside a sentence and do not make a headline.
  const lead = /^[^，。；！：,;!:]*/.exec(s)?.[0] ?? '';
  const gaps = [...lead.matchAll(/[ \u3000]+/g)];
  const phraseBreak = gaps.some((m) => {
    const l = side(codePointBefore(s, m.index));
    const r = side(codePointAt(s, m.index + m[0].length));
    return !((l === 'han' && r === 'latin') || (l === 'latin' && r === 'han'));
  });
  const headlineEnd = gaps.length >= 2 && phraseBreak ? lead.length : 0;
  const out: SpaceRun[] = [];
  for (const m of s.matchAll(/[ \t\u00a0\u3000]+/g)) {
    const start = m.index;
    const j = start + m[0].length;
    // indentation and trailing blanks are layout, not text
    if (start === 0 || j === s.length || j <= headlineEnd) continue;
    if (ROLE_BEFORE.test(s.slice(Math.max(0, start - 6), start)) || ROLE_AFTER.test(s.slice(j, j + 8))) continue;
    if (titles.some(([a, b]) => start > a && j < b)) continue;
    if (credited.some(([a, b]) => start > a && j < b)) continue;
    const l = side(codePointBefore(s, start));
    const r = side(codePointAt(s, j));
    const ideographic = s.slice(start, j).includes('\u3000');
    const chineseL = l === 'han' || l === 'punct';
    const chineseR = r === 'han' || r === 'punct';
    if ((chineseL && chineseR) || l === 'punct' || r === 'punct' || (ideographic && (chineseL || chineseR))) {
      out.push({ start, end: j, kind: 'spurious' });
    } else if ((l === 'han' && r === 'latin') || (l === 'latin' && r === 'han')) {
      out.push({ start, end: j, kind: 'cjk-latin' });
    }
  }
  return out;
}

function spuriousHits(ctx: RuleContext): Hit[] {
  return memo(ctx, 'spaces', () => analyse(ctx))
    .filter((r) => r.kind === 'spurious')
    .map((r) => ({
      start: r.start,
      end: r.end,
      suggestion: '',
      message: '中文文字之间、全角标点前后不应有空格（本报版式规范；署名行除外）。',
    }));
}

function cjkLatinHits(ctx: RuleContext): Hit[] {
  return memo(ctx, 'spaces', () => analyse(ctx))
    .filter((r) => r.kind === 'cjk-latin')
    .map((r) => ({
      start: r.start,
      end: r.end,
      suggestion: '',
      severity: 'warning' as const,
      message: '印刷版式不在汉字与西文、数字之间键入空格，间距由排版引擎自动加⅛～¼字宽（本报版式规范；W3C clreq 3.2.2）。',
    }));
}

/** Spaces inside Chinese text, next to full-width marks, or U+3000 mid-line. */
export const spuriousSpaceRule: Rule = { id: 'spurious-space/inside-chinese', category: 'spurious-space', check: spuriousHits };
/** Typed spaces between Han and Latin/digits (print policy: the composer adds the gap). */
export const cjkLatinSpaceRule: Rule = { id: 'cjk-latin-space/print-policy', category: 'cjk-latin-space', check: cjkLatinHits };
