import { fmt, GS_KNOCKOUT } from './pdf-content';
import { internals, type PdfkitImage, type PdfRef } from './pdfkit-internals';
import type { PressPicture } from './press-picture';

/**
 * The picture XObjects of one PDF document: each press picture (see press-picture.ts) is written
 * once, the first time a page uses it, and every later page refers to the same object.
 */
export class PdfPictures {
  private readonly rasters = new Map<string, { name: string; ref: PdfRef }>();
  private readonly opened = new Map<string, PdfkitImage>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /**
   * Draws `picture` (cache key `key`) into the box x, y, w, h (points, in the page's y-down
   * coordinates) of the current page, adding its XObject to the page's resources.
   */
  draw(key: string, picture: PressPicture, x: number, y: number, w: number, h: number): void {
    const d = internals(this.doc);
    // Pictures knock out: under the text's overprint state a DeviceGray picture would mark the
    // black plate alone and let a tint behind it show through on C, M and Y.
    d.addContent(`q /${GS_KNOCKOUT} gs`);
    if (picture.kind === 'as-is') this.drawAsIs(key, picture.bytes, x, y, w, h);
    else {
      const name = this.raster(key, picture);
      // The image's unit square, first row at the top: as pdfkit's image() does under its y-down CTM.
      d.addContent(`${fmt(w)} 0 0 ${fmt(-h)} ${fmt(x)} ${fmt(y + h)} cm /${name} Do`);
    }
    d.addContent('Q');
  }

  /**
   * pdfkit embeds a JPEG as DCT (honouring its EXIF orientation) and a grey PNG as Flate; opened
   * once, its XObject is written once however many pages show it.
   */
  private drawAsIs(key: string, bytes: Buffer, x: number, y: number, w: number, h: number): void {
    let img = this.opened.get(key);
    if (!img) {
      img = internals(this.doc).openImage(bytes);
      this.opened.set(key, img);
    }
    this.doc.image(img as unknown as Buffer, x, y, { width: w, height: h });
  }

  /** The resource name of a converted picture on the current page, writing its XObject the first time. */
  private raster(key: string, picture: Extract<PressPicture, { kind: 'raster' }>): string {
    const d = internals(this.doc);
    let x0 = this.rasters.get(key);
    if (!x0) {
      const ref = d.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Width: picture.width,
        Height: picture.height,
        ColorSpace: picture.colourSpace,
        BitsPerComponent: 8,
        // A Filter set before writing tells pdfkit the stream is already compressed.
        Filter: 'FlateDecode',
      });
      ref.end(picture.deflated);
      // Named apart from pdfkit's own I1, I2, … so the two never collide in a page's resources.
      x0 = { name: `Im${this.rasters.size + 1}`, ref };
      this.rasters.set(key, x0);
    }
    d.page.xobjects[x0.name] = x0.ref;
    return x0.name;
  }
}
