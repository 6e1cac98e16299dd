import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FontRegistry } from '../../../electron/fonts';
import { preflight } from '../../../electron/export';
import { BLACK, type PageDisplayList } from '../../../shared/model/display-list';
import { iccProfileWithB2A } from '../../support/icc-profile';
import { encodePng } from '../../support/test-images';

let fonts: FontRegistry;
beforeAll(() => {
  fonts = new FontRegistry();
});

/** A real (tiny) PNG file: `w` × `h`, grey (colour type 0) or RGB (2). */
function png(w: number, h: number, colorType: 0 | 2): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  const row = 1 + w * (colorType === 0 ? 1 : 3);
  const raw = Buffer.alloc(row * h, 0x80);
  for (let y = 0; y < h; y++) raw[y * row] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const base = (over: Partial<PageDisplayList> = {}): PageDisplayList => ({
  pageId: 11,
  number: 2,
  width: 500,
  height: 700,
  bleed: 0,
  items: [{ kind: 'text', text: '永康新闻', fontId: 'noto-serif-sc-400', size: 10.5, scaleX: 1, x: [0, 10.5, 21, 31.5], y: 20, color: BLACK, frameId: 4 }],
  frames: [{ id: 4, storyId: 1, role: 'body', x: 0, y: 0, w: 100, h: 100 }],
  warnings: [],
  fonts: ['noto-serif-sc-400'],
  ...over,
});

const ok = { unsigned: () => [] };

