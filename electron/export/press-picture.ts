import { createHash } from 'node:crypto';
import type { PageDisplayList } from '../../shared/model/display-list';
import { readImageHeader, type ImageHeader } from '../images/image-header';
import { ByteBudgetCache } from './byte-budget-cache';
import { convertOffThread, PictureWorkerUnavailable } from './picture-worker-pool';
import type { PressColour } from './press-colour';
import { convertToPress, type PressRaster } from './press-convert';

/** Above this effective resolution at its placed size a picture is reduced… */
export const DOWNSAMPLE_ABOVE_PPI = 450;
/** …to this: twice a newspaper's 100–150 lpi screen, the usual press-export setting. */
export const DOWNSAMPLE_TO_PPI = 300;

/** What the print PDF does with a picture, decided from its header and placed size alone. */
export type PicturePlan =
  /** Embedded unchanged: a CMYK or grey JPEG, or a grey PNG of at most 8 bits without alpha. */
  | { readonly kind: 'as-is' }
  /** Decoded and written as 8-bit CMYK or grey samples of this size (pixels). */
  | { readonly kind: 'convert'; readonly width: number; readonly height: number; readonly rgb: boolean; readonly alpha: boolean; readonly downsampled: boolean };

/**
 * The plan for a picture of `header` placed at `w` × `h` points. Pictures already fit for
 * PDF/X-1a stay as they are (a CMYK JPEG always: jpeg-js would only give its pixels back as RGB,
 * and a CMYK file is the sender's finished separation); RGB, palette, transparency or 16-bit
 * samples are converted; and any picture that would be converted anyway, or is grey and above
 * 450 ppi, is reduced to 300 ppi.
 */
export function planPicture(header: ImageHeader, w: number, h: number): PicturePlan {
  if (header.format === 'jpeg' && header.components === 4) return { kind: 'as-is' };
  // The header's size is the picture as seen (EXIF orientations 5–8 already swapped).
  const pw = header.width;
  const ph = header.height;
  const ppi = Math.min(pw / (Math.max(w, 1e-6) / 72), ph / (Math.max(h, 1e-6) / 72));
  const f = ppi > DOWNSAMPLE_ABOVE_PPI ? DOWNSAMPLE_TO_PPI / ppi : 1;
  const width = Math.max(1, Math.round(pw * f));
  const height = Math.max(1, Math.round(ph * f));
  const downsampled = width < pw || height < ph;
  const rgb = header.components === 3;
  const alpha = header.alpha;
  const greyPng = header.format === 'png' && !rgb && !alpha && header.bitDepth <= 8;
  const greyJpeg = header.format === 'jpeg' && header.components === 1;
  if ((greyPng || greyJpeg) && !downsampled) return { kind: 'as-is' };
  return { kind: 'convert', width: downsampled ? width : pw, height: downsampled ? height : ph, rgb, alpha, downsampled };
}

/** A picture ready for the print PDF. */
export type PressPicture =
  | { readonly kind: 'as-is'; readonly bytes: Buffer }
  | {
      readonly kind: 'raster';
      readonly width: number;
      readonly height: number;
      readonly colourSpace: 'DeviceCMYK' | 'DeviceGray';
      /** The 8-bit samples, Flate-compressed once for every document that uses them. */
      readonly deflated: Buffer;
    };

// Converted rasters are kept across export runs: a desk re-exports the proof and the print PDF
// many times an evening, and a camera photo costs a second or more to decode and convert. Keyed
// by the conversion, the picture's content hash and its target size, so a replaced file or
// another profile never hits.
/** 256 MB of compressed rasters: a few issues' worth of photos. */
type Raster = Extract<PressPicture, { kind: 'raster' }>;
const rasters = new ByteBudgetCache<Raster>(256 * 1024 * 1024, (r) => r.deflated.length);

type ConvertPlan = Extract<PicturePlan, { kind: 'convert' }>;

