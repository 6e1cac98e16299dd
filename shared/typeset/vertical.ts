import { CharClass } from './char-class';
import type { FontSet } from './font-set';
import { prepareParagraph } from './prepare';
import { setLine } from './set-line';
import type { TextStyle } from './styles';
import { ptToUnits } from './units';

// Vertical presentation forms (clreq: quotes become corner brackets, marks sit top-right).
const VERTICAL_FORMS: Record<string, string> = {
  '，': '︐',
  '、': '︑',
  '。': '︒',
  '：': '︓',
  '；': '︔',
  '！': '︕',
  '？': '︖',
  '（': '︵',
  '）': '︶',
  '｛': '︷',
  '｝': '︸',
  '〔': '︹',
  '〕': '︺',
  '【': '︻',
  '】': '︼',
  '《': '︽',
  '》': '︾',
  '〈': '︿',
  '〉': '﹀',
  '「': '﹁',
  '」': '﹂',
  '『': '﹃',
  '』': '﹄',
  '“': '﹁',
  '”': '﹂',
  '‘': '﹃',
  '’': '﹄',
  '—': '︱',
  '…': '︙',
  '～': '︴',
};

/** The vertical form of a character (itself when it has none). */
export function verticalForm(ch: string): string {
  return VERTICAL_FORMS[ch] ?? ch;
}

/** A glyph in a vertical column. */
export interface VerticalGlyph {
  /** What to draw (vertical presentation form where one exists). */
  readonly char: string;
  /** UTF-16 offset of the source character. */
  readonly offset: number;
  readonly fontId: string;
  /** Left edge of the column in points from the frame's left. */
  readonly x: number;
  /** Top of the glyph box in points from the frame's top. */
  readonly y: number;
  /** Latin and digits are drawn rotated 90° clockwise (clreq); ideographs upright. */
  readonly rotated: boolean;
}

/** One column of a vertical headline. */
export interface VerticalColumn {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly glyphs: VerticalGlyph[];
}

/**
 * Sets `text` vertically (竖排) in columns `height` points tall, right to left, each column
 * `style.leading` wide, inside a frame `width` points wide. Breaking uses the horizontal
 * rules on the source characters; only the drawn forms change.
 */
export function composeVertical(text: string, style: TextStyle, height: number, width: number, fonts: FontSet): VerticalColumn[] {
  const p = prepareParagraph(text, { ...style, indent: 0 }, fonts);
  const measure = ptToUnits(height, style.size);
  const cols: VerticalColumn[] = [];
  let start = 0;
  do {
    const line = setLine(p, 0, start, { measure, x: 0, baseline: 0 });
    const x = width - (cols.length + 1) * style.leading + (style.leading - style.size) / 2;
    const glyphs: VerticalGlyph[] = [];
    for (const run of line.runs) {
      let k = 0;
      for (let i = run.start; i < run.start + run.text.length; i++) {
        const c = p.cls[i] as CharClass;
        if (c === CharClass.Continuation) continue;
        const cp = text.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        glyphs.push({
          char: verticalForm(ch),
          offset: i,
          fontId: run.fontId,
          x,
          y: run.x[k++]!,
          rotated: c >= CharClass.Latin && c <= CharClass.NumberAffix,
        });
      }
    }
    cols.push({ start: line.start, end: line.end, text: line.text, glyphs });
    start = line.end;
  } while (start < p.length);
  return cols;
}
