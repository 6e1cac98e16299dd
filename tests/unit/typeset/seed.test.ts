import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../electron/fonts/font-registry';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { bodyStyle } from '../../../shared/typeset/styles';

const SEED = '/work/shared/seed/000_482dc2148900315e.txt';

// Copy prep as intake does it: ASCII punctuation in Chinese context made full-width, and
// paragraphs broken mid-sentence (PDF damage) rejoined. Test-only stand-in for shared/text.
function normalise(raw: string): string[] {
  const FULL: Record<string, string> = { ',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）' };
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  const paras = raw
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) =>
      Array.from(l).map((ch, i, arr) => {
        const f = FULL[ch];
        if (!f) return ch;
        const near = (arr[i - 1] ?? '') + (arr[i + 1] ?? '') + (arr[i + 2] ?? '');
        return cjk.test(near) || /\s/.test(arr[i + 1] ?? '') ? f : ch;
      }).join(''),
    );
  const out: string[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[。！？”」』）…：]$/.test(prev) && out.length > 1) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out.slice(1); // body only: drop the headline
}

describe.skipIf(!existsSync(SEED))('seed page body at 13 characters a line (Noto Serif SC)', () => {
  it('sets every justified line to exactly 13 em, with no overfull or forced lines', () => {
    const body = normalise(readFileSync(SEED, 'utf8'));
    expect(body.length).toBeGreaterThan(10);
    const reg = new FontRegistry({ system: false });
    const style = bodyStyle(10.5);
    const { lines, warnings } = composeParagraphs(body, style, 13 * 10.5, reg.fontSet(style.fonts));
    expect(warnings).toEqual([]);
    const justified = lines.filter((l) => !l.lastInParagraph);
    expect(justified.length).toBeGreaterThan(200);
    for (const l of justified) {
      expect(l.justified).toBe(true);
      expect(l.width).toBe(13);
    }
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(13);
    for (let b = 0; b < body.length; b++) {
      expect(lines.filter((l) => l.block === b).map((l) => l.text).join('')).toBe(body[b]);
    }
  });
});
