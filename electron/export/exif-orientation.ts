import type { Raster } from './raster';

// The orientation itself is read with the image header (electron/images/jpeg-orientation.ts).

/**
 * The raster turned to be viewed upright per EXIF orientation `o`: 2 mirrored, 3 turned 180°,
 * 4 flipped, 5 transposed, 6 turned 90° clockwise, 7 transversed, 8 turned 90° anticlockwise.
 */
export function orient(r: Raster, o: number): Raster {
  if (o < 2 || o > 8) return r;
  const { width: w, height: h, channels: ch, data: s } = r;
  const swap = o >= 5;
  const ow = swap ? h : w;
  const oh = swap ? w : h;
  const out = new Uint8Array(s.length);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      // The source pixel shown at (x, y) of the upright picture.
      let sx: number;
      let sy: number;
      switch (o) {
        case 2: [sx, sy] = [w - 1 - x, y]; break;
        case 3: [sx, sy] = [w - 1 - x, h - 1 - y]; break;
        case 4: [sx, sy] = [x, h - 1 - y]; break;
        case 5: [sx, sy] = [y, x]; break;
        case 6: [sx, sy] = [y, h - 1 - x]; break;
        case 7: [sx, sy] = [w - 1 - y, h - 1 - x]; break;
        default: [sx, sy] = [w - 1 - y, x]; break;
      }
      const d = (y * ow + x) * ch;
      const p = (sy * w + sx) * ch;
      for (let k = 0; k < ch; k++) out[d + k] = s[p + k]!;
    }
  }
  return { width: ow, height: oh, channels: ch, data: out };
}
