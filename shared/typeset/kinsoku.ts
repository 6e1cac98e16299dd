import { CharClass, CLASS_COUNT } from './char-class';

/**
 * Line-start / line-end prohibition (行首行尾禁则) levels from clreq §3.1.7:
 * - `basic` 基本处理: pause marks, closing marks, connectors, interpuncts, solidi never start a
 *   line; opening marks never end one;
 * - `gb` GB法: basic, and the solidus may not end a line either;
 * - `strict` 严格处理: gb, and —— and …… may not start a line.
 */
export type KinsokuLevel = 'basic' | 'gb' | 'strict';

/** Newspaper default: GB/T 15834 as county papers follow it. */
export const DEFAULT_KINSOKU: KinsokuLevel = 'gb';

/** Per-class flags: may not start a line / may not end a line. */
export interface KinsokuTable {
  readonly noStart: Uint8Array;
  readonly noEnd: Uint8Array;
}

function build(level: KinsokuLevel): KinsokuTable {
  const noStart = new Uint8Array(CLASS_COUNT);
  const noEnd = new Uint8Array(CLASS_COUNT);
  for (const c of [
    CharClass.Close,
    CharClass.Comma,
    CharClass.Stop,
    CharClass.Colon,
    CharClass.Excl,
    CharClass.Middle,
    CharClass.Connector,
    CharClass.Solidus,
    CharClass.LatinClose,
    CharClass.Continuation,
  ]) {
    noStart[c] = 1;
  }
  noEnd[CharClass.Open] = 1;
  noEnd[CharClass.LatinOpen] = 1;
  if (level !== 'basic') noEnd[CharClass.Solidus] = 1;
  if (level === 'strict') {
    noStart[CharClass.Dash] = 1;
    noStart[CharClass.Ellipsis] = 1;
  }
  return { noStart, noEnd };
}

const tables: Record<KinsokuLevel, KinsokuTable> = {
  basic: build('basic'),
  gb: build('gb'),
  strict: build('strict'),
};

/** The prohibition table for a level. */
export function kinsokuTable(level: KinsokuLevel): KinsokuTable {
  return tables[level];
}

/** True when `cls` may not begin a line at `level`. */
export function isForbiddenAtLineStart(cls: CharClass, level: KinsokuLevel): boolean {
  return tables[level].noStart[cls] === 1;
}

/** True when `cls` may not end a line at `level`. */
export function isForbiddenAtLineEnd(cls: CharClass, level: KinsokuLevel): boolean {
  return tables[level].noEnd[cls] === 1;
}
