import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Resolutions of the e-paper's page images: a thumbnail for the issue index and the reading size. */
export const EPAPER_DPI = { small: 36, large: 110 } as const;

/** PNG bytes of every page of a PDF, in page order. */
export type PageRasters = Buffer[];

function run(cmd: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { signal, maxBuffer: 1 << 20 }, (err) => (err ? reject(err) : resolve()));
  });
}

let available: Promise<boolean> | undefined;

/** Is poppler's `pdftoppm` on the PATH? (Debian poppler-utils; CI installs it, a desktop may not.) */
export function hasPdftoppm(): Promise<boolean> {
  available ??= run('pdftoppm', ['-v']).then(
    () => true,
    () => false,
  );
  return available;
}

/**
 * Rasterises every page of a PDF (its trim: the print PDF's MediaBox is the trim when there are
 * no crop marks) to PNG at `dpi` with poppler's `pdftoppm`, the same renderer CI checks the PDF with.
 */
export async function rasterisePdf(pdf: Buffer, dpi: number, signal?: AbortSignal): Promise<PageRasters> {
  const dir = await mkdtemp(join(tmpdir(), 'banxin-ppm-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, pdf);
    await run('pdftoppm', ['-png', '-r', String(dpi), input, join(dir, 'p')], signal);
    // pdftoppm zero-pads page numbers to the width of the page count: p-1.png or p-01.png.
    const names = (await readdir(dir)).filter((n) => /^p-\d+\.png$/.test(n));
    names.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    return await Promise.all(names.map((n) => readFile(join(dir, n))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
