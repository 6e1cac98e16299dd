/**
 * Page furniture that PDF extraction leaves in the copy: running heads (date, weekday, 版次),
 * page credits, jump lines, a public-service box's credit line. Shared by intake (which proposes
 * stripping them) and the proofreader (which flags them in copy that arrived another way).
 */
import { codePointLength } from './code-points';
import { toHalfwidthAscii } from './normalize';

const DESK_ROLE = '(?:责任编辑|美术编辑|值班编辑|编辑|责编|校对|组版|排版|美编|版式设计|版式|审读|审核|签发|监制|制图)';
const DESK_LINE = new RegExp(`^(?:${DESK_ROLE}\\s*[:：]?\\s*[\\p{Script=Han}·]{2,4}\\s*){2,}$`, 'u');

const JUMP = /^[(（]?\s*(下转|上接|转)第?\s*([\dA-Z一二三四五六七八九十]{1,4})\s*版\s*[)）]?$/;
const CN_DIGIT = '一二三四五六七八九';

/** 版 number of a jump line's label: 2, 12, 十二, A3 (3: the section letter is not counted). */
function labelNumber(label: string): number | null {
  const d = /(\d+)$/.exec(label);
  if (d) return Number(d[1]);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(label);
  if (!m || (!m[2] && (!m[1] || m[3]))) return null;
  const tens = m[2] ? (m[1] ? CN_DIGIT.indexOf(m[1]) + 1 : 1) : 0;
  const ones = m[2] ? (m[3] ? CN_DIGIT.indexOf(m[3]) + 1 : 0) : CN_DIGIT.indexOf(m[1] as string) + 1;
  return tens * 10 + ones;
}

/** A 转版 jump line: which way the story goes (下转/转 on, 上接 from) and the 版 it names. */
export interface JumpLine {
  direction: 'down' | 'up';
  /** The 版 as printed (2, A3, 十二). */
  label: string;
  /** Its number (A3 → 3), or null when it has none. */
  number: number | null;
}

/**
 * Reads a jump line (（下转第2版）, 上接第1版, 转第A3版), the continuation notes a paper prints
 * where a story runs on to another page; null for anything else.
 */
export function jumpLine(text: string): JumpLine | null {
  if (codePointLength(text) > 24) return null;
  const m = JUMP.exec(toHalfwidthAscii(text).replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const label = m[2] as string;
  return { direction: m[1] === '上接' ? 'up' : 'down', label, number: labelNumber(label) };
}

/** Why a line is page furniture rather than copy, in zh-CN; null when it is copy. */
export function artifactReason(text: string): string | null {
  const len = codePointLength(text);
  if (len > 48 || /[，。；！？]/.test(text)) return null;
  const t = toHalfwidthAscii(text).replace(/\s+/g, ' ').trim();
  const date = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})/.test(t);
  const weekday = /(星期|礼拜)[一二三四五六日天]|周[一二三四五六日]/.test(t);
  const page = /第\s*[\dA-Z一二三四五六七八九十]{1,4}\s*版|(^|\s)[A-Z]?\d{1,2}\s*版(\s|$)|版次/.test(t);
  if ((date && (weekday || page)) || (weekday && page)) return '页眉/页脚（日期、版次）混入正文';
  if (/^(本版)?(责任编辑|责编|版式设计|版式|美编|校对|编审)\s*[:：]?\s*\S/.test(t) && len <= 40) return '版面署名（责任编辑等）混入正文';
  // Two or more desk credits in a row (编辑 孔凡东 校对 李倩 组版 王琳): the page's staff line, not a byline.
  if (DESK_LINE.test(t)) return '版面署名（责任编辑等）混入正文';
  if (/^[-—–\s]*\d{1,3}[-—–\s]*$/.test(t) || /^第\s*\S{1,3}\s*版$/.test(t)) return '页码/版次行混入正文';
  if (jumpLine(text)) return '转版提示，排版时重新生成';
  // A public-service credit under a box: 永康市融媒体中心 宣 / 某某文明办 制.
  if (/^[\p{Script=Han}A-Za-z0-9()（）·]{2,24}\s+(宣|制|宣制|制作|设计|供稿|出品|宣传)$/u.test(t)) return '公益广告署名行（如“××中心 宣”），不属于正文';
  if (/^[\p{Script=Han}]{2,20}(中心|委员会|办公室|文明办|宣传部|局|集团)(宣|宣制)$/u.test(t)) return '公益广告署名行（如“××中心 宣”），不属于正文';
  return null;
}

/** True when the artifact is a credit line under a box (a cue that the item above is a box). */
export function isBoxCredit(text: string): boolean {
  return /(宣|制|宣制|制作|设计|出品|宣传)$/.test(text.trim()) && artifactReason(text) !== null && !/版|星期|编辑/.test(text);
}
