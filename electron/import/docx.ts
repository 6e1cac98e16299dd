import mammoth from 'mammoth';
import { ImportError } from './errors';
import { htmlToParagraphs, type HtmlConversion } from './html-to-paragraphs';
import type { ImportLimits } from './limits';
import { readZipDirectory, verifyZipEntries } from './zip-guard';

/**
 * .docx → paragraphs. The zip is checked first (central directory limits, then every entry
 * inflated under a cap), so mammoth never sees a bomb; mammoth's HTML then goes through the
 * text-only converter. External files are never read and images are dropped.
 */
export async function docxToParagraphs(bytes: Uint8Array, limits: ImportLimits): Promise<HtmlConversion> {
  const entries = readZipDirectory(bytes, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('word/document.xml')) {
    throw new ImportError('NOT_DOCX', { zh: '（压缩包中没有 word/document.xml）', en: '(the archive has no word/document.xml)' });
  }
  verifyZipEntries(bytes, entries, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // Images become nothing at all: no data URIs, no remote references.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (err) {
    const msg = err instanceof Error ? err.message.slice(0, 200) : 'unknown error';
    throw new ImportError('NOT_DOCX', { zh: `（无法解析文档：${msg}）`, en: `(could not parse the document: ${msg})` });
  }
  return htmlToParagraphs(html);
}
