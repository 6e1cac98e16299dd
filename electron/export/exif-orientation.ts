import type { Raster } from './raster';

/**
 * The EXIF orientation (1–8) of a JPEG: phones store the sensor's rows and a tag saying how to
 * turn them. pdfkit honours the tag when it embeds a JPEG unchanged, so a converted picture has
 * to be turned the same way to come out the same way up. Reads APP1 "Exif" segments before the
 * first scan, as pdfkit does; 1 when there is none or it cannot be read.
 */
export function jpegOrientation(b: Uint8Array): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 2;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) return 1;
    const marker = b[p + 1]!;
    if (marker === 0xff) {
      p++;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 1;
    const len = v.getUint16(p + 2);
    if (marker === 0xe1 && len >= 16 && p + 2 + len <= b.length && String.fromCharCode(...b.subarray(p + 4, p + 10)) === 'Exif\0\0') {
      const o = exifOrientation(v, p + 10, p + 2 + len);
      if (o) return o;
    }
    p += 2 + len;
  }
  return 1;
}

/** The Orientation tag (0x0112) of IFD0 of the TIFF structure at `t`, within `end`. */
function exifOrientation(v: DataView, t: number, end: number): number | undefined {
  const order = v.getUint16(t);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const le = order === 0x4949;
  if (v.getUint16(t + 2, le) !== 42) return undefined;
  const ifd = t + v.getUint32(t + 4, le);
  if (ifd + 2 > end) return undefined;
  const count = v.getUint16(ifd, le);
  for (let i = 0; i < count; i++) {
    const e = ifd + 2 + 12 * i;
    if (e + 12 > end) return undefined;
    if (v.getUint16(e, le) === 0x0112) {
      const o = v.getUint16(e + 8, le);
      return o >= 1 && o <= 8 ? o : undefined;
    }
  }
  return undefined;
}

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
