import { ImportError } from '../errors';
import type { ImportLimits } from '../limits';
import type { SourceParagraph } from '../source-paragraph';
import { layoutPdfPage } from './pdf-layout';
import { readPdfPage } from './pdf-reader';

/**
 * A PDF page (last week's issue, a page from another system) → paragraphs with head tiers. Only
 * page 1 is read: a newspaper PDF is one page per file as a rule, and a multi-page one is named in
 * a warning so the user knows what was left out.
 */
export async function pdfToParagraphs(bytes: Uint8Array, limits: ImportLimits): Promise<{ paragraphs: SourceParagraph[]; warnings: string[] }> {
  const page = await readPdfPage(bytes, limits);
  if (!page.runs.some((r) => r.text.trim().length > 0)) throw new ImportError('PDF_NO_TEXT');
  const layout = layoutPdfPage(page);
  if (layout.paragraphs.length === 0) throw new ImportError('PDF_NO_TEXT');
  const warnings: string[] = [];
  if (page.pageCount > 1) warnings.push(`PDF 共 ${page.pageCount} 页，只导入了第 1 页；其余各页请分别导出为单页 PDF 再导入。`);
  if (layout.nameplateDropped) warnings.push('已略去报头（报名、日期、版次）。');
  return { paragraphs: layout.paragraphs, warnings };
}
