// Issue #13 finding 1: the zip-bomb guard and the Word parser must read the same archive.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { ImportError, importFile } from '../../../electron/import';
import { makeDocx } from '../../fixtures/import/make-docx';
import { makeZip } from '../../fixtures/import/make-zip';
import { hiddenDirectoryZip, joinZip, readRawEntries, shiftDirectory, splitZip, writeRawEntries } from '../../fixtures/import/zip-parts';

async function refusal(bytes: Uint8Array): Promise<ImportError> {
  try {
    await importFile({ name: 'x.docx', bytes });
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected the guard to refuse the archive');
}

const bodyText = async (bytes: Uint8Array): Promise<string> => (await importFile({ name: 'x.docx', bytes })).stories.flatMap((s) => [s.headline, ...s.body]).join('\n');
const VISIBLE = makeDocx(['可见的稿件标题', `${'这是守卫检查过的正文，内容完全正常。'.repeat(20)}`]);
const HIDDEN = makeDocx(['隐藏目录里的稿件', '这段文字只在第二个目录里。']);

describe('zip guard: one reading of the archive (issue #13)', () => {
  it('refuses a gap that hides a second central directory (the parser would import the hidden story)', async () => {
    const attack = hiddenDirectoryZip(VISIBLE, HIDDEN);
    // The attack is real: the parser alone, given these bytes, reads the hidden directory.
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(attack) });
    expect(raw.value).toContain('隐藏目录里的稿件');
    const e = await refusal(attack);
    expect(e.code).toBe('NOT_DOCX');
    expect(e.messageZh).toContain('多余数据');
  });

  it('refuses bytes between the directory and the end record, before the directory, and after the end record', async () => {
    const p = splitZip(VISIBLE);
    expect((await refusal(joinZip(p, { afterDirectory: Buffer.from('PK\x05\x06junk') }))).code).toBe('NOT_DOCX');
    expect((await refusal(joinZip(p, { beforeDirectory: Buffer.alloc(64, 0x41) }))).code).toBe('NOT_DOCX');
    expect((await refusal(new Uint8Array(Buffer.concat([Buffer.from(VISIBLE), Buffer.from('trailing')])))).code).toBe('NOT_DOCX');
  });

  it('refuses prepended data: an unreferenced entry before the ones the directory lists', async () => {
    const junk = Buffer.from(splitZip(makeZip([{ name: 'word/document.xml', data: '<x/>' }])).locals);
    const p = splitZip(VISIBLE);
    // Same directory, every offset moved past the junk: consistent for a lenient parser.
    const bytes = joinZip({ ...p, locals: Buffer.concat([junk, p.locals]), directory: shiftDirectory(p.directory, junk.length) });
    expect((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value).toContain('可见的稿件标题');
    const e = await refusal(bytes);
    expect(e.messageEn).toContain('unreferenced data');
  });

  it('refuses local headers whose names disagree with the directory (the parser reads the local name)', async () => {
    const decoy = makeDocx(['诱饵稿件', '只在诱饵条目里。']);
    const decoyXml = readRawEntries(decoy).find((e) => e.name.toString() === 'word/document.xml')!;
    const entries = readRawEntries(makeDocx(['真正的稿件', '守卫检查的是这一篇。']));
    entries.push({ ...decoyXml, name: Buffer.from('word/documenX.xml') });
    const real = entries.findIndex((e) => e.name.toString() === 'word/document.xml');
    const plain = writeRawEntries(entries);
    expect(await bodyText(plain)).toContain('真正的稿件');
    // Swap the two names in the local headers only.
    const b = Buffer.from(plain);
    const first = b.indexOf('word/document.xml');
    const second = b.indexOf('word/documenX.xml');
    expect(first).toBeLessThan(second);
    b.write('word/documenX.xml', first);
    b.write('word/document.xml', second);
    expect(real).toBeGreaterThanOrEqual(0);
    expect((await mammoth.extractRawText({ buffer: b })).value).toContain('诱饵稿件');
    const e = await refusal(new Uint8Array(b));
    expect(e.messageEn).toContain('disagrees with the central directory');
  });

  it('refuses duplicate names (parsers keep different copies)', async () => {
    const entries = readRawEntries(makeDocx(['第一份正文']));
    const other = readRawEntries(makeDocx(['第二份正文'])).find((e) => e.name.toString() === 'word/document.xml')!;
    const bytes = writeRawEntries([...entries, other]);
    expect((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value).toContain('第二份正文');
    const e = await refusal(bytes);
    expect(e.messageZh).toContain('重复');
  });

  it('refuses wrong CRCs and entries that inflate to less than declared', async () => {
    const entries = readRawEntries(VISIBLE);
    const doc = entries.find((e) => e.name.toString() === 'word/document.xml')!;
    expect((await refusal(writeRawEntries(entries.map((e) => (e === doc ? { ...e, crc: (e.crc ^ 1) >>> 0 } : e))))).messageEn).toContain('corrupt');
    expect((await refusal(writeRawEntries(entries.map((e) => (e === doc ? { ...e, uncompressedSize: e.uncompressedSize + 7 } : e))))).messageEn).toContain('corrupt');
  });

  it('refuses names that parsers decode differently, Unicode-path extras, folder-flagged files and encryption', async () => {
    const entries = readRawEntries(VISIBLE);
    const swap = (f: (e: (typeof entries)[number]) => (typeof entries)[number]) => writeRawEntries(entries.map((e) => (e.name.toString() === 'word/document.xml' ? f(e) : e)));
    const upath = Buffer.alloc(4 + 5 + 17);
    upath.writeUInt16LE(0x7075, 0);
    upath.writeUInt16LE(5 + 17, 2);
    upath.write('word/document.xml', 9);
    expect((await refusal(swap((e) => ({ ...e, centralExtra: upath })))).messageEn).toContain('Unicode path');
    expect((await refusal(swap((e) => ({ ...e, externalAttrs: 0x10 })))).messageEn).toContain('folder');
    expect((await refusal(swap((e) => ({ ...e, flags: e.flags | 1 })))).messageEn).toContain('encrypted');
    const gbkName = readRawEntries(makeZip([{ name: 'word/document.xml', data: '<x/>' }]));
    expect((await refusal(writeRawEntries([...entries, { ...gbkName[0]!, name: Buffer.from([0x77, 0xd5, 0xfd, 0x2e, 0x78]), flags: 0 }]))).messageEn).toContain('UTF-8');
    expect((await refusal(writeRawEntries([...entries, { ...gbkName[0]!, name: Buffer.from('word/../evil.xml') }]))).messageEn).toContain('bad entry name');
  });

  it('still imports well-formed variants: data descriptors (signed or not), a comment, folder entries', async () => {
    const entries = readRawEntries(VISIBLE);
    for (const descriptors of ['signed', 'unsigned'] as const) {
      expect(await bodyText(writeRawEntries(entries, { descriptors }))).toContain('可见的稿件标题');
    }
    expect(await bodyText(writeRawEntries(entries, { comment: Buffer.from('made by a newsroom tool') }))).toContain('可见的稿件标题');
    const folder = { name: Buffer.from('word/'), method: 0, flags: 0, crc: 0, compressedSize: 0, uncompressedSize: 0, data: Buffer.alloc(0), externalAttrs: 0x10 };
    expect(await bodyText(writeRawEntries([folder, ...entries]))).toContain('可见的稿件标题');
  });

  it('still imports documents written by Word (mammoth\'s own test documents)', async () => {
    const dir = resolve(process.cwd(), 'node_modules/mammoth/test/test-data');
    const files = readdirSync(dir).filter((f) => /^(single-paragraph|tables|footnotes|comments|simple-list|utf8-bom)\.docx$/.test(f));
    expect(files).toHaveLength(6);
    for (const f of files) {
      const { stories } = await importFile({ name: f, bytes: new Uint8Array(readFileSync(resolve(dir, f))) });
      expect(stories.length, f).toBeGreaterThan(0);
    }
  });
});
