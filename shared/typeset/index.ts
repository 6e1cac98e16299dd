/**
 * Banxin's composer: Chinese text set in newspaper columns after clreq and GB/T 15834.
 * Pure TypeScript; fonts arrive through the `FontMetrics` port. Internal widths are
 * integers in 1/1000 em (see units.ts); output positions are in points.
 */
export { composeParagraphs, type ComposeResult } from './compose';
export {
  flowStory,
  PrepareCache,
  type Copyfit,
  type FlowOptions,
  type FlowResult,
  type Frame,
  type FrameContent,
  type Overset,
  type StoryBlock,
} from './flow';
export { FontSet, MISSING_FONT, type FontMetrics } from './font-set';
export { fitHeadline, naturalWidth, type HeadlineFit } from './headline';
export { composeVertical, verticalForm, type VerticalColumn, type VerticalGlyph } from './vertical';
export { CharClass, classifyCodePoint } from './char-class';
export { DEFAULT_KINSOKU, isForbiddenAtLineEnd, isForbiddenAtLineStart, type KinsokuLevel } from './kinsoku';
export { DEFAULT_PUNCTUATION, type PunctuationStyle } from './punctuation';
export {
  HAO,
  STYLES,
  bodyStyle,
  haoName,
  sizeOf,
  FONT_SANS,
  FONT_SANS_BOLD,
  FONT_SERIF,
  FONT_SERIF_BOLD,
  FONT_SERIF_HEAVY,
  type Alignment,
  type FitLimits,
  type HaoName,
  type TextStyle,
} from './styles';
export type { ComposedLine, GlyphRun, TypesetWarning } from './types';
export { EM, ptToUnits, unitsToEm, unitsToPt } from './units';
export { STYLE_KEYS, STYLE_KEY_LABELS, styleKeyOf, type StyleFonts, type StyleKey } from './style-keys';
