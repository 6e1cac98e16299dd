import { BLACK, type DisplayItem, type FrameBox, type InkColor } from '../model/display-list';
import type { BoxStyle, Frame } from '../model/layout';
import type { StoryContent } from '../model/story';
import { composeParagraphs, STYLES, type TextStyle } from '../typeset';
import type { FontsFor } from './compose-page';
import { linesToItems } from './text-items';

const MM = 72 / 25.4;

/** The 花边 as display items: rectangles and dashed rules around the box, in points. */
function border(style: BoxStyle, b: FrameBox): DisplayItem[] {
  const rect = (d: number, w: number): DisplayItem => ({ kind: 'rect', x: b.x + d, y: b.y + d, w: b.w - 2 * d, h: b.h - 2 * d, stroke: BLACK, strokeWidth: w });
  switch (style) {
    case 'none':
      return [];
    case 'single':
      return [rect(0, 0.75)];
    case 'thick-thin':
      return [rect(0, 2), rect(3, 0.4)];
    case 'dashed': {
      const r = (x1: number, y1: number, x2: number, y2: number): DisplayItem => ({ kind: 'rule', x1, y1, x2, y2, width: 0.75, color: BLACK, style: 'dashed' });
      return [r(b.x, b.y, b.x + b.w, b.y), r(b.x, b.y + b.h, b.x + b.w, b.y + b.h), r(b.x, b.y, b.x, b.y + b.h), r(b.x + b.w, b.y, b.x + b.w, b.y + b.h)];
    }
    default:
      return [rect(0, 1), rect(2, 0.3)];
  }
}

/**
 * The closing lines of a notice that sign it (国网某某县供电公司 / 2025年5月7日): short lines at the
 * end with no punctuation of running copy (a 服务热线：95598 line has its colon and stays copy).
 */
export function signatureCount(lines: readonly string[]): number {
  let n = 0;
  while (n < lines.length && n < 3) {
    const t = lines[lines.length - 1 - n]!.trim();
    if ([...t].length > 30 || /[。，；：！？,;:!?、]/.test(t)) break;
    n++;
  }
  return n === lines.length ? 0 : n;
}

/**
 * A boxed item (框稿, e.g. 社会主义核心价值观): its 花边, an optional 底纹 in CMYK under it, its
 * title (the frame's own or the story's 主题), its lines centred, and the credit line
 * (永康市融媒体中心 宣 — the story's 署名) at the foot on the right, all inside the inset. A 通知
 * keeps its paragraphs as copy and its signature at the right.
 */
export function boxBlock(story: StoryContent, f: Frame, box: FrameBox, body: TextStyle, fontsFor: FontsFor): DisplayItem[] {
  const inset = f.props.inset !== undefined ? f.props.inset * MM : body.size;
  const title: TextStyle = { ...STYLES.futi, align: 'center' };
  const line: TextStyle = { ...body, align: 'center', indent: 0, size: body.size * 1.17, leading: body.leading * 1.4 };
  const creditStyle: TextStyle = { ...STYLES.shuming, align: 'end', indent: 0 };
  const measure = Math.max(body.size, box.w - 2 * inset);
  const meta = { frameId: f.id, ...(f.storyId !== null ? { storyId: f.storyId } : {}) };
  const parts = [];
  const heading = f.props.boxTitle ?? story.headline;
  if (heading) parts.push(composeParagraphs([heading], title, measure, fontsFor(title)));
  const lines = story.body.map((b) => b.text).filter((t) => t.trim());
  if (story.kind === 'notice') {
    // A 通知 in its frame reads as running copy (justified, indented), its issuer and date at the right.
    const sign = signatureCount(lines);
    const copy: TextStyle = { ...body, align: 'justify' };
    const signStyle: TextStyle = { ...body, align: 'end', indent: 0 };
    if (lines.length > sign) parts.push(composeParagraphs(lines.slice(0, lines.length - sign), copy, measure, fontsFor(copy)));
    if (sign > 0) parts.push(composeParagraphs(lines.slice(lines.length - sign), signStyle, measure, fontsFor(signStyle)));
  } else if (lines.length) parts.push(composeParagraphs(lines, line, measure, fontsFor(line)));
  const credit = story.byline.trim() ? composeParagraphs([story.byline.trim()], creditStyle, measure, fontsFor(creditStyle)) : null;
  const total = parts.reduce((s, p) => s + p.height, 0);
  const room = box.h - 2 * inset - (credit?.height ?? 0);
  const out: DisplayItem[] = [];
  if (f.props.tint) {
    const tint: InkColor = { cmyk: f.props.tint };
    out.push({ kind: 'rect', x: box.x, y: box.y, w: box.w, h: box.h, fill: tint });
  }
  out.push(...border(f.props.boxStyle ?? 'double', box));
  let y = box.y + inset + Math.max(0, (room - total) / 2);
  for (const p of parts) {
    out.push(...linesToItems(p.lines, { x: box.x + inset, y }, meta));
    y += p.height;
  }
  if (credit) out.push(...linesToItems(credit.lines, { x: box.x + inset, y: box.y + box.h - inset - credit.height }, meta));
  return out;
}
