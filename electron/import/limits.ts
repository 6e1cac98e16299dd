/** Bounds applied before and during parsing, so hostile input is refused early and cheaply. */
export interface ImportLimits {
  /** Largest input file (bytes) or pasted text (UTF-16 units × 2). */
  maxBytes: number;
  /** Most entries a .docx zip may have. */
  maxZipEntries: number;
  /** Largest total uncompressed size of a .docx. */
  maxUncompressedBytes: number;
  /**
   * Largest total size of the XML parts of a .docx handed to the Word parser (pictures are
   * checked but never handed over). XML parsing costs many times its size in memory.
   */
  maxParsedXmlBytes: number;
  /** Largest compression ratio of an entry (checked for entries over `ratioMinBytes`). */
  maxRatio: number;
  /** Entries smaller than this uncompressed are exempt from the ratio check (tiny XML compresses well). */
  ratioMinBytes: number;
  /** Most paragraphs one import may produce. */
  maxParagraphs: number;
  /** Longest a PDF may take to read, all its pages together (its worker thread is stopped past it). */
  maxPdfMillis: number;
  /** Most pages a PDF may have (every page is read; a file over it is refused, never cut short). */
  maxPdfPages: number;
  /** Most text runs a PDF may hold, all pages together (a real page has a few thousand). */
  maxPdfTextRuns: number;
  /** Heap of the PDF worker thread, in MiB: a file that needs more is refused, the app lives on. */
  maxPdfHeapMb: number;
}

/** Defaults: a county-paper page is ~20 KB of text; a .docx with photos rarely exceeds a few MiB. */
export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxZipEntries: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxParsedXmlBytes: 32 * 1024 * 1024,
  maxRatio: 100,
  ratioMinBytes: 1024 * 1024,
  maxParagraphs: 50_000,
  maxPdfMillis: 5000,
  maxPdfPages: 2000,
  maxPdfTextRuns: 100_000,
  maxPdfHeapMb: 256,
};

/** Fills unspecified limits from {@link DEFAULT_LIMITS}. */
export function resolveLimits(limits?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
