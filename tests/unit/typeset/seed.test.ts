import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../electron/fonts/font-registry';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { bodyStyle } from '../../../shared/typeset/styles';
import { seedBody } from '../../support/seed-body';

const SEED = '/work/shared/seed/000_482dc2148900315e.txt';

describe.skipIf(!existsSync(SEED))('seed page body at 13 characters a line (Noto Serif SC)', () => {
  it('sets every justified line to exactly 13 em, with no overfull or forced lines', () => {
    const body = seedBody(readFileSync(SEED, 'utf8'));
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
