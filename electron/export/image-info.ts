/** Pixel size and colour model of an image file, from its header alone. */
export interface ImageInfo {
  readonly format: 'jpeg' | 'png';
  readonly width: number;
  readonly height: number;
  /** 1 = grey, 3 = RGB, 4 = CMYK (JPEG only); PNG alpha channels are not counted. */
  readonly components: number;
}

/**
 * Reads the size and colour model of a JPEG (SOFn marker) or PNG (IHDR) — what preflight needs
 * to compute effective resolution and catch RGB images — without decoding any pixels.
 */
export function imageInfo(b: Uint8Array): ImageInfo | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const colorType = b[25] ?? 0;
    const components = colorType === 0 || colorType === 4 ? 1 : colorType === 3 ? 3 : 3;
    return { format: 'png', width: v.getUint32(16), height: v.getUint32(20), components };
  }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  let p = 2;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) return undefined;
    const marker = b[p + 1]!;
    if (marker === 0xff) {
      p++;
      continue;
    }
    const len = v.getUint16(p + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame header.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (p + 9 >= b.length) return undefined;
      return { format: 'jpeg', height: v.getUint16(p + 5), width: v.getUint16(p + 7), components: b[p + 9]! };
    }
    p += 2 + len;
  }
  return undefined;
}
