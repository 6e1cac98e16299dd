import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { MAX_FRAME_BYTES, UPLOAD_LIMITS, type UploadKind } from '../../../shared/api/upload-limits';
import { DEFAULT_LIMITS } from '../../../electron/import/limits';
import { MAX_IMAGE_BYTES } from '../../../electron/images/image-header';
import { MAX_USER_FONT_BYTES } from '../../../electron/fonts/user-fonts';
import { fileToBase64 } from '../../../renderer/src/api/base64';
import { errorText } from '../../../renderer/src/api/error-text';
import { assertPasteSize, FileTooLargeError } from '../../../renderer/src/api/upload-size';

const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** The contract call that carries each kind of file, with a file of `b64` base64 characters. */
const carriers: Record<UploadKind, (b64: string) => { method: keyof typeof contract; params: unknown }> = {
  source: (b64) => ({ method: 'import.preview', params: { source: { file: { name: 'a.docx', dataBase64: b64 } } } }),
  image: (b64) => ({ method: 'images.import', params: { file: { name: 'a.jpg', dataBase64: b64 } } }),
  font: (b64) => ({ method: 'fonts.add', params: { name: 'a.ttf', dataBase64: b64 } }),
  icc: (b64) => ({ method: 'export.setOutputProfile', params: { profile: { name: 'a.icc', dataBase64: b64 } } }),
};

describe('upload limits checked in the window before encoding', () => {
  it('are the core\'s own limits, so the window refuses exactly what the core would', () => {
    expect(UPLOAD_LIMITS.source).toBe(DEFAULT_LIMITS.maxBytes);
    expect(UPLOAD_LIMITS.image).toBe(MAX_IMAGE_BYTES);
    expect(UPLOAD_LIMITS.font).toBe(MAX_USER_FONT_BYTES);
  });

  it.each(Object.keys(UPLOAD_LIMITS) as UploadKind[])('a %s at its limit passes the contract and fits one WebSocket frame', (kind) => {
    const b64 = 'A'.repeat(base64Length(UPLOAD_LIMITS[kind]));
    const { method, params } = carriers[kind](b64);
    expect(contract[method].params.safeParse(params).success).toBe(true);
    expect(JSON.stringify({ id: 2 ** 53 - 1, method, params }).length).toBeLessThan(MAX_FRAME_BYTES);
  });

  it.each(Object.entries(UPLOAD_LIMITS) as Array<[UploadKind, number]>)('a %s one byte over is refused before it is read, naming the limit in Chinese and English', async (kind, limit) => {
    const file = new File([new Uint8Array(limit + 1)], '大文件.bin');
    const err = await fileToBase64(file, kind).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileTooLargeError);
    const mb = `${limit / 1024 / 1024} MB`;
    expect(errorText(err, 'zh-CN')).toContain(`超过上限 ${mb}`);
    expect(errorText(err, 'zh-CN')).toContain(`文件“大文件.bin”有 ${(limit + 1).toLocaleString('en-US')} 字节`);
    expect(errorText(err, 'en')).toContain(`over the ${mb} limit`);
  });

  it('a file at the limit is encoded', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'small.icc');
    expect(await fileToBase64(file, 'icc')).toBe('AQID');
  });

  it('pasted copy is measured as the importer measures it, text and HTML together', () => {
    const half = UPLOAD_LIMITS.source / 4;
    expect(() => assertPasteSize({ text: '版'.repeat(half), html: 'x'.repeat(half) })).not.toThrow();
    const err = (() => {
      try {
        assertPasteSize({ text: '版'.repeat(half), html: 'x'.repeat(half + 1) });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(FileTooLargeError);
    expect(errorText(err, 'zh-CN')).toContain('粘贴的内容有 20,971,522 字节，超过上限 20 MB');
    expect(errorText(err, 'en')).toContain('over the 20 MB limit');
    const { method, params } = { method: 'import.preview' as const, params: { source: { paste: { text: '版'.repeat(half), html: '"'.repeat(half) } } } };
    expect(contract[method].params.safeParse(params).success).toBe(true);
    expect(Buffer.byteLength(JSON.stringify({ id: 1, method, params }))).toBeLessThan(MAX_FRAME_BYTES);
  });
});
