/**
 * What the PDF worker sends back for each page: positioned text runs and the rectangles drawn on
 * it, in page space with y growing downward from the top-left corner (reading order friendly).
 * Plain data only, so it crosses the worker boundary by structured clone.
 */
export interface PdfTextRun {
  text: string;
  /** Left edge and baseline, in points from the page's top-left. */
  x: number;
  y: number;
  /** Advance width in points. */
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
}

export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfPageData {
  width: number;
  height: number;
  runs: PdfTextRun[];
  /** Stroked rectangles (frames of boxes), page space. */
  rects: PdfRect[];
}

/** Every page of a file, in page order (page n is `pages[n - 1]`). */
export interface PdfDocumentData {
  pageCount: number;
  pages: PdfPageData[];
  /** Pages pdf.js could not read (damaged), 1-based; each stands in `pages` as an empty page. */
  unreadable: number[];
}

/** Why the worker could not read the file (mapped to an ImportError by the host). */
export type PdfFailure = 'password' | 'invalid' | 'too-many-pages' | 'too-much-text' | 'no-text' | 'other';
