import * as fontkit from 'fontkit';
import type { Font, FontCollection } from 'fontkit';
import type { FontRegistry } from '../fonts';
import { internals, type PdfkitEmbeddedFont } from './pdfkit-internals';

/** A font face on disk as the registry reports it. */
export interface FaceFile {
  readonly path: string;
  readonly index?: number;
}

interface CachedFace {
  readonly font: Font;
  /** Code point → glyph id and advance in 1/1000 em. */
  readonly glyphs: Map<number, { gid: number; width: number }>;
  /** Recent subset font programs by glyph list (see `memoizeSubset`). */
  readonly subsets: Map<string, Uint8Array>;
}

const SUBSETS_PER_FACE = 8;

// Opening a 10–25 MB CJK face costs 30–300 ms and looking a glyph up in fontkit ~15 µs, so faces
// and their code point → glyph lookups live for the process: a warm export pays neither.
const faces = new Map<string, CachedFace>();

function isCollection(f: Font | FontCollection): f is FontCollection {
  return (f as FontCollection).fonts !== undefined && (f as Font).unitsPerEm === undefined;
}

/** The fontkit face of a file (cached for the life of the process). */
export function openFace(file: FaceFile): Font {
  return cachedFace(file).font;
}

function cachedFace(file: FaceFile): CachedFace {
  const key = `${file.path}#${file.index ?? 0}`;
  let c = faces.get(key);
  if (!c) {
    const opened = fontkit.openSync(file.path);
    const font = isCollection(opened) ? opened.fonts[file.index ?? 0] : opened;
    if (!font) throw new Error(`font file ${file.path} has no face ${file.index ?? 0}`);
    c = { font, glyphs: new Map(), subsets: new Map() };
    faces.set(key, c);
  }
  return c;
}

/** Glyph id (0 = .notdef, i.e. missing) and advance in 1/1000 em of a code point in a face. */
export function glyphOf(file: FaceFile, cp: number): { gid: number; width: number } {
  const c = cachedFace(file);
  let g = c.glyphs.get(cp);
  if (!g) {
    const font = c.font;
    const glyph = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp) : undefined;
    g = glyph ? { gid: glyph.id, width: (glyph.advanceWidth * 1000) / font.unitsPerEm } : { gid: 0, width: 1000 };
    c.glyphs.set(cp, g);
  }
  return g;
}

/**
 * Subsetting a big CID-keyed CFF face (the system Noto CJK fallback that sets 𠮷 and other
 * 生僻字) costs 100–250 ms even for one glyph, because fontkit rewrites every subroutine index.
 * The same few fallback glyphs recur page after page, so the subset font program is reused
 * when the glyph list (in subset order, which fixes the output) is identical.
 */
function memoizeSubset(embedded: PdfkitEmbeddedFont, face: CachedFace): void {
  const subset = embedded.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = (): Uint8Array => {
    const key = subset.glyphs.join(',');
    let bytes = face.subsets.get(key);
    if (!bytes) {
      bytes = encode();
      if (face.subsets.size >= SUBSETS_PER_FACE) face.subsets.delete(face.subsets.keys().next().value!);
      face.subsets.set(key, bytes);
    }
    return bytes;
  };
}

/**
 * One font as used in one PDF document: pdfkit's embedded CID font (Identity-H, subset,
 * ToUnicode), fed glyph by glyph from the composer's code points instead of pdfkit's layout.
 */
export class PdfFontUse {
  /** Resource name on pages (F1, F2 …). */
  readonly resource: string;
  private readonly embedded: PdfkitEmbeddedFont;
  private readonly codes = new Map<number, string>();
  private readonly widthByCode = new Map<number, number>();

  constructor(
    doc: PDFKit.PDFDocument,
    readonly fontId: string,
    private readonly file: FaceFile,
  ) {
    // pdfkit accepts a fontkit face object; caching by `fontId` makes it one embedded font per id.
    doc.font(openFace(file) as unknown as PDFKit.Mixins.PDFFontSource, fontId);
    this.embedded = internals(doc)._font;
    this.resource = this.embedded.id;
    memoizeSubset(this.embedded, cachedFace(file));
  }

  /** The 4-hex-digit CID of a code point (adds its glyph to the subset on first use). */
  code(cp: number): string {
    let hex = this.codes.get(cp);
    if (hex === undefined) {
      const g = glyphOf(this.file, cp);
      const cid = this.embedded.subset.includeGlyph(g.gid);
      if (this.embedded.widths[cid] == null) this.embedded.widths[cid] = g.width;
      // Missing glyphs all share .notdef (CID 0); keep its ToUnicode empty-safe as pdfkit set it.
      if (this.embedded.unicode[cid] == null) this.embedded.unicode[cid] = [cp];
      hex = cid.toString(16).padStart(4, '0');
      this.codes.set(cp, hex);
      this.widthByCode.set(cp, g.width);
    }
    return hex;
  }

  /** Advance in 1/1000 em of a code point's glyph (call `code` first). */
  width(cp: number): number {
    return this.widthByCode.get(cp) ?? glyphOf(this.file, cp).width;
  }

  /** Puts the font in the current page's resources. */
  useOnPage(doc: PDFKit.PDFDocument): void {
    const d = internals(doc);
    if (!d.page.fonts[this.resource]) d.page.fonts[this.resource] = this.embedded.ref();
  }
}

/** The per-document font table: one `PdfFontUse` per font id, resolved through the registry. */
export class PdfFontTable {
  private readonly uses = new Map<string, PdfFontUse>();
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly registry: FontRegistry,
  ) {}

  /** The font for an id; throws for an unknown id (preflight reports those first). */
  get(fontId: string): PdfFontUse {
    let u = this.uses.get(fontId);
    if (!u) {
      const file = this.registry.file(fontId);
      if (!file) throw new Error(`unknown font id: ${fontId}`);
      u = new PdfFontUse(this.doc, fontId, file);
      this.uses.set(fontId, u);
    }
    return u;
  }
}

/** Drops the remembered subset font programs (faces stay open) — for benchmarks and tests. */
export function forgetSubsets(): void {
  for (const f of faces.values()) f.subsets.clear();
}
