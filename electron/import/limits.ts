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
};

/** Fills unspecified limits from {@link DEFAULT_LIMITS}. */
export function resolveLimits(limits?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
