import PDFDocument from 'pdfkit';
import type { PageDisplayList } from '../../shared/model/display-list';
import type { FontRegistry } from '../fonts';
import { CS_REGISTRATION, addOutputIntent, createDocResources, readIccProfile, setPdfxInfo, usePageResources, type IccProfile } from './pdf-x';
import { ContentWriter, fmt } from './pdf-content';
import { cropMarkSegments, MARK_WIDTH, outerMargin } from './crop-marks';
import { PdfFontTable } from './pdf-fonts';
import { internals } from './pdfkit-internals';
import { PdfPictures } from './pdf-picture';
import { pressColour } from './press-colour';
import { preparePictures, PressPictures, type PictureSet } from './press-picture';

/** Options for `writePrintPdf`. */
export interface PrintPdfOptions {
  /** Draw crop marks (registration colour) outside the bleed; the MediaBox grows to hold them. */
  cropMarks?: boolean;
  /** A CMYK output ICC profile to embed in the OutputIntent; without one, FOGRA39 by reference. */
  iccProfilePath?: string;
  /** The profile's name as the user gave it (the file on disk may be named otherwise). */
  iccProfileName?: string;
  /**
   * The profile already read and checked (instead of `iccProfilePath`): an export run reads it
   * once, so its pictures are converted through the very bytes the OutputIntent embeds.
   */
  iccProfile?: IccProfile;
  /** /Info Title (default: "版心 第N版"). */
  title?: string;
  /** Bytes (JPEG or PNG, any colour model) of an image item. */
  imageBytes?: (imageId: number) => Buffer | undefined;
  /**
   * The run's converted pictures, shared by the PDFs of one export so each picture is converted
   * once; made for the same output profile. Default: a fresh set for `iccProfilePath`.
   * `ScreenPictures` embeds the files unconverted, for a PDF that only becomes screen images.
   */
  pictures?: PictureSet;
}

/**
 * Writes the plate-ready PDF of one page or a whole issue from display lists: every glyph at
 * the composer's x, fonts embedded as CID subsets with ToUnicode, 100% K text overprinting,
 * colours in DeviceCMYK, TrimBox/BleedBox per page and a PDF/X-1a-style OutputIntent (PDF 1.3).
 * Pictures go in as CMYK or grey without transparency (press-picture.ts: RGB converted through
 * the output profile or by formula, alpha flattened onto white, above 450 ppi reduced to 300).
 * Unknown fonts and unreadable pictures throw: run `preflight` first.
 */
export async function writePrintPdf(pages: PageDisplayList[], fonts: FontRegistry, opts: PrintPdfOptions = {}): Promise<Buffer> {
  if (pages.length === 0) throw new Error('writePrintPdf: no pages');
  const icc = opts.iccProfile ?? (opts.iccProfilePath ? readIccProfile(opts.iccProfilePath, opts.iccProfileName) : undefined);
  const pictures = opts.pictures ?? new PressPictures(pressColour(icc));
  await preparePictures(pages, opts.imageBytes, pictures);
  const cropMarks = opts.cropMarks === true;
  const first = pages[0]!;
  const doc = new PDFDocument({ autoFirstPage: false, pdfVersion: '1.3', compress: true, margin: 0 });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  setPdfxInfo(doc, opts.title ?? (pages.length === 1 ? `版心 第${first.number}版` : `版心 ${pages.length}版`));
  addOutputIntent(doc, icc);
  const res = createDocResources(doc);
  const table = new PdfFontTable(doc, fonts);
  const xobjects = new PdfPictures(doc);

  for (const page of pages) {
    const outer = outerMargin(page.bleed, cropMarks);
    const mw = page.width + 2 * outer;
    const mh = page.height + 2 * outer;
    doc.addPage({ size: [mw, mh], margin: 0 });
    const d = internals(doc);
    const r2 = (v: number): number => Math.round(v * 1000) / 1000;
    const bleed = cropMarks ? Math.max(0, page.bleed) : 0;
    d.page.dictionary.data.TrimBox = [outer, outer, outer + page.width, outer + page.height].map(r2);
    d.page.dictionary.data.BleedBox = [outer - bleed, outer - bleed, outer + page.width + bleed, outer + page.height + bleed].map(r2);
    usePageResources(doc, res);

    const w = new ContentWriter();
    // pdfkit has flipped the CTM to y-down from the MediaBox top-left; move to the trim's.
    w.raw(`q\n1 0 0 1 ${fmt(outer)} ${fmt(outer)} cm`);
    const flush = (): void => {
      const s = w.take();
      if (s) d.addContent(s);
    };
    for (const item of page.items) {
      switch (item.kind) {
        case 'text': {
          const f = table.get(item.fontId);
          f.useOnPage(doc);
          w.text(item, f);
          break;
        }
        case 'rule':
          w.rule(item);
          break;
        case 'rect':
          w.rect(item);
          break;
        case 'image': {
          const bytes = opts.imageBytes?.(item.imageId);
          if (!bytes) break;
          const { key, picture } = pictures.get(item.imageId, bytes, item.w, item.h);
          // The picture is drawn in its own q … Q straight into the page's stream; keep the
          // order. A crop is a clipping path around it, the picture area of its frame.
          flush();
          const c = item.clip;
          if (c) d.addContent(`q ${fmt(c.x)} ${fmt(c.y)} ${fmt(c.w)} ${fmt(c.h)} re W n`);
          xobjects.draw(key, picture, item.x, item.y, item.w, item.h);
          if (c) d.addContent('Q');
          w.resetState();
          break;
        }
      }
    }
    if (cropMarks) {
      w.raw(`/${CS_REGISTRATION} CS 1 SCN ${fmt(MARK_WIDTH)} w`);
      for (const [x1, y1, x2, y2] of cropMarkSegments(page.width, page.height, bleed)) {
        w.raw(`${fmt(x1)} ${fmt(y1)} m ${fmt(x2)} ${fmt(y2)} l S`);
      }
    }
    w.raw('Q');
    flush();
  }
  doc.end();
  return done;
}
