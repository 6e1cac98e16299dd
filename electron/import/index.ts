import { codePointLength } from '../../shared/text';
import { LIMITS } from '../../shared/model/story';
import { applyRepairChoice, applyRepairs, type RepairChoice } from './apply-repairs';
import { decodeText } from './decode-text';
import { docxToParagraphs } from './docx';
import { ImportError, formatBytes } from './errors';
import { htmlToParagraphs } from './html-to-paragraphs';
import { resolveLimits, type ImportLimits } from './limits';
import { markdownToParagraphs } from './markdown-to-paragraphs';
import { pdfToParagraphs } from './pdf/pdf-to-paragraphs';
import type { SourceParagraph } from './source-paragraph';
import { textToParagraphs } from './text-to-paragraphs';
import { markWordBreaks } from './word-breaks';
import type { ImportResult, ImportSource, ParsedPage } from './types';

export type { ImportSource, ImportedStory, Repair, RepairKind, ParsedPage, ImportResult } from './types';
export type { SourceParagraph } from './source-paragraph';
export type { ImportLimits } from './limits';
export type { RepairChoice } from './apply-repairs';
export { DEFAULT_LIMITS } from './limits';
export { ImportError, type ImportErrorCode } from './errors';
export { applyRepairs, applyRepairChoice };

type Format = 'text' | 'markdown' | 'docx' | 'pdf';

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return (m?.[1] ?? '').toLowerCase();
}

function formatOf(name: string, bytes: Uint8Array): Format {
  const ext = extensionOf(name);
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'docx') return 'docx';
  if (ext === 'pdf' || isPdfSignature(bytes)) return 'pdf';
  if (ext === 'doc' || ext === 'wps') {
    throw new ImportError('UNSUPPORTED', { zh: '（旧版 Word/WPS 格式，请先另存为 .docx）', en: '(legacy Word/WPS format; save it as .docx first)' });
  }
  if (['rtf', 'odt', 'pages', 'xlsx', 'pptx', 'zip', 'png', 'jpg', 'jpeg', 'gif', 'exe'].includes(ext)) {
    throw new ImportError('UNSUPPORTED', { zh: `（.${ext}）`, en: `(.${ext})` });
  }
  // Unknown or no extension: a zip signature means .docx, anything else is tried as text.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'docx' : 'text';
}

