import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { MAX_IMAGE_PIXELS } from '../images/image-header';
import { jpegOrientation } from '../images/jpeg-orientation';
import { orient } from './exif-orientation';
import type { Raster } from './raster';

/**
 * Decodes a JPEG (jpeg-js) or PNG (pngjs) to 8-bit RGB or RGBA, turned upright by its EXIF
 * orientation. A PNG of any depth or colour type (grey, palette, 16-bit, with tRNS) comes out as
 * 8-bit RGBA; the alpha channel is dropped when it is opaque throughout.
 */
export function decodePicture(bytes: Uint8Array): Raster {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      // The import limit (100 MP); jpeg-js's own 512 MB cap would refuse the largest of those.
      maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6,
      maxMemoryUsageInMB: 2048,
    });
    return orient({ width: img.width, height: img.height, channels: 3, data: img.data }, jpegOrientation(bytes));
  }
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const png = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const data = new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength);
    return dropOpaqueAlpha({ width: png.width, height: png.height, channels: 4, data });
  }
  throw new Error('not a JPEG or PNG');
}

function dropOpaqueAlpha(r: Raster): Raster {
  const s = r.data;
  for (let p = 3; p < s.length; p += 4) if (s[p] !== 255) return r;
  const n = r.width * r.height;
  const out = new Uint8Array(n * 3);
  for (let i = 0, p = 0, o = 0; i < n; i++, p += 4, o += 3) {
    out[o] = s[p]!;
    out[o + 1] = s[p + 1]!;
    out[o + 2] = s[p + 2]!;
  }
  return { width: r.width, height: r.height, channels: 3, data: out };
}