const asPicture = (r: PressRaster): Raster => ({ kind: 'raster', width: r.width, height: r.height, colourSpace: r.colourSpace, deflated: Buffer.from(r.deflated.buffer, r.deflated.byteOffset, r.deflated.byteLength) });
const rasterKey = (bytes: Uint8Array, plan: ConvertPlan, colour: PressColour): string => `${colour.key}|${createHash('sha256').update(bytes).digest('hex')}|${plan.width}x${plan.height}`;

/** The converted raster for `plan`, from the cross-run cache or made now in this thread. */
function rasterFor(bytes: Uint8Array, plan: ConvertPlan, colour: PressColour): Raster {
  const key = rasterKey(bytes, plan, colour);
  const hit = rasters.get(key);
  if (hit) return hit;
  const made = asPicture(convertToPress(bytes, plan.width, plan.height, colour.grid()));
  rasters.set(key, made);
  return made;
}

/**
 * The same raster, made in the picture worker thread so a camera photo's second or more of
 * decoding does not stall the app's thread; in this thread when there is no worker.
 */
async function rasterOffThread(bytes: Uint8Array, plan: ConvertPlan, colour: PressColour): Promise<Raster> {
  const key = rasterKey(bytes, plan, colour);
  const hit = rasters.get(key);
  if (hit) return hit;
  let made: Raster;
  try {
    made = asPicture(await convertOffThread(bytes, plan.width, plan.height, colour.grid().nodeData));
  } catch (err) {
    if (!(err instanceof PictureWorkerUnavailable)) throw err;
    return rasterFor(bytes, plan, colour);
  }
  rasters.set(key, made);
  return made;
}

/** Where a PDF writer gets each picture's embeddable form (see `writePrintPdf`). */
export interface PictureSet {
  /** How many distinct pictures (image and size) are ready. */
  readonly size: number;
  /** The form of image `imageId` (file `bytes`) placed at `w` × `h` points to embed; throws naming the image if it cannot be read. */
  get(imageId: number, bytes: Buffer, w: number, h: number): { key: string; picture: PressPicture };
  /** Makes the picture ready ahead of `get`, off the app's thread where it can (optional). */
  prepare?(imageId: number, bytes: Buffer, w: number, h: number): Promise<void>;
}

/** The error for a picture whose bytes cannot be converted, naming it. */
const undecodable = (imageId: number, err: unknown): Error => new Error(`image #${imageId} cannot be decoded for the print PDF: ${(err as Error).message}`, { cause: err });

/**
 * Pictures as their files are, RGB and alpha included: for PDFs that only ever become screen
 * images (the e-paper's page images), where the press conversion would only dull the colours.
 */
export class ScreenPictures implements PictureSet {
  private readonly seen = new Set<number>();

  get size(): number {
    return this.seen.size;
  }

  get(imageId: number, bytes: Buffer): { key: string; picture: PressPicture } {
    try {
      readImageHeader(bytes);
    } catch (err) {
      throw new Error(`image #${imageId} cannot be read: ${(err as Error).message}`, { cause: err });
    }
    this.seen.add(imageId);
    return { key: `${imageId}`, picture: { kind: 'as-is', bytes } };
  }
}

/**
 * The pictures of one export run, each converted once whatever number of pages and PDFs (print,
 * proof) it appears in: keyed by image id and target pixel size. Built for one output profile's
 * conversion (`colour`), so a run's PDFs all print a picture alike.
 */
export class PressPictures implements PictureSet {
  private readonly done = new Map<string, PressPicture>();
  /** Conversions under way: the same picture placed twice is converted once, even in parallel. */
  private readonly converting = new Map<string, Promise<void>>();

  constructor(readonly colour: PressColour) {}

  /** How many distinct pictures (image and size) are ready. */
  get size(): number {
    return this.done.size;
  }

