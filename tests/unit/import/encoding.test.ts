import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/import/decode-text';
import { importFile } from '../../../electron/import';
import { encodeGbk } from '../../fixtures/import/gbk';

const PAGE = '推动职业教育发展 培养高技能人才\n\n本报讯（融媒记者 徐婷婷）1月2日，视察组一行实地探访工程实践中心。\n';

describe('encoding detection', () => {
  it('the test GBK encoder matches the GB2312 chart', () => {
    expect([...encodeGbk('中文')]).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
  });

  it('round-trips a GBK file through import', async () => {
    const bytes = encodeGbk(PAGE);
    expect(decodeText(bytes)).toEqual({ text: PAGE, encoding: 'gb18030' });
    const { stories, warnings } = await importFile({ name: 'gbk.txt', bytes });
    expect(warnings.join()).toContain('GB18030');
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ headline: '推动职业教育发展 培养高技能人才', byline: '融媒记者 徐婷婷', dateline: '本报讯（融媒记者 徐婷婷）' });
    expect(stories[0]?.body).toEqual(['1月2日，视察组一行实地探访工程实践中心。']);
  });

  it('reads UTF-8 with and without BOM, and UTF-16 with BOM, including astral characters', () => {
    const text = '𠮷野家门店开业。';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(text);
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    expect(decodeText(new Uint8Array(le))).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodeText(new Uint8Array(be))).toEqual({ text, encoding: 'utf-16be' });
  });
});
