import type { HeadlineRank } from '../model/headline-typography';
import type { StoryKind } from '../model/story';
import { STYLES, type TextStyle } from '../typeset';

/**
 * How an item's kind sets it before anyone chooses otherwise. A 简讯 takes the smallest head
 * ('brief'); everything else the 次条 size until the frame is given a rank. The frame's own rank
 * always wins.
 */
export function defaultRank(kind: StoryKind): HeadlineRank {
  return kind === 'brief' ? 'brief' : 'secondary';
}

/** 框稿 and 通知/启事 are placed in a framed box, not as a headline over body columns. */
export function setsAsBox(kind: StoryKind): boolean {
  return kind === 'box' || kind === 'notice';
}

/**
 * The style an item's copy is set in: a 图片说明 in the caption face (黑体, not indented), on the
 * body grid so the lines beside it still align; anything else in the body style.
 */
export function copyStyle(kind: StoryKind, body: TextStyle): TextStyle {
  return kind === 'caption' ? { ...STYLES.caption, size: Math.min(STYLES.caption.size, body.size), leading: body.leading, indent: 0 } : body;
}
