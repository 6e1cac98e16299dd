import { describe, expect, it } from 'vitest';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { bodyStyle } from '../../../shared/typeset/styles';
import type { KinsokuLevel } from '../../../shared/typeset/kinsoku';
import type { PunctuationStyle } from '../../../shared/typeset/punctuation';
import { han, monoSet } from './fixtures';

// Golden cases after clreq §3 and GB/T 15834 §5.1, at 13 ems (no indent unless stated).
function set(text: string, opts: { measure?: number; kinsoku?: KinsokuLevel; punctuation?: PunctuationStyle; indent?: number } = {}) {
  const style = bodyStyle(10.5, {
    indent: opts.indent ?? 0,
    kinsoku: opts.kinsoku ?? 'gb',
    punctuation: opts.punctuation ?? 'gb',
  });
  return composeParagraphs([text], style, (opts.measure ?? 13) * 10.5, monoSet()).lines;
}

/** x of each code point in ems, from the line's runs. */
function xs(line: { runs: readonly { x: readonly number[] }[] }): number[] {
  return line.runs.flatMap((r) => r.x.map((x) => Math.round((x / 10.5) * 1000) / 1000));
}

describe('line-start prohibition and 先挤后推', () => {
  it('pushes a character down so that ，does not start a line (no other mark to squeeze)', () => {
    const lines = set(han(13) + '，' + han(5) + '。');
    expect(lines[0]!.text).toBe(han(12));
    expect(lines[1]!.text.startsWith('字，')).toBe(true);
    expect(lines[0]!.width).toBe(13);
    expect(lines[0]!.justified).toBe(true);
  });

  it('squeezes the line instead when another mark can give up its blank', () => {
    const text = han(5) + '，' + han(7) + '，' + han(3) + '。';
    const lines = set(text);
    expect(lines[0]!.text).toBe(han(5) + '，' + han(7) + '，');
    expect(lines[0]!.width).toBe(13);
    // The line-end comma lost ½ em, the inner comma ½ em.
    const x = xs(lines[0]!);
    expect(x[5]).toBe(5);
    expect(x[6]).toBe(5.5);
    expect(x[13]).toBe(12.5);
  });

  it('never ends a line with an opening mark', () => {
    const lines = set(han(12) + '“引号”里的话。');
    expect(lines[0]!.text).toBe(han(12));
    expect(lines[1]!.text.startsWith('“')).toBe(true);
  });

  it('a line-end mark fits in its half em (GB/T 15834 §5.1.10)', () => {
    // 12 ideographs and a comma fill 13 em exactly: nothing moves, the mark stays full width.
    const lines = set(han(12) + '，' + han(13));
    expect(lines[0]!.text).toBe(han(12) + '，');
    expect(xs(lines[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps —— together; strict also keeps it off the line start', () => {
    const gb = set(han(12) + '——' + han(4) + '。', { kinsoku: 'gb' });
    expect(gb[0]!.text).toBe(han(12));
    expect(gb[1]!.text.startsWith('——')).toBe(true);
    const strict = set(han(12) + '——' + han(4) + '。', { kinsoku: 'strict' });
    expect(strict[0]!.text).toBe(han(11));
    expect(strict[1]!.text.startsWith('字——')).toBe(true);
  });

  it('keeps …… together', () => {
    const lines = set(han(12) + '……' + han(4) + '。', { kinsoku: 'gb' });
    expect(lines.map((l) => l.text).join('|')).not.toMatch(/…\|…/);
  });

  it('solidus may end a line under basic but not under gb', () => {
    const text = han(12) + '／' + han(5);
    expect(set(text, { kinsoku: 'basic' })[0]!.text).toBe(han(12) + '／');
    expect(set(text, { kinsoku: 'gb' })[0]!.text).toBe(han(11));
  });
});

describe('punctuation width adjustment', () => {
  it('compresses adjacent marks with a bracket to 1.5 em (GB) but not in 全角', () => {
    const gb = set('他说：“好。”字', { measure: 20 });
    expect(xs(gb[0]!)).toEqual([0, 1, 2, 2.5, 3.5, 4.5, 5, 6]);
    const qj = set('他说：“好。”字', { measure: 20, punctuation: 'quanjiao' });
    expect(xs(qj[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('an opening mark at the line start loses its leading half, also after the indent', () => {
    const lines = set('“好”字', { indent: 2 });
    expect(xs(lines[0]!)[0]).toBe(1.5);
    expect(xs(lines[0]!)[1]).toBe(2.5);
  });

  it('开明 sets pause marks half width and keeps 。 full', () => {
    const lines = set('字，字。字', { punctuation: 'kaiming', measure: 20 });
    expect(xs(lines[0]!)).toEqual([0, 1, 1.5, 2.5, 3.5]);
  });

  it('justifying a short line first restores compressed pairs, keeping the grid', () => {
    const lines = set('略”，' + han(10) + han(5));
    expect(lines[0]!.text).toBe('略”，' + han(10));
    expect(xs(lines[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('mixed text', () => {
  it('puts ¼ em between Han and Latin/digits, none at line start', () => {
    const lines = set('在2024年', { measure: 20 });
    expect(xs(lines[0]!)).toEqual([0, 1.25, 1.75, 2.25, 2.75, 3.5]);
    const start = set('ab字', { measure: 20 });
    expect(xs(start[0]!)[0]).toBe(0);
  });

  it('keeps a number with its unit and never splits a number', () => {
    const lines = set(han(11) + '2024年' + han(3));
    for (const l of lines) {
      expect(l.text).not.toMatch(/\d$/);
      expect(l.text).not.toMatch(/^年/);
    }
  });

  it('squeezes ，、 (priority 5) before Han–Latin gaps (priority 6)', () => {
    // 13.5 em with the line-end comma at ½: the inner comma gives the last ½, the gaps stay ¼.
    const lines = set(han(4) + '，' + han(6) + 'a字，' + han(3));
    expect(lines[0]!.text).toBe(han(4) + '，' + han(6) + 'a字，');
    expect(lines[0]!.width).toBe(13);
    expect(xs(lines[0]!).slice(4)).toEqual([4, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.75, 11.5, 12.5]);
  });
});

describe('indent, overfull, astral characters', () => {
  it('indents the first line by two ems and justifies to the measure', () => {
    const lines = set(han(30), { indent: 2 });
    expect(xs(lines[0]!)[0]).toBe(2);
    expect(lines[0]!.text).toBe(han(11));
    expect(lines[0]!.width).toBe(13);
  });

  it('flags a glyph wider than the measure as overfull instead of widening the column', () => {
    const lines = set('字字', { measure: 0.5 });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.overfull)).toBe(true);
  });

  it('keeps UTF-16 offsets whole around 𠮷', () => {
    const text = '𠮷'.repeat(20) + '。';
    const lines = set(text);
    expect(lines[0]!.end).toBe(26);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    expect(lines[0]!.runs[0]!.x).toHaveLength(13);
  });
});
