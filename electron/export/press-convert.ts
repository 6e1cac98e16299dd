import { deflateSync } from 'node:zlib';
import { decodePicture } from './picture-decode';
import { downsample, flattenOnWhite, isNeutral, toGrey } from './raster';
import type { RgbCmykGrid } from './rgb-cmyk-grid';

/** A picture's press raster: 8-bit CMYK or grey samples, Flate-compressed. */
export interface PressRaster {
  readonly width: number;
  readonly height: number;
  readonly colourSpace: 'DeviceCMYK' | 'DeviceGray';
  readonly deflated: Uint8Array;
}

/**
 * Decodes a JPEG or PNG and makes its press raster at `width` × `height` pixels: alpha flattened
 * onto white, reduced, then grey when every pixel is neutral, otherwise CMYK through `grid`.
 * Pure work on bytes, so it runs the same in the app's thread and in the picture worker.
 */
export function convertToPress(bytes: Uint8Array, width: number, height: number, grid: RgbCmykGrid): PressRaster {
  const flat = flattenOnWhite(decodePicture(bytes));
  const r = downsample(flat, width, height);
  const grey = isNeutral(r);
  const deflated = deflateSync(grey ? toGrey(r) : grid.apply(r.data, r.width * r.height));
  return { width: r.width, height: r.height, colourSpace: grey ? 'DeviceGray' : 'DeviceCMYK', deflated };
}
