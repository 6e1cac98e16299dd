// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLACK, type PageDisplayList, type TextItem } from '../../../shared/model/display-list';
import { displayListToSvg, escapeXml, inkToCss, svgFontFamily } from '../../../shared/render';

const text = (t: string, x: number[], extra: Partial<TextItem> = {}): TextItem => ({
  kind: 'text',
  text: t,
  fontId: 'noto-serif-sc-400',
  size: 10.5,
  scaleX: 1,
  x,
  y: 20,
  color: BLACK,
  ...extra,
});

const page = (items: PageDisplayList['items'], frames: PageDisplayList['frames'] = []): PageDisplayList => ({
  pageId: 7,
  number: 3,
  width: 200,
  height: 300,
  bleed: 0,
  items,
  frames,
  warnings: [],
  fonts: ['noto-serif-sc-400'],
});

const fontUrl = (id: string): string => `banxin-font://${id}`;

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`bad SVG: ${svg.slice(0, 200)}`);
  return doc;
}

describe('displayListToSvg', () => {
  it('writes one x per code point, astral characters included', () => {
    const svg = displayListToSvg(page([text('城东𠮷先生', [0, 10.5, 21, 31.5, 42])]), { fontUrl });
    const m = /<text[^>]* x="([^"]+)"[^>]*>([^<]*)<\/text>/.exec(svg)!;
    expect(m[1]!.split(' ')).toEqual(['0', '10.5', '21', '31.5', '42']);
    expect(m[2]).toBe('城东𠮷先生');
  });

  it('declares an @font-face per font id and refers to it by family', () => {
    const svg = displayListToSvg(page([text('版', [0], { fontId: 'sys-notosanscjksc-regular' })]), { fontUrl });
    expect(svg).toContain(`@font-face{font-family:"${svgFontFamily('noto-serif-sc-400')}";src:url("banxin-font://noto-serif-sc-400");}`);
    expect(svg).toContain(`font-family="${svgFontFamily('sys-notosanscjksc-regular')}"`);
  });

  it('scales 长/扁 text about the origin and divides x by the same factor', () => {
    const svg = displayListToSvg(page([text('主题', [100, 130], { scaleX: 1.25 })]), { fontUrl });
    expect(svg).toContain('x="80 104"');
    expect(svg).toContain('transform="matrix(1.25 0 0 1 0 0)"');
  });

  it('sizes the document by scale and keeps the drawing in points', () => {
    const svg = displayListToSvg(page([]), { fontUrl, scale: 2 });
    expect(svg).toMatch(/^<svg [^>]*width="400" height="600" viewBox="0 0 200 300"/);
  });

  it('paints CMYK by the naive transform', () => {
    expect(inkToCss(BLACK)).toBe('#000000');
    expect(inkToCss({ cmyk: [0, 0, 0, 0] })).toBe('#ffffff');
    expect(inkToCss({ cmyk: [0, 1, 1, 0] })).toBe('#ff0000');
    expect(inkToCss({ cmyk: [0, 0, 0, 0.5] })).toBe('#808080');
  });

  it('draws frames only when asked, overset frames in red with a marker', () => {
    const frames = [
      { id: 1, storyId: 1, role: 'body', x: 0, y: 0, w: 50, h: 50 },
      { id: 2, storyId: 1, role: 'body', x: 60, y: 0, w: 50, h: 50, overset: { chars: 10, lines: 1 } },
    ];
    expect(displayListToSvg(page([], frames), { fontUrl })).not.toContain('data-frame-id');
    const svg = displayListToSvg(page([], frames), { fontUrl, showFrames: true });
    expect(svg).toContain('data-frame-id="1"');
    expect(svg).toMatch(/stroke="#e00000"[^>]*data-frame-id="2"/);
    expect(svg).toContain('<path');
  });

  it('never emits markup from text, font ids or URLs, and always parses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ maxLength: 20 }), (s, id) => {
        const cps = Array.from(s);
        const svg = displayListToSvg(page([text(s, cps.map((_, i) => i * 10), { fontId: id })]), {
          fontUrl: (f) => `x"onload="alert(1)<script>${f}`,
        });
        const doc = parse(svg);
        expect(doc.getElementsByTagName('script').length).toBe(0);
        for (const el of Array.from(doc.getElementsByTagName('*'))) {
          for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on')).toBe(false);
        }
        const t = doc.getElementsByTagName('text')[0];
        if (cps.length > 0) expect(Array.from(t!.textContent!).length).toBe(cps.length);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes the XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(escapeXml('a\u0001b\uD800c')).toBe('a\uFFFDb\uFFFDc');
  });
});
