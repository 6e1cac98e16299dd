/**
 * The 128-byte header of an ICC output profile (ICC.1:2010 §7.2) in a 512-byte file: enough for
 * the PDF/X OutputIntent to check, embed and name. `marker` is written at byte 200 so a test can
 * find these exact bytes again inside a PDF.
 */
export function iccProfileHeader(space: 'CMYK' | 'RGB ', marker = ''): Buffer {
  const b = Buffer.alloc(512);
  b.writeUInt32BE(512, 0);
  b.write('prtr', 12, 'latin1');
  b.write(space, 16, 'latin1');
  b.write('Lab ', 20, 'latin1');
  b.write('acsp', 36, 'latin1');
  b.write(marker, 200, 'latin1');
  return b;
}
