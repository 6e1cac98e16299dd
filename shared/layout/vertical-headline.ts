import { BLACK, type DisplayItem, type FrameBox, type TextItem } from '../model/display-list';
import type { StoryContent } from '../model/story';
import { composeVertical, STYLES, type TextStyle, type VerticalColumn } from '../typeset';
import type { FontsFor } from './compose-page';
import { round } from './text-items';


/** Ascent of the em box: an upright glyph's baseline sits this far below the top of its cell. */
const ASCENT = 0.88;
/** Descent of the em box: a rotated Latin glyph's baseline sits this far right of the column's left. */
const DESCENT = 0.12;
/** The smallest 主题 size a vertical headline shrinks to before it is allowed to run over. */
const MIN_SIZE = 14;

/**
 * Draws composed vertical columns at a frame origin: one text item per column and font, with a
 * baseline per glyph (`yEach`); Latin letters and digits turned 90° clockwise (`rotate`), as
 * clreq sets them in vertical text.
 */
export function columnsToItems(cols: readonly VerticalColumn[], style: TextStyle, origin: { x: number; y: number }, meta: { frameId: number; storyId?: number }): TextItem[] {
  const out: TextItem[] = [];
  for (const col of cols) {
    let cur: TextItem | undefined;
    for (const g of col.glyphs) {
      if (!cur || cur.fontId !== g.fontId) {
        cur = { kind: 'text', text: '', fontId: g.fontId, size: style.size, scaleX: 1, x: [], y: 0, yEach: [], rotate: [], color: BLACK, frameId: meta.frameId };
        if (meta.storyId !== undefined) cur.storyId = meta.storyId;
        out.push(cur);
      }
      cur.text += g.char;
      cur.x.push(round(origin.x + g.x + (g.rotated ? DESCENT * style.size : 0)));
      cur.yEach!.push(round(origin.y + g.y + (g.rotated ? 0 : ASCENT * style.size)));
      cur.rotate!.push(g.rotated ? 90 : 0);
    }
  }
  for (const t of out) {
    t.y = t.yEach![0] ?? 0;
    // Upright-only runs need no rotation list (and the PDF writer keeps its plain path for them).
    if (t.rotate!.every((r) => r === 0)) delete t.rotate;
  }
  return out;
}

/**
 * A 竖排 headline block: the 主题 set vertically from the right edge of the frame, at the largest
 * size (from the frame's headlineSize or the style's, down to 14 pt) whose columns fit the frame
 * width; the 副题, if any, as a smaller column to its left. Right-aligned, top of the frame.
 */
export function verticalHeadlineBlock(story: StoryContent, box: FrameBox, headlineSize: number | undefined, fontsFor: FontsFor, meta: { frameId: number; storyId?: number }): DisplayItem[] {
  const sub: TextStyle = { ...STYLES.verticalHeadline, id: 'futi', size: STYLES.futi.size, leading: STYLES.futi.size * 1.4, fonts: STYLES.futi.fonts };
  // The 副题 starts one 主题 size lower, so it is set to that much less height.
  const subTop = headlineSize ?? STYLES.verticalHeadline.size;
  const subCols = story.subhead ? composeVertical(story.subhead, sub, Math.max(sub.size, box.h - subTop), box.w, fontsFor(sub)) : [];
  const subWidth = subCols.length * sub.leading;
  let size = headlineSize ?? STYLES.verticalHeadline.size;
  let style: TextStyle;
  let cols: VerticalColumn[];
  for (;;) {
    style = { ...STYLES.verticalHeadline, size, leading: size * 1.25 };
    cols = composeVertical(story.headline, style, box.h, box.w, fontsFor(style));
    if (cols.length * style.leading + subWidth <= box.w || size <= MIN_SIZE) break;
    size = Math.max(MIN_SIZE, size - 1);
  }
  const items: DisplayItem[] = columnsToItems(cols, style, { x: box.x, y: box.y }, meta);
  // The 副题's columns stand left of the 主题's.
  if (subCols.length) items.push(...columnsToItems(subCols, sub, { x: box.x - cols.length * style.leading, y: box.y + subTop }, meta));
  return items;
}
