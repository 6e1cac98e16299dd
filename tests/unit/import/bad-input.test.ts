import { describe, expect, it } from 'vitest';
import { ImportError, importFile, type ImportSource } from '../../../electron/import';
import { makeDocx } from '../../fixtures/import/make-docx';
import { makeZip } from '../../fixtures/import/make-zip';

async function refusal(src: ImportSource, limits?: Parameters<typeof importFile>[1]): Promise<ImportError> {
  try {
    await importFile(src, limits);
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    const e = err as ImportError;
    // Every refusal carries a message in both languages.
    expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messageEn).toMatch(/[a-z]/);
    return e;
  }
  throw new Error('expected an ImportError');
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('bad input', () => {
  it('refuses an empty file and whitespace-only text', async () => {
    expect((await refusal({ name: 'a.txt', bytes: new Uint8Array() })).code).toBe('EMPTY');
    expect((await refusal({ name: 'a.txt', bytes: enc(' \n\u3000\n\r\n') })).code).toBe('EMPTY');
    expect((await refusal({ name: 'paste', text: '   ' })).code).toBe('EMPTY');
    expect((await refusal({ name: 'a.md', bytes: enc('![](http://x/y.png)\n---\n') })).code).toBe('EMPTY');
  });

  it('refuses a binary renamed .docx', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 200 }, () => 7)]);
    const e = await refusal({ name: 'story.docx', bytes: png });
    expect(e.code).toBe('NOT_DOCX');
    expect(e.messageZh).toContain('.docx');
  });

  it('refuses a zip that is not a Word document, and a truncated docx', async () => {
    const zip = makeZip([{ name: 'hello.txt', data: 'hi' }]);
    expect((await refusal({ name: 'x.docx', bytes: zip })).code).toBe('NOT_DOCX');
    const docx = makeDocx(['标题', '正文第一段，内容。']);
    expect((await refusal({ name: 'x.docx', bytes: docx.subarray(0, docx.length - 30) })).code).toBe('NOT_DOCX');
  });

  it('refuses zip bombs: by ratio, by declared size, by lying sizes, by entry count', async () => {
    // 20 MiB of zeros deflates to ~20 KiB: ratio ~1000.
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const ratio = makeDocx(['标题'], [{ name: 'word/media/blob.bin', data: zeros }]);
    const e1 = await refusal({ name: 'bomb.docx', bytes: ratio });
    expect(e1.code).toBe('ZIP_BOMB');
    expect(e1.messageZh).toContain('压缩比');

    // Entries that together declare more than the limit.
    const big = makeDocx(['标题'], [{ name: 'a.bin', data: zeros }, { name: 'b.bin', data: zeros }]);
    expect((await refusal({ name: 'big.docx', bytes: big }, { maxUncompressedBytes: 30 * 1024 * 1024, maxRatio: 10_000 })).code).toBe('ZIP_BOMB');

    // A central directory that understates the size: caught when inflating under a cap.
    const liar = makeDocx(['标题'], [{ name: 'word/media/x.bin', data: zeros, declaredSize: 1000 }]);
    const e3 = await refusal({ name: 'liar.docx', bytes: liar });
    expect(e3.code).toBe('ZIP_BOMB');
    expect(e3.messageEn).toContain('declared');

    const many = makeDocx(['标题'], Array.from({ length: 2001 }, (_, i) => ({ name: `f/${i}.xml`, data: '<a/>', store: true })));
    const e4 = await refusal({ name: 'many.docx', bytes: many });
    expect(e4.code).toBe('ZIP_BOMB');
    expect(e4.messageZh).toContain('2000');
  });

  it('refuses a 50 MB text before decoding it', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const e = await refusal({ name: 'huge.txt', bytes });
    expect(e.code).toBe('TOO_LARGE');
    expect(e.messageZh).toContain('50.0 MiB');
    expect((await refusal({ name: 'paste', text: 'a'.repeat(11 * 1024 * 1024) })).code).toBe('TOO_LARGE');
  });

  it('refuses invalid UTF-8 instead of guessing', async () => {
    expect((await refusal({ name: 'a.txt', bytes: new Uint8Array([0x61, 0xc3, 0x28, 0x62]) })).code).toBe('BAD_ENCODING');
    // Mostly valid UTF-8 Chinese with one corrupt byte: must not be "rescued" as GBK mojibake.
    const good = enc('本报讯今天全市召开经济工作会议，部署明年重点工作。'.repeat(3));
    const broken = new Uint8Array(good);
    broken[9] = 0xff; // the lead byte of the fourth character
    const e = await refusal({ name: 'a.txt', bytes: broken });
    expect(e.code).toBe('BAD_ENCODING');
    expect(e.messageEn).toContain('offset 9');
    // Binary data that happens to decode is still not text.
    const bin = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await refusal({ name: 'b.txt', bytes: bin })).code).toBe('BAD_ENCODING');
  });

  it('refuses formats it cannot read with a hint', async () => {
    const e = await refusal({ name: 'old.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) });
    expect(e.code).toBe('UNSUPPORTED');
    expect(e.messageZh).toContain('.docx');
    // A .pdf is read now; a file that only claims to be one is refused as not a PDF, saying what to do.
    const pdf = await refusal({ name: 'page.pdf', bytes: enc('%PDF-1.7') });
    expect(pdf.code).toBe('NOT_PDF');
    expect(pdf.messageZh).toContain('重新导出');
  });
});
