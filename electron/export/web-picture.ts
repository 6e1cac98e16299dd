import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { readImageHeader } from '../images/image-header';
import { decodePicture } from './picture-decode';
import { downsample, flattenOnWhite, type Raster } from './raster';

/** Longest side of an e-paper article picture: sharp on a laptop, light on a phone. */
export const WEB_MAX_SIDE = 1600;
/** A picture within the size but heavier than this (a camera's fine JPEG) is re-encoded too. */
export const WEB_MAX_BYTES = 800 * 1024;
/** JPEG quality of re-encoded photos: the usual web setting, no visible loss at that size. */
const WEB_JPEG_QUALITY = 82;

/** An article picture as the e-paper serves it. */
export interface WebPicture {
  readonly ext: 'jpg' | 'png';
  readonly data: Buffer;
}

/** The size `width` × `height` brought within WEB_MAX_SIDE, proportions kept. */
export function webSize(width: number, height: number): [number, number] {
  const f = Math.min(1, WEB_MAX_SIDE / Math.max(width, height));
  return [Math.max(1, Math.round(width * f)), Math.max(1, Math.round(height * f))];
}

function encodeJpeg(r: Raster): Buffer {
  const n = r.width * r.height;
  const rgba = Buffer.alloc(n * 4);
  for (let i = 0, s = 0, o = 0; i < n; i++, s += 3, o += 4) {
    rgba[o] = r.data[s]!;
    rgba[o + 1] = r.data[s + 1]!;
    rgba[o + 2] = r.data[s + 2]!;
    rgba[o + 3] = 255;
  }
  return jpeg.encode({ width: r.width, height: r.height, data: rgba }, WEB_JPEG_QUALITY).data;
}

function encodePng(r: Raster): Buffer {
  const png = new pngjs.PNG({ width: r.width, height: r.height });
  png.data = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength);
  return pngjs.PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false });
}

/**
 * The e-paper's copy of an article picture: the file itself when it is already web-sized, upright
 * and an sRGB JPEG or a PNG; otherwise decoded (turned upright by its EXIF orientation), reduced to
 * WEB_MAX_SIDE and re-encoded — a photo as JPEG, a PNG (a chart) as PNG, transparency set on white.
 * A camera's 10 MB original has no place on a page readers open on their phones.
 */
export function webPicture(bytes: Buffer): WebPicture {
  const h = readImageHeader(bytes);
  const ext = h.format === 'png' ? 'png' : 'jpg';
  const fits = Math.max(h.width, h.height) <= WEB_MAX_SIDE && bytes.length <= WEB_MAX_BYTES;
  if (fits && h.orientation === 1 && h.components !== 4) return { ext, data: bytes };
  const [width, height] = webSize(h.width, h.height);
  const small = downsample(flattenOnWhite(decodePicture(bytes)), width, height);
  return h.format === 'png' ? { ext: 'png', data: encodePng(small) } : { ext: 'jpg', data: encodeJpeg(small) };
}
