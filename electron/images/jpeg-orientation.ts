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