// %PDF- at the start (the header may sit after a little junk, but a PDF named .pdf is caught by its name).
function isPdfSignature(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

// A paragraph over the story model's limit is cut at a sentence end so it can be stored.
function splitOverlong(paragraphs: SourceParagraph[], warnings: string[]): SourceParagraph[] {
  const max = LIMITS.paragraphChars;
  if (paragraphs.every((p) => p.text.length <= max)) return paragraphs;
  const out: SourceParagraph[] = [];
  for (const p of paragraphs) {
    let t = p.text;
    while (t.length > max) {
      let cut = Math.max(t.lastIndexOf('。', max - 1), t.lastIndexOf('！', max - 1), t.lastIndexOf('？', max - 1)) + 1;
      if (cut <= 0) cut = max;
      // Never cut a surrogate pair in half.
      const c = t.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
      out.push({ ...p, text: t.slice(0, cut) });
      t = t.slice(cut);
    }
    if (t.length > 0) out.push({ ...p, text: t });
  }
  warnings.push(`有段落超过 ${max} 字符，已在句末处拆分。`);
  return out;
}

/**
 * Reads a source into unrepaired paragraphs (the input of {@link applyRepairs}). Throws
 * {@link ImportError} for empty, oversized, non-text, undecodable or hostile input.
 */
export async function parsePage(src: ImportSource, limits?: Partial<ImportLimits>): Promise<ParsedPage> {
  try {
    return await parseUnguarded(src, limits);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    // Parsers run over untrusted bytes: an unexpected exception is reported as a refusal, not a crash.
    const msg = err instanceof Error ? err.message.slice(0, 200) : String(err);
    throw new ImportError('PARSE_FAILED', { zh: `（${msg}）`, en: `(${msg})` });
  }
}

async function parseUnguarded(src: ImportSource, limits?: Partial<ImportLimits>): Promise<ParsedPage> {
  const lim = resolveLimits(limits);
  const warnings: string[] = [];
  let paragraphs: SourceParagraph[];
  if ('bytes' in src) {
    const size = src.bytes.byteLength;
    if (size === 0) throw new ImportError('EMPTY');
    if (size > lim.maxBytes) {
      throw new ImportError('TOO_LARGE', { zh: `（${formatBytes(size)}，上限 ${formatBytes(lim.maxBytes)}）`, en: `(${formatBytes(size)}, limit ${formatBytes(lim.maxBytes)})` });
    }
    const format = formatOf(src.name, src.bytes);
    if (format === 'docx') {
      const conv = await docxToParagraphs(src.bytes, lim);
      if (conv.droppedImages > 0) warnings.push(`已忽略文档中的 ${conv.droppedImages} 张图片，请单独导入图片。`);
      paragraphs = conv.paragraphs;
    } else if (format === 'pdf') {
      const conv = await pdfToParagraphs(src.bytes, lim);
      warnings.push(...conv.warnings);
      paragraphs = conv.paragraphs;
    } else {
      const decoded = decodeText(src.bytes);
      if (decoded.encoding !== 'utf-8') warnings.push(`文件编码为 ${decoded.encoding.toUpperCase()}，已转换为 UTF-8。`);
      paragraphs = format === 'markdown' ? markdownToParagraphs(decoded.text) : textToParagraphs(decoded.text);
    }
  } else {
    const size = (src.text.length + (src.html?.length ?? 0)) * 2;
    if (size > lim.maxBytes) {
      throw new ImportError('TOO_LARGE', { zh: `（${formatBytes(size)}，上限 ${formatBytes(lim.maxBytes)}）`, en: `(${formatBytes(size)}, limit ${formatBytes(lim.maxBytes)})` });
    }
    if (src.html !== undefined && src.html.trim().length > 0) {
      const conv = htmlToParagraphs(src.html);
      if (conv.droppedImages > 0) warnings.push(`已忽略粘贴内容中的 ${conv.droppedImages} 张图片。`);
      if (conv.droppedActive > 0) warnings.push('已移除粘贴内容中的脚本、样式或嵌入内容。');
      paragraphs = conv.paragraphs.length > 0 ? conv.paragraphs : textToParagraphs(src.text);
    } else {
      paragraphs = extensionOf(src.name) === 'md' ? markdownToParagraphs(src.text) : textToParagraphs(src.text);
    }
  }
  if (paragraphs.every((p) => codePointLength(p.text.trim()) === 0)) throw new ImportError('EMPTY');
  if (paragraphs.length > lim.maxParagraphs) {
    throw new ImportError('TOO_LARGE', { zh: `（${paragraphs.length} 个段落，上限 ${lim.maxParagraphs}）`, en: `(${paragraphs.length} paragraphs, limit ${lim.maxParagraphs})` });
  }
  const page = splitOverlong(paragraphs, warnings);
  await markWordBreaks(page);
  return { name: src.name, paragraphs: page, warnings };
}

/**
 * Imports one file or paste: decode, convert, propose repairs, recognise stories. Pure — it stores
 * nothing, so a failure can never leave a half-import; the caller saves the result in one
 * transaction. Repairs are applied according to their defaults unless `choice` overrides some
 * (e.g. `{ rejected: ids }` from the review screen). Throws only {@link ImportError}.
 */
export async function importFile(src: ImportSource, limits?: Partial<ImportLimits>, choice?: RepairChoice): Promise<ImportResult> {
  const page = await parsePage(src, limits);
  let result: ImportResult;
  try {
    result = applyRepairChoice(page, choice);
  } catch (err) {
    // Recognition is heuristic code over untrusted text: any bug must surface as a clean refusal.
    const msg = err instanceof Error ? err.message.slice(0, 200) : String(err);
    throw new ImportError('PARSE_FAILED', { zh: `（${msg}）`, en: `(${msg})` });
  }
  if (result.stories.length === 0) throw new ImportError('EMPTY');
  return result;
}
