import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverNpmFonts, parseFcList } from '../../../electron/fonts/discover';
import { FontRegistry, loadFontMetrics } from '../../../electron/fonts/font-registry';
import { MISSING_FONT } from '../../../shared/typeset/font-set';

describe('npm font discovery', () => {
  it('finds every Noto Serif SC and Sans SC weight through module resolution', () => {
    const fonts = discoverNpmFonts();
    const ids = fonts.map((f) => f.id);
    expect(ids).toContain('noto-serif-sc-400');
    expect(ids).toContain('noto-serif-sc-900');
    expect(ids).toContain('noto-sans-sc-700');
    for (const f of fonts) {
      expect(existsSync(f.path)).toBe(true);
      expect(f.path.endsWith('.ttf')).toBe(true);
      expect(f.source).toBe('npm');
    }
  });
});

describe('fc-list parsing', () => {
  it('reads collection faces with indexes and CSS weights, skipping non-font lines', () => {
    const out = [
      '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc\t2\tNoto Serif CJK SC\tRegular\t80\tNotoSerifCJKsc-Regular',
      '/usr/share/fonts/x/Foo-Bold.ttf\t0\tFoo\tBold\t200\tFoo-Bold',
      '/usr/share/fonts/x/readme.txt\t0\tX\tY\t80\tX',
      '',
    ].join('\n');
    expect(parseFcList(out)).toEqual([
      { id: 'sys-foo-bold', family: 'Foo', style: 'Bold', weight: 700, path: '/usr/share/fonts/x/Foo-Bold.ttf', source: 'system' },
      {
        id: 'sys-notoserifcjksc-regular',
        family: 'Noto Serif CJK SC',
        style: 'Regular',
        weight: 400,
        path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
        index: 2,
        source: 'system',
      },
    ]);
  });
});

describe('FontRegistry', () => {
  const reg = new FontRegistry({ system: false });

  it('gives fontkit advances per code point and undefined where there is no glyph', () => {
    const m = reg.metrics('noto-serif-sc-400');
    expect(m.unitsPerEm).toBe(1000);
    expect(m.advance(0x5b57)).toBe(1000);
    expect(m.advance(0x61)).toBe(557);
    expect(m.advance(0x20bb7)).toBeUndefined();
    expect(m.advance(0x61)).toBe(557);
  });

  it('exposes the same file to the PDF writer and the screen', () => {
    const path = reg.path('noto-serif-sc-400');
    expect(reg.bytes('noto-serif-sc-400').equals(readFileSync(path))).toBe(true);
    expect(() => reg.path('nope')).toThrow(/unknown font/);
  });

  it('registers a user font file and lets styles choose it', () => {
    const own = new FontRegistry({ system: false, fallbacks: [] });
    const [entry] = own.register(own.path('noto-sans-sc-700'));
    expect(entry).toMatchObject({ id: 'user-notosanssc-bold', source: 'user', weight: 700 });
    const set = own.fontSet(['user-notosanssc-bold']);
    expect(set.fontId(set.fontOf(0x5b57))).toBe('user-notosanssc-bold');
  });

  it('loads one file directly as a port', () => {
    const m = loadFontMetrics(reg.path('noto-sans-sc-400'), 'sans');
    expect(m.id).toBe('sans');
    expect(m.advance(0x4e00)).toBe(1000);
  });

  it('falls back across the chain and marks glyphs no font has', () => {
    const withSystem = new FontRegistry();
    const set = withSystem.fontSet(['noto-serif-sc-400']);
    expect(set.fontOf(0x5b57)).toBe(0);
    const idx = set.fontOf(0x20bb7);
    if (set.fonts.some((f) => f.id.startsWith('sys-'))) expect(idx).not.toBe(MISSING_FONT);
    expect(set.fontOf(0xe000)).toBe(MISSING_FONT);
  });
});
