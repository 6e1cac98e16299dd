import { artifactReason } from '../../../shared/text/page-furniture';
import { ImportError } from '../errors';
import type { ImportLimits } from '../limits';
import type { SourceParagraph } from '../source-paragraph';
import { joinContinuations } from './continuations';
import { layoutPdfPage } from './pdf-layout';
import { readPdf } from './pdf-reader';

/**
 * A PDF (last week's whole issue, a page from another system) → paragraphs with head tiers, every
 * page in page order. Each page is laid out on its own geometry (its body size, columns, frames),
 * its paragraphs tagged with its page number, and the first paragraph of a page opens a new block
 * (a story never runs over a page break except where jump lines say so, see continuations.ts).
 * A page with no copy (blank, a photo page, an advertisement set as outlines) is named in a warning.
 */
export async function pdfToParagraphs(bytes: Uint8Array, limits: ImportLimits): Promise<{ paragraphs: SourceParagraph[]; warnings: string[] }> {
  const doc = await readPdf(bytes, limits);
  const pages: SourceParagraph[][] = [];
  const empty: number[] = [];
  let nameplate = false;
  doc.pages.forEach((page, i) => {
    if (doc.unreadable.includes(i + 1)) {
      pages.push([]);
      return;
    }
    const layout = page.runs.some((r) => r.text.trim().length > 0) ? layoutPdfPage(page) : null;
    // A page with nothing but its running head (an empty page of the issue) has no copy to import.
    if (!layout || layout.paragraphs.every((p) => artifactReason(p.text) !== null)) {
      empty.push(i + 1);
      pages.push([]);
      return;
    }
    nameplate ||= layout.nameplateDropped;
    pages.push(layout.paragraphs.map((p, k) => ({ ...p, page: i + 1, ...(k === 0 && i > 0 ? { afterBlank: true } : {}) })));
  });
  if (empty.length + doc.unreadable.length === doc.pages.length) {
    if (doc.unreadable.length > 0) throw new ImportError('PARSE_FAILED', { zh: `（PDF 第 ${doc.unreadable.join('、')} 页已损坏，无法读取；其余页没有可导入的稿件）`, en: `(page ${doc.unreadable.join(', ')} of the PDF is damaged; the other pages have no copy)` });
    throw new ImportError('PDF_NO_TEXT');
  }
  const joined = joinContinuations(pages);
  const warnings: string[] = [];
  if (doc.pageCount > 1) warnings.push(`PDF 共 ${doc.pageCount} 页，已逐页导入，稿件按页序排列。`);
  if (doc.unreadable.length > 0) warnings.push(`第 ${doc.unreadable.join('、')} 页已损坏，无法读取，未导入；请用原系统重新导出。`);
  if (empty.length > 0) warnings.push(`第 ${empty.join('、')} 页没有可导入的稿件（空白页、只有页眉，或是图片、广告、转曲的文字）。`);
  if (nameplate) warnings.push('已略去报头（报名、日期、版次）。');
  warnings.push(...joined.notes);
  return { paragraphs: joined.paragraphs, warnings };
}
