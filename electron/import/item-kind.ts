import { codePointLength } from '../../shared/text';
import type { StoryKind } from '../../shared/model/story';
import { isDateLine } from './classify';

/** What the segmenter knows of an item when its kind is decided. */
export interface KindShape {
  kind: StoryKind;
  headline: string;
  byline: string;
  dateline: string;
  body: string[];
  /** How many of the last body lines are the issuer/date signature under a notice or box. */
  signatureLines: number;
}

// A brief is one short paragraph: a sentence or two, not a report that happens to be unbroken.
const BRIEF_MAX_CHARS = 200;
// ■ ● ▲ ◆ ★ ▶ open each entry of a 简讯 column.
const LIST_MARK = /^[■●▲◆★▶►]\s*\S/u;
// A photo credit closing the caption: （何涛 摄）, (记者 王亚楠 摄), （通讯员 张三 李四 摄影）.
const PHOTO_CREDIT = /[（(][^（）()]{1,30}\s?摄(?:影)?[)）]\s*$/u;
// What a notice calls itself at the end of its title: 停电通知, 招聘启事, 霜冻蓝色预警, 征地公告.
const NOTICE_TITLE = /(?:通知|启事|公告|通告|公示|声明|预警|警报)$/u;

/** ■ entries, two or more, every line of copy one entry: a 简讯 column under its title. */
function isBriefColumn(s: KindShape): boolean {
  const copy = s.body.slice(0, s.body.length - s.signatureLines);
  return copy.length >= 2 && copy.every((b) => LIST_MARK.test(b));
}

/** One short paragraph under its own headline, opened by a 电头 (本报讯…): a 简讯. */
function isShortItem(s: KindShape): boolean {
  return s.dateline !== '' && s.body.length === 1 && codePointLength(s.body[0] ?? '') <= BRIEF_MAX_CHARS;
}

/**
 * A title and one paragraph that ends with the photographer's credit: the caption under a
 * picture. No 电头 (that would make it a news item), no byline line (the credit is in the text).
 * A story whose body merely contains a credit has more than one paragraph and stays a story.
 */
function isCaption(s: KindShape): boolean {
  return s.dateline === '' && s.byline === '' && s.body.length === 1 && PHOTO_CREDIT.test(s.body[0] ?? '');
}

/**
 * Signed by the issuing office with a date under it (国网某某供电公司 / 2025年5月7日), or titled as a
 * notice with no 电头 or byline: a notice is the office speaking, not a reporter. A news story
 * about a notice (县里发出防汛通知) has a 电头 or a byline and is not one.
 */
function isNotice(s: KindShape): boolean {
  if (s.dateline !== '' || s.byline !== '' || s.body.length === 0) return false;
  const signature = s.body.slice(s.body.length - s.signatureLines);
  return signature.some((l) => isDateLine(l)) || NOTICE_TITLE.test(s.headline.replace(/\s+/g, ''));
}

/**
 * The kind of an item the segmenter left as an article: 简讯, 图片说明 or 通知 when its shape says
 * so, else unchanged. Commentary and boxes are decided before, from their own signs (a "box" of
 * ■ entries is a 简讯 column).
 */
export function refineKind(s: KindShape): StoryKind {
  if (s.headline === '') return s.kind;
  // ■ entries short enough to read as title lines make the segmenter see a box; the marks say 简讯.
  if ((s.kind === 'article' || s.kind === 'box') && isBriefColumn(s)) return 'brief';
  if (s.kind !== 'article') return s.kind;
  if (isShortItem(s)) return 'brief';
  if (isCaption(s)) return 'caption';
  if (isNotice(s)) return 'notice';
  return s.kind;
}