  /** The press-ready form of image `imageId` (file `bytes`) placed at `w` × `h` points; throws naming the image if it cannot be read. */
  get(imageId: number, bytes: Buffer, w: number, h: number): { key: string; picture: PressPicture } {
    const { key, plan } = this.plan(imageId, bytes, w, h);
    let picture = this.done.get(key);
    if (!picture) {
      try {
        picture = plan.kind === 'as-is' ? { kind: 'as-is', bytes } : rasterFor(bytes, plan, this.colour);
      } catch (err) {
        throw undecodable(imageId, err);
      }
      this.done.set(key, picture);
    }
    return { key, picture };
  }

  /** Converts the picture in the worker thread (when it needs converting) so that `get` finds it ready. */
  async prepare(imageId: number, bytes: Buffer, w: number, h: number): Promise<void> {
    const { key, plan } = this.plan(imageId, bytes, w, h);
    if (this.done.has(key)) return;
    if (plan.kind === 'as-is') {
      this.done.set(key, { kind: 'as-is', bytes });
      return;
    }
    let job = this.converting.get(key);
    if (!job) {
      job = rasterOffThread(bytes, plan, this.colour).then(
        (picture) => void this.done.set(key, picture),
        (err: unknown) => {
          throw undecodable(imageId, err);
        },
      );
      this.converting.set(key, job);
      void job.then(
        () => this.converting.delete(key),
        () => this.converting.delete(key),
      );
    }
    await job;
  }

  private plan(imageId: number, bytes: Buffer, w: number, h: number): { key: string; plan: PicturePlan } {
    let plan: PicturePlan;
    try {
      plan = planPicture(readImageHeader(bytes), w, h);
    } catch (err) {
      throw new Error(`image #${imageId} cannot be read for the print PDF: ${(err as Error).message}`, { cause: err });
    }
    return { key: plan.kind === 'as-is' ? `${imageId}` : `${imageId}@${plan.width}x${plan.height}`, plan };
  }
}

/** Pictures converted at once: one per picture worker (see PicturePool). */
const PARALLEL_PICTURES = 2;
/**
 * A picture this large decodes to hundreds of megabytes (4 bytes a pixel, then the converted
 * copy): an issue holding one converts its pictures one at a time, so two never share memory.
 */
const ALONE_PIXELS = 24_000_000;

const pixelsOf = (bytes: Buffer): number => {
  try {
    const h = readImageHeader(bytes);
    return h.width * h.height;
  } catch {
    return 0; // Unreadable: its own conversion reports it.
  }
};

/**
 * Makes every picture of `pages` ready before the PDF is written: in the picture worker threads
 * where the set can (decoding and converting a camera photo takes a second or more, and the app's
 * own thread keeps serving progress, cancel and autosave meanwhile), two at a time (one when a
 * picture is very large); yielding
 * between pictures where it cannot.
 */
export async function preparePictures(pages: readonly PageDisplayList[], imageBytes: ((imageId: number) => Buffer | undefined) | undefined, pictures: PictureSet): Promise<void> {
  const placed: Array<{ imageId: number; bytes: Buffer; w: number; h: number }> = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const bytes = imageBytes?.(item.imageId);
      if (bytes) placed.push({ imageId: item.imageId, bytes, w: item.w, h: item.h });
    }
  }
  const prepare = pictures.prepare?.bind(pictures);
  if (prepare) {
    let next = 0;
    let failed = false;
    // The first picture that cannot be read fails the run; the other lane then takes no more.
    const lane = async (): Promise<void> => {
      while (next < placed.length && !failed) {
        const p = placed[next++]!;
        try {
          await prepare(p.imageId, p.bytes, p.w, p.h);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    };
    const lanes = placed.some((p) => pixelsOf(p.bytes) > ALONE_PIXELS) ? 1 : PARALLEL_PICTURES;
    await Promise.all(Array.from({ length: Math.min(lanes, placed.length) }, lane));
    return;
  }
  for (const p of placed) {
    const before = pictures.size;
    pictures.get(p.imageId, p.bytes, p.w, p.h);
    if (pictures.size > before) await new Promise<void>((r) => setImmediate(r));
  }
}
