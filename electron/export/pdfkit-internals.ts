import type { Font } from 'fontkit';

// pdfkit's public API re-lays text out itself (fontkit layout at ~16k chars/s, its own line
// wrapping); the print writer instead places every glyph at the composer's x. These are the
// few internals of pdfkit 0.20 it relies on, typed narrowly in one place so an upgrade that
// changes them fails to compile here rather than somewhere obscure.

/** An indirect PDF object being written by pdfkit. */
export interface PdfRef {
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}

/** pdfkit's embedded (CID, Identity-H) font for one fontkit face. */
export interface PdfkitEmbeddedFont {
  /** Resource name, e.g. "F1". */
  readonly id: string;
  readonly font: Font;
  readonly subset: { readonly glyphs: number[]; includeGlyph(glyphId: number): number; encode(): Uint8Array };
  /** Advance in 1/1000 em per subset glyph id (the /W array). */
  readonly widths: number[];
  /** Code points per subset glyph id (the ToUnicode CMap). */
  readonly unicode: number[][];
  ref(): PdfRef;
}

/** The page object pdfkit keeps while a page is open. */
export interface PdfkitPage {
  readonly width: number;
  readonly height: number;
  readonly dictionary: PdfRef;
  readonly fonts: Record<string, PdfRef>;
  readonly ext_gstates: Record<string, PdfRef>;
  readonly colorSpaces: Record<string, unknown>;
  /** The page's /Resources /XObject dictionary (pictures). */
  readonly xobjects: Record<string, PdfRef>;
}

/**
 * A JPEG or PNG pdfkit has opened: embedded as an XObject the first time it is drawn, and drawn
 * again without re-embedding when this object (not the bytes) is passed back to `image()`.
 */
export interface PdfkitImage {
  readonly width: number;
  readonly height: number;
}

/** The parts of a pdfkit document the writer touches beyond its typed API. */
export interface PdfkitDocInternals {
  _font: PdfkitEmbeddedFont;
  _root: PdfRef;
  page: PdfkitPage;
  info: Record<string, unknown>;
  ref(data?: Record<string, unknown>): PdfRef;
  addContent(data: string): unknown;
  openImage(src: Buffer): PdfkitImage;
}

/** The same document seen through its internals. */
export function internals(doc: PDFKit.PDFDocument): PdfkitDocInternals {
  return doc as unknown as PdfkitDocInternals;
}