describe('preflight', () => {
  it('passes a clean, signed-off page', () => {
    expect(preflight([base()], fonts, ok)).toEqual({ ok: true, problems: [] });
  });

  it('blocks a page with unsigned stories: one error per story, naming the page, the story and its round', () => {
    const waiting = [
      { storyId: 7, headline: '全县秋粮喜获丰收', status: 'proof-3' as const },
      { storyId: 9, headline: '', status: 'awaiting-signoff' as const },
    ];
    const r = preflight([base()], fonts, { unsigned: (id) => (id === base().pageId ? waiting : []) });
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(2);
    expect(r.problems.map((p) => [p.severity, p.code, p.pageNumber, p.storyId])).toEqual([['error', 'not-signed-off', 2, 7], ['error', 'not-signed-off', 2, 9]]);
    expect(r.problems[0]!.messageZh).toBe('第2版：《全县秋粮喜获丰收》尚未签发（现为“三校”），须经值班总编终审后再输出。');
    expect(r.problems[1]!.messageZh).toMatch(/^第2版：《稿件 #9》尚未签发（现为“待签发”）/);
    expect(r.problems[0]!.messageEn).toMatch(/^Page 2: “全县秋粮喜获丰收” is not signed off/);
  });

  it('reports an unknown font once, and a glyph the font lacks (𠮷 in Noto Serif SC) with its frame', () => {
    const page = base({
      items: [
        { kind: 'text', text: '𠮷先生𠮷', fontId: 'noto-serif-sc-400', size: 10.5, scaleX: 1, x: [0, 10, 20, 30], y: 20, color: BLACK, frameId: 4 },
        { kind: 'text', text: '报', fontId: 'fz-shusong', size: 10.5, scaleX: 1, x: [0], y: 40, color: BLACK },
        { kind: 'text', text: '报', fontId: 'fz-shusong', size: 10.5, scaleX: 1, x: [0], y: 60, color: BLACK },
      ],
    });
    const r = preflight([page], fonts, ok);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code).sort()).toEqual(['font-unknown', 'glyph-missing']);
    const glyph = r.problems.find((p) => p.code === 'glyph-missing')!;
    expect(glyph.frameId).toBe(4);
    expect(glyph.messageEn).toContain('U+20BB7');
    expect(glyph.messageZh).toContain('𠮷');
  });

  it('reports overset frames with the figures', () => {
    const r = preflight([base({ frames: [{ id: 9, storyId: 1, role: 'body', x: 0, y: 0, w: 10, h: 10, overset: { chars: 120, lines: 11 } }] })], fonts, ok);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'overset', frameId: 9 });
    expect(r.problems[0]!.messageZh).toContain('超版 120 字（11 行）');
  });

  it('says RGB pictures will be converted to CMYK — by the plant profile or by formula — and transparency flattened', () => {
    const items: PageDisplayList['items'] = [
      { kind: 'image', imageId: 5, x: 0, y: 0, w: 72, h: 72 },
      { kind: 'image', imageId: 6, x: 0, y: 0, w: 72, h: 72 },
      { kind: 'image', imageId: 7, x: 0, y: 0, w: 72, h: 72 },
    ];
    const files = new Map([
      [5, png(300, 300, 2)],
      [6, encodePng(300, 300, 4, () => [0, 0, 0, 100])],
      [7, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4])],
    ]);
    const ctx = { unsigned: () => [], imageBytes: (id: number) => files.get(id) };
    const r = preflight([base({ items })], fonts, ctx);
    const rgb = r.problems.filter((p) => p.code === 'image-rgb');
    expect(rgb.map((p) => p.messageEn)).toEqual([
      'Page 2: image #5 is RGB and will be converted to CMYK in the print PDF (no plant profile: converted by formula; a picture that is all grey goes in as greyscale, black plate only) — colours may differ from the screen.',
      'Page 2: image #6 is RGB and will be converted to CMYK in the print PDF (no plant profile: converted by formula; a picture that is all grey goes in as greyscale, black plate only) — colours may differ from the screen.',
    ]);
    expect(rgb[0]!.messageZh).toBe('第2版：图片 #5 为 RGB，印刷 PDF 中将转换为 CMYK（未设印厂特性文件，按公式转换；全为灰色的图片转为灰度，只用黑版），颜色可能与屏幕上不同。');
    const alpha = r.problems.find((p) => p.code === 'image-transparency')!;
    expect(rgb.map((p) => p.severity)).toEqual(['info', 'info']);
    expect(alpha).toMatchObject({ severity: 'info', messageEn: 'Page 2: image #6 has transparency, which PDF/X-1a does not allow; the print PDF flattens it onto white paper.' });
    // Bytes that are no complete JPEG are caught here, before the print PDF would fail on them.
    const bad = r.problems.find((p) => p.code === 'image-unreadable')!;
    expect(bad).toMatchObject({ severity: 'error' });
    expect(bad.messageEn).toContain('image #7 cannot be read');
    expect(r.ok).toBe(false);

    const dir = mkdtempSync(join(tmpdir(), 'banxin-preflight-'));
    try {
      const path = join(dir, 'output.icc');
      writeFileSync(path, iccProfileWithB2A({ grid: 2, clut: () => [0, 0, 0, 1] }));
      const withProfile = preflight([base({ items })], fonts, { ...ctx, outputProfile: { name: 'ISOnewspaper26v4.icc', path } });
      const msg = withProfile.problems.find((p) => p.code === 'image-rgb')!;
      expect(msg.messageEn).toContain('(converted with the plant profile "ISOnewspaper26v4.icc";');
      expect(msg.messageZh).toContain('（按印厂特性文件“ISOnewspaper26v4.icc”转换；');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns on low-resolution and RGB images, errors on missing ones', () => {
    const items: PageDisplayList['items'] = [
      { kind: 'image', imageId: 1, x: 0, y: 0, w: 144, h: 144 },
      { kind: 'image', imageId: 2, x: 0, y: 0, w: 72, h: 72 },
      { kind: 'image', imageId: 3, x: 0, y: 0, w: 72, h: 72 },
    ];
    // #1: 200 px over 2 in = 100 ppi, grey. #2: 300 px over 1 in = 300 ppi, RGB. #3: absent.
    const files = new Map([
      [1, png(200, 200, 0)],
      [2, png(300, 300, 2)],
    ]);
    const r = preflight([base({ items })], fonts, { unsigned: () => [], imageBytes: (id) => files.get(id) });
    expect(r.problems.map((p) => p.code).sort()).toEqual(['image-low-res', 'image-missing', 'image-rgb']);
    expect(r.problems.find((p) => p.code === 'image-low-res')!.messageEn).toContain('100 ppi');
    expect(r.ok).toBe(false);
  });

  it('warns (without blocking) on small four-colour-black text and overfull lines', () => {
    const page = base({
      items: [{ kind: 'text', text: '新闻', fontId: 'noto-serif-sc-400', size: 9, scaleX: 1, x: [0, 9], y: 20, color: { cmyk: [0.6, 0.5, 0.5, 1] } }],
      warnings: [{ kind: 'overfull', message: 'line wider than its measure', frameId: 4 }],
    });
    const r = preflight([page], fonts, ok);
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code).sort()).toEqual(['overfull-line', 'rich-black-text']);
  });
});
