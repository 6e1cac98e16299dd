import { codePointLength, isCloser, isClausePunct, isSentenceFinal, lastCodePoint } from '../../shared/text';
import { toHalfwidthAscii } from '../../shared/text/normalize';

/** Role of one paragraph on a page, from its own text. */
export type LineClass = 'headline' | 'byline' | 'dateline' | 'body';

const ROLE = '(?:融媒|本报|本台|本刊|特约|实习|见习|首席|全媒体|融媒体|驻[\\p{Script=Han}]{1,4})?(?:摄影记者|记者|通讯员|评论员|撰稿人|撰稿|摄影|编辑)';
const NAME = '[\\p{Script=Han}·]{2,4}';
// Role, then optionally names; a name glued to its role must be short (记者张三), else a space is required.
const NAMES = `${NAME}(?:[\\s、，,]+${NAME})*`;
// A one-character role (文, 图, 摄) needs a separator before its name, else 文化惠民 reads as 文 + a name.
const CREDIT = `(?:${ROLE}(?:\\s*[:：]\\s*|\\s+)?(?:${NAMES})?|(?:文\\s*[/／]\\s*图|文|图|摄)(?:(?:\\s*[:：]\\s*|\\s+)${NAMES})?)`;
const BYLINE_RE = new RegExp(`^(?:[□■●◆◇○]\\s*)?${CREDIT}(?:\\s+${CREDIT})*\\s*(?:报道)?$`, 'u');
const GLUED_RE = new RegExp(`^${ROLE}([\\p{Script=Han}]{4,})$`, 'u');
// Words that read as a name after 记者 but make a headline (记者手记, 记者观察).
const NOT_NAMES = /^(手记|观察|调查|走访|探访|见闻|札记|体验|日记|现场|追踪|来信)/;

// A name alone after the byline box mark, its characters often spaced out for width: □ 舒 文.
const MARKED_NAME_RE = /^□\s*\p{Script=Han}(?:\s*\p{Script=Han}){1,3}$/u;

/** True for a credit line: 融媒记者 李梦楚, 融媒评论员, 记者 张三 通讯员 李四, 文/图 王五, □ 舒 文. */
export function isBylineLine(text: string): boolean {
  if (codePointLength(text) > 40 || /[。！？!?]/.test(text)) return false;
  if (MARKED_NAME_RE.test(text)) return true;
  if (!BYLINE_RE.test(text)) return false;
  if (GLUED_RE.test(text)) return false;
  const m = new RegExp(`^${ROLE}\\s*[:：]?\\s*(.*)$`, 'u').exec(text);
  return !(m && NOT_NAMES.test(m[1] ?? ''));
}

const DATELINE_RE =
  /^((?:(?:本报|本台|本刊|本网|[\p{Script=Han}]{2,10}(?:日报|晚报|报|网|台))讯|(?:新华社|中新社|[\p{Script=Han}]{2,8}社)[\p{Script=Han}]{1,8}\d{1,2}月\d{1,2}日电)(?:\s*[(（]([^()（）]{1,60})[)）])?)/u;

/** A 电头 at the start of a paragraph: its text, the credit inside the brackets, and the rest. */
export interface DatelineMatch {
  dateline: string;
  credit: string;
  rest: string;
}

/** Recognises 本报讯(融媒记者 某某)… / 新华社北京1月5日电(记者 某某)… at the start of a paragraph. */
export function matchDateline(text: string): DatelineMatch | null {
  const m = DATELINE_RE.exec(text);
  if (!m) return null;
  const dateline = m[1] ?? '';
  const credit = (m[2] ?? '').replace(/\s*报道$/, '').replace(/[\s\u3000]+/g, ' ').trim();
  return { dateline, credit, rest: text.slice(dateline.length).replace(/^[\s\u3000]+/, '') };
}

/** The text ends a sentence: 。！？… possibly followed by closing quotes/brackets, or ends with a closer. */
export function endsTerminal(text: string): boolean {
  const cp = lastCodePoint(text);
  return isSentenceFinal(cp) || isCloser(cp);
}

/** The text ends inside a sentence: ，、；, ; (a colon may legitimately introduce the next paragraph). */
export function endsMidClause(text: string): boolean {
  const cp = lastCodePoint(text);
  return isClausePunct(cp) && cp !== 0xff1a && cp !== 0x3a;
}

/** Counts sentence and clause punctuation inside `text`. */
export function punctCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isClausePunct(c) || isSentenceFinal(c)) n++;
  }
  return n;
}

/**
 * Headline-like: short, no 。, not ending in clause punctuation, few commas. Headlines may contain
 * spaces between phrases, a ？ or ！, and a comma or two (稳中求进，再创佳绩).
 */
export function isHeadlineLike(text: string, hint?: 'heading' | 'bold'): boolean {
  const len = codePointLength(text);
  const max = hint === 'heading' ? 80 : 60;
  if (len === 0 || len > max) return false;
  if (/[。；;]/.test(text) || /\.(\s|$)/.test(text)) return false;
  if (endsMidClause(text) || /[:：]$/.test(text)) return false;
  const commas = (text.match(/[，,、]/g) ?? []).length;
  // Titles with a comma are terse (稳中求进，再创佳绩); a longer line with commas is running text.
  if (commas > 2 || (commas > 0 && len > 24)) return false;
  return true;
}

/** Body-like: long enough and punctuated like running text. */
export function isBodyLike(text: string): boolean {
  const len = codePointLength(text);
  return len >= 40 || (len >= 16 && punctCount(text) > 0);
}

/** A date standing alone, as under a notice: 2025年5月19日, 2025年4月7日16时发布. */
export function isDateLine(text: string): boolean {
  const t = toHalfwidthAscii(text).replace(/\s+/g, '');
  return /^\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:发布|印发|起施行)?$/.test(t);
}

// What the issuer of a notice or a box is called: a company, office, bureau, station, committee…
const ORG_END = /(公司|集团|局|台|站|中心|办|办公室|部|委|委员会|政府|法院|检察院|医院|学校|院|所|厂|协会|学会|联合会|社|馆|队|处|署|厅|银行|支行|分行|村委会|居委会|街道|指挥部|领导小组)$/;

/** An issuer's name on a line of its own: short, no punctuation or spaces, ending like an organisation. */
export function isIssuerLine(text: string): boolean {
  const len = codePointLength(text);
  return len >= 4 && len <= 24 && /^[\p{Script=Han}A-Za-z0-9·（）()]+$/u.test(text) && ORG_END.test(text);
}

/** A short label and a number (服务热线:95598, 联系电话：0571-1234567): a line of copy, not a title. */
export function isContactLine(text: string): boolean {
  return /^[\p{Script=Han}]{2,8}\s*[:：]\s*[\d\-—－()（）\s]{3,}$/u.test(text);
}

/** Classifies one paragraph on its own (context is applied by the segmenter). */
export function classifyLine(text: string, hint?: 'heading' | 'bold'): LineClass {
  if (matchDateline(text)) return 'dateline';
  if (isBylineLine(text)) return 'byline';
  if (isContactLine(text)) return 'body';
  if (isHeadlineLike(text, hint)) return 'headline';
  return 'body';
}

/** 小标题 inside a story: 一、… （一）… 1. … — kept in the body, not a new story. */
export function isSubheading(text: string): boolean {
  return /^(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.])/.test(text);
}
