import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { safeOutputPath, sanitizeFileName } from '../../../electron/export/safe-path';

const dir = mkdtempSync(join(tmpdir(), 'banxin-safe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hostile = fc.oneof(
  fc.string({ maxLength: 400, unit: 'binary' }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('../', '..\\', '/', '\\', '/etc/passwd', 'C:\\Windows\\', '\\\\server\\share\\', '\0', 'CON', 'com1', 'LPT9.txt', 'nul.pdf', '.', '..', ' ', '\u202e', '\u2066', '\u200b', '\ufeff', 'fdp.exe', '𠮷', ':', '*', '?', '"', '<', '>', '|', '\n', '\ud800'),
        fc.stringMatching(/^[\u4e00-\u9fa5]{1,120}$/),
      ),
      { maxLength: 40 },
    )
    .map((xs) => xs.join('')),
);

describe('safeOutputPath: export files stay in the chosen folder', () => {
  it('1,000 hostile titles: always a plain name directly inside the folder, no reserved or invisible characters', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const p = safeOutputPath(dir, title, { extension: '.pdf' });
        expect(dirname(p)).toBe(resolve(dir));
        const name = basename(p);
        expect(name.endsWith('.pdf')).toBe(true);
        // oxlint-disable-next-line no-control-regex -- control characters must not reach a file name
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
        expect(name).not.toMatch(/^\.|[ .]$/);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
        expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('never overwrites silently: each export of the same title gets a new name; overwrite only on request', () => {
    const sub = mkdtempSync(join(dir, 'dup-'));
    const paths = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const p = safeOutputPath(sub, '头版：县委全会', { extension: '.pdf' });
      expect(paths.has(p)).toBe(false);
      writeFileSync(p, String(i), { flag: 'wx' });
      paths.add(p);
    }
    expect(readdirSync(sub).sort()).toEqual(['头版：县委全会 (2).pdf', '头版：县委全会 (3).pdf', '头版：县委全会 (4).pdf', '头版：县委全会 (5).pdf', '头版：县委全会.pdf']);
    expect(safeOutputPath(sub, '头版：县委全会', { extension: '.pdf', overwrite: true })).toBe(join(resolve(sub), '头版：县委全会.pdf'));
  });

  it('table of examples', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('com1.txt')).toBe('_com1.txt');
    expect(sanitizeFileName('  ...  ')).toBe('未命名');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('𠮷野家'.repeat(100))).toMatch(/^(𠮷野家)+𠮷?野?$/u);
    expect(safeOutputPath(dir, 'a/../../b.pdf', { exists: () => false })).toBe(join(resolve(dir), 'a_.._.._b.pdf'));
    expect(safeOutputPath(dir, 'story.exe\u0000.pdf', { exists: () => false })).toBe(join(resolve(dir), 'story.exe.pdf'));
    expect(() => safeOutputPath(dir, 'x', { extension: '/../x' })).toThrow();
  });
});
