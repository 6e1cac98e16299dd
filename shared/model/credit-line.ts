/**
 * A byline and a 电头 name the same reporter more often than not: 本报讯（记者 张三） over a line
 * 记者 张三. Printed together the name appears twice; these helpers let every output print it once.
 */

// Titles before a name (本报记者, 融媒记者, 通讯员, 实习生, 评论员 …): what is left of a token is the name.
const TITLE = /^(?:本报|本台|融媒体?|县融媒体中心|特约|见习|实习|首席)*(?:摄影记者|记者|通讯员|实习生|评论员|摄影|摄)?/;

/** The person names in a byline or in the credit inside a dateline's brackets, in order. */
export function creditNames(text: string): string[] {
  // A dateline's names are in its brackets; one without brackets (本报讯, 新华社北京3月5日电) names no one.
  const bracketed = /[（(]([^（）()]*)[）)]/.exec(text)?.[1];
  const inside = bracketed ?? (/[（(]|[讯电]$/.test(text.trim()) ? '' : text);
  return inside
    .split(/[\s\u3000、，,；;]+/)
    .map((tok) => tok.replace(TITLE, '').replace(/报道$/, ''))
    .filter((name) => name.length > 0);
}

/**
 * The byline to print beside a dateline: empty when the dateline already names every person the
 * byline names (the duplicate is dropped), else the byline as it is. A byline with no name in it
 * (本报评论员) is kept.
 */
export function bylineBesideDateline(byline: string, dateline: string): string {
  const names = creditNames(byline);
  if (!byline.trim() || names.length === 0 || !dateline) return byline;
  const inDateline = new Set(creditNames(dateline));
  return names.every((n) => inDateline.has(n)) ? '' : byline;
}
