import mammoth from 'mammoth';
import { writeZip } from '../export/zip-writer';
import { ImportError, formatBytes } from './errors';
import { htmlToParagraphs, type HtmlConversion } from './html-to-paragraphs';
import type { ImportLimits } from './limits';
import { verifiedZipParts } from './zip-guard';

/** The parts the Word parser reads: the document, its styles, numbering, notes and relationships. */
const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/**
 * .docx → paragraphs. The zip guard reads and inflates every entry under its limits; mammoth is
 * then given a fresh archive built from the guard's verified XML parts only, never the original
 * bytes, so no trick in the original's layout (a second directory, shifted offsets, duplicate or
 * disagreeing headers) can make the parser read something the guard did not check. Mammoth's
 * HTML goes through the text-only converter. External files are never read and images are dropped.
 */
export async function docxToParagraphs(bytes: Uint8Array, limits: ImportLimits): Promise<HtmlConversion> {
  const parts = verifiedZipParts(bytes, limits, isXmlPart);
  if (!parts.some((p) => p.name === 'word/document.xml')) {
    throw new ImportError('NOT_DOCX', { zh: '（压缩包中没有 word/document.xml）', en: '(the archive has no word/document.xml)' });
  }
  const xmlBytes = parts.reduce((n, p) => n + p.data.length, 0);
  if (xmlBytes > limits.maxParsedXmlBytes) {
    throw new ImportError('ZIP_BOMB', {
      zh: `（文档的 XML 部分共 ${formatBytes(xmlBytes)}，上限 ${formatBytes(limits.maxParsedXmlBytes)}）`,
      en: `(the document's XML parts total ${formatBytes(xmlBytes)}, limit ${formatBytes(limits.maxParsedXmlBytes)})`,
    });
  }
  const clean = writeZip(parts.map((p) => ({ name: p.name, data: p.data, store: true })));
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: clean },
      {
        externalFileAccess: false,
        // Images become nothing at all: no data URIs, no remote references (their bytes are not even handed over).
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
