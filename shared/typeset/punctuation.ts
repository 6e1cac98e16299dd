import { CharClass } from './char-class';

/**
 * Punctuation width styles (标点挤压 house styles):
 * - `quanjiao` 全角: every mark a full em; blanks are only squeezed to fit a line (先挤进);
 * - `kaiming` 开明: sentence-final 。？！ full, every other mark set half width;
 * - `gb` GB/T 15834: full-width marks, adjacent marks with a bracket compressed to 1.5 em, an
 *   opening mark at a line start loses its leading half, a mark at the line end takes ½ em.
 */
export type PunctuationStyle = 'quanjiao' | 'kaiming' | 'gb';

/** Newspaper default. */
export const DEFAULT_PUNCTUATION: PunctuationStyle = 'gb';

/** Which side of a mark's 1 em box is blank (adjustable). */
export const Blank = { None: 0, Left: 1, Right: 2, Both: 3 } as const;
/** A blank-side value. */
export type Blank = (typeof Blank)[keyof typeof Blank];

/**
 * Blank side per class in horizontal GB-style fonts (SC fonts put ，。：；？！ in the left
 * half of the box). Dashes, ellipses, connectors and solidi fill their box and never shrink.
 */
export function blankSide(cls: CharClass): Blank {
  switch (cls) {
    case CharClass.Open:
      return Blank.Left;
    case CharClass.Close:
    case CharClass.Comma:
    case CharClass.Stop:
    case CharClass.Colon:
    case CharClass.Excl:
      return Blank.Right;
    case CharClass.Middle:
      return Blank.Both;
    default:
      return Blank.None;
  }
}

/**
 * Squeeze priority of a mark's blank, after clreq's reduction order (lower squeezes first):
 * 1 line-end mark, 2 Western spaces, 3 interpuncts, 4 brackets, 5 ，、；：, 6 Han–Latin gaps,
 * 7 。？！. Zero means the class has nothing to squeeze.
 */
export function squeezePriority(cls: CharClass): number {
  switch (cls) {
    case CharClass.Space:
      return 2;
    case CharClass.Middle:
      return 3;
    case CharClass.Open:
    case CharClass.Close:
      return 4;
    case CharClass.Comma:
    case CharClass.Colon:
      return 5;
    case CharClass.Stop:
    case CharClass.Excl:
      return 7;
    default:
      return 0;
  }
}

/** Priority level used for Han–Latin gaps. */
export const GAP_PRIORITY = 6;
/** Number of squeeze priority levels (1..7). */
export const PRIORITY_LEVELS = 7;

/** True when this mark counts as a bracket for adjacent-mark compression. */
export function isBracket(cls: CharClass): boolean {
  return cls === CharClass.Open || cls === CharClass.Close;
}
