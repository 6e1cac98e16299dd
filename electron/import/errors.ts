/** Why an import was refused. Every failure of `importFile` is one of these. */
export type ImportErrorCode = 'EMPTY' | 'TOO_LARGE' | 'NOT_DOCX' | 'ZIP_BOMB' | 'BAD_ENCODING' | 'UNSUPPORTED' | 'PARSE_FAILED' | 'NOT_PDF' | 'PDF_NO_TEXT' | 'TOO_SLOW';

const MESSAGES: Record<ImportErrorCode, { zh: string; en: string }> = {
  EMPTY: { zh: '文件为空，没有可导入的文字。', en: 'The file is empty; there is no text to import.' },
  TOO_LARGE: { zh: '文件过大，超出导入上限。', en: 'The file is too large to import.' },
  NOT_DOCX: { zh: '文件不是有效的 Word（.docx）文档，可能已损坏或只是改了扩展名。', en: 'The file is not a valid Word (.docx) document; it may be damaged or merely renamed.' },
  ZIP_BOMB: { zh: '文档解压后体积异常（疑似压缩炸弹），已拒绝导入。', en: 'The document expands to an abnormal size (possible zip bomb) and was refused.' },
  BAD_ENCODING: { zh: '无法识别文件的文字编码（支持 UTF-8、GBK/GB18030、UTF-16），或文件不是文本文件。', en: 'The text encoding could not be recognised (UTF-8, GBK/GB18030 and UTF-16 are supported), or the file is not text.' },
  UNSUPPORTED: { zh: '不支持此文件格式，请使用 .txt、.md、.docx 或 .pdf。', en: 'This file format is not supported; use .txt, .md, .docx or .pdf.' },
  NOT_PDF: { zh: '文件不是有效的 PDF，可能已损坏、被加密或只是改了扩展名。请用原系统重新导出 PDF，或导出为 .docx/.txt 再导入。', en: 'The file is not a readable PDF; it may be damaged, encrypted or merely renamed. Export the PDF again from the source system, or export .docx/.txt and import that.' },
  PDF_NO_TEXT: { zh: 'PDF 各页都没有可提取的文字（可能是扫描图片或文字已转为曲线）。请向原系统索取带文字的 PDF 或文本稿。', en: 'No page of the PDF has extractable text (a scan, or text converted to outlines). Ask the source system for a PDF with text, or for the copy as text.' },
  TOO_SLOW: { zh: '文件读取超时，已停止读取（文件可能过于复杂或已损坏）。请用原系统重新导出，或只导出需要的一版。', en: 'Reading the file took too long and was stopped (it may be too complex or damaged). Export it again from the source system, or export only the page needed.' },
  PARSE_FAILED: { zh: '文档内容无法解析。', en: 'The document content could not be parsed.' },
};

/**
 * A refused import. Nothing has been stored when this is thrown: `importFile` is a pure function
 * of its input, and the caller persists its result in one transaction only on success.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: ImportErrorCode, detail?: { zh?: string; en?: string }) {
    const base = MESSAGES[code];
    const zh = detail?.zh ? `${base.zh}${detail.zh}` : base.zh;
    const en = detail?.en ? `${base.en} ${detail.en}` : base.en;
    super(en);
    this.name = 'ImportError';
    this.code = code;
    this.messageZh = zh;
    this.messageEn = en;
  }
}

/** Formats a byte count for messages (KiB/MiB, one decimal). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
