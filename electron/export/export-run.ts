import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayListToSvg } from '../../shared/render/display-list-svg';
import type { CoreContext } from '../core/context';
import { buildArchive, snapshotDatabase } from './archive';
import { buildEpaper, type EpaperPage } from './epaper';
import { loadIssueBundle, type IssueBundle } from './issue-bundle';
import { newsmlItem } from './newsml';
import { EPAPER_DPI, hasPdftoppm, rasterisePdf } from './page-images';
import { writePrintPdf } from './pdf-writer';
import { readIccProfile, type IccProfile } from './pdf-x';
import { pressColour } from './press-colour';
import { PressPictures, ScreenPictures } from './press-picture';
import { ByteBudgetCache } from './byte-budget-cache';
import { PictureWorkerUnavailable, webPictureOffThread } from './picture-worker-pool';
import { webPicture, type WebPicture } from './web-picture';
import { writeGalleyPdf } from './galley-proof';
import { loadGalleyStory } from './galley-story';
import { writeProofPdf } from './proof-pdf';

/** Export targets and where each goes: files for PDFs and the archive, folders for the e-paper and NewsML. */
export interface ExportDestinations {
  print?: string;
  proof?: string;
  /** 小样: every story of the issue as a galley proof, one after another. */
  galley?: string;
  epaper?: string;
  newsml?: string;
  archive?: string;
}
export type ExportTarget = keyof ExportDestinations;

/** One output written. */
export interface ExportedFile {
  target: ExportTarget;
  path: string;
  bytes: number;
}

/** Progress of a run: a fraction 0…1 and what it is doing now. */
export interface ExportProgress {
  fraction: number;
  stepZh: string;
  stepEn: string;
}

export interface ExportRunOptions {
  /** Replace existing outputs. Without it an existing file or folder is an error. */
  overwrite?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** Use pdftoppm for e-paper page images when present (default true); false forces the SVG fallback. */
  usePdftoppm?: boolean;
  /** Print PDF for the plant's imposition: bleed and crop marks around each trimmed page. */
  cropMarks?: boolean;
  /** The plant's CMYK output profile, embedded in the print PDF's OutputIntent (default: FOGRA39 by reference). */
  outputProfile?: { name: string; path: string };
}

/** Raised when a destination exists and overwrite was not asked for. */
export class ExportExistsError extends Error {
  constructor(readonly path: string) {
    super(`output exists: ${path}`);
    this.name = 'ExportExistsError';
  }
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('export cancelled', 'AbortError');
}

/** A picture inlined in the fallback SVG page (an SVG opened as an image may load nothing else). */
function imageDataUrl(bytes: Buffer | undefined): string | undefined {
  if (!bytes) return undefined;
  return `data:${bytes[0] === 0x89 ? 'image/png' : 'image/jpeg'};base64,${bytes.toString('base64')}`;
}

function newsmlFiles(bundle: IssueBundle, at: string): Array<{ path: string; data: Buffer }> {
  return [...bundle.stories.values()].map((s) => ({
    path: `story-${s.id}.xml`,
    data: Buffer.from(
      newsmlItem({
        storyId: s.id, content: s.content, revision: s.revision, tags: s.tags, issueDate: bundle.issue.date,
        paperName: bundle.issue.paperName, pageNumber: s.pageNumbers[0] ?? 1, versionCreated: at,
      }),
      'utf8',
    ),
  }));
}

/** Web copies kept across export runs by content hash (the e-paper is rebuilt many times a night). */
const webCopies = new ByteBudgetCache<WebPicture>(64 * 1024 * 1024, (w) => w.data.length);

/**
 * The web copy of a picture, made in the picture worker (here when there is none), or the file
 * itself if it cannot be decoded (the browser may still show it).
 */
async function webPictureOrOriginal(data: Buffer): Promise<WebPicture> {
  const key = createHash('sha256').update(data).digest('hex');
  const hit = webCopies.get(key);
  if (hit) return hit;
  try {
    const made = await webPictureOffThread(data);
    webCopies.set(key, made);
    return made;
  } catch (err) {
    try {
      if (err instanceof PictureWorkerUnavailable) return webPicture(data);
    } catch {
      // fall through to the original
    }
    return { ext: data[0] === 0x89 ? 'png' : 'jpg', data };
  }
}

async function epaperFiles(bundle: IssueBundle, screenPdf: () => Promise<Buffer>, opts: ExportRunOptions): Promise<Array<{ path: string; data: Buffer }>> {
  let pngs: { small: Buffer[]; large: Buffer[] } | undefined;
  if (opts.usePdftoppm !== false && (await hasPdftoppm())) {
    const pdf = await screenPdf();
    pngs = { small: await rasterisePdf(pdf, EPAPER_DPI.small, opts.signal), large: await rasterisePdf(pdf, EPAPER_DPI.large, opts.signal) };
  }
  const pages: EpaperPage[] = bundle.pages.map(({ page, list }, i) => ({
    number: page.number,
    name: page.name,
    width: list.width,
    height: list.height,
    // Both show the trim alone: the screen PDF pdftoppm renders has no bleed or crop marks.
    bleed: 0,
    frames: list.frames,
    image: pngs?.small[i] && pngs.large[i]
      ? { kind: 'png', small: pngs.small[i]!, large: pngs.large[i]! }
      : // Without poppler: the page as SVG. Opened as an <img> it cannot load font files, so the
        // browser substitutes a system CJK face at the composer's glyph positions.
        { kind: 'svg', svg: displayListToSvg(list, { fontUrl: (id) => `../fonts/${encodeURIComponent(id)}`, imageUrl: (id) => imageDataUrl(bundle.imageBytes(id)) }) },
  }));
  // Article pictures at web size, each made once (a picture may illustrate several stories).
  const web = new Map<number, WebPicture>();
  for (const p of bundle.pictures) {
    // Only pictures that illustrate an article appear outside the page images.
    if (p.storyId === null || !bundle.stories.has(p.storyId) || web.has(p.imageId)) continue;
    const data = bundle.imageBytes(p.imageId);
    if (!data) continue;
    web.set(p.imageId, await webPictureOrOriginal(data));
    checkAbort(opts.signal);
  }
  const articles = [...bundle.stories.values()].map((s) => ({
    storyId: s.id,
    content: s.content,
    tags: s.tags.map((t) => ({ name: t.name, kind: t.kind })),
    pictures: bundle.pictures.flatMap((p) => {
      const w = p.storyId === s.id ? web.get(p.imageId) : undefined;
      return w ? [{ file: `picture-${p.imageId}.${w.ext}`, data: w.data, caption: p.caption, credit: p.credit }] : [];
    }),
  }));
  return buildEpaper({ paperName: bundle.issue.paperName, date: bundle.issue.date, number: bundle.issue.number, totalNumber: bundle.issue.totalNumber, pages, articles });
}

/**
 * Exports one issue to the given destinations: print PDF, proof PDFs (大样, 小样), e-paper folder,
 * NewsML-G2 folder and the archive zip. Runs step by step, yielding to the event loop between
 * steps so progress events go out and a cancel is seen; a cancelled or failed run removes what
 * it wrote. Never replaces an existing output unless `overwrite`.
 */
export async function runExport(c: CoreContext, issueId: number, dest: ExportDestinations, opts: ExportRunOptions = {}): Promise<ExportedFile[]> {
  const targets = (Object.keys(dest) as ExportTarget[]).filter((t) => dest[t] !== undefined);
  if (targets.length === 0) throw new Error('nothing to export');
  for (const t of targets) if (!opts.overwrite && existsSync(dest[t]!)) throw new ExportExistsError(dest[t]!);
  const steps = 1 + targets.length;
  let done = 0;
  const progress = async (zh: string, en: string): Promise<void> => {
    opts.onProgress?.({ fraction: Math.min(1, done / steps), stepZh: zh, stepEn: en });
    await tick();
    checkAbort(opts.signal);
  };
  const written: string[] = [];
  const out: ExportedFile[] = [];
  const flag = opts.overwrite ? 'w' : 'wx';
  const writeFile = (target: ExportTarget, path: string, data: Buffer): void => {
    writeFileSync(path, data, { flag });
    written.push(path);
    out.push({ target, path, bytes: data.length });
  };
  const writeFolder = (target: ExportTarget, dir: string, files: ReadonlyArray<{ path: string; data: Buffer }>): void => {
    if (opts.overwrite) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    written.push(dir);
    let bytes = 0;
    for (const f of files) {
      const p = join(dir, ...f.path.split('/'));
      mkdirSync(join(p, '..'), { recursive: true });
      writeFileSync(p, f.data, { flag: 'wx' });
      bytes += f.data.length;
    }
    out.push({ target, path: dir, bytes });
  };
  try {
    await progress('排版各版', 'Composing pages');
    const bundle = loadIssueBundle(c, issueId);
    const fonts = c.fonts();
    done++;
    const at = new Date(c.clock().getTime()).toISOString();
    // Pictures are converted once for the run and shared by the print and proof PDFs.
    // The plant profile is read once, when a press output first needs it (an e-paper-only run never does).
    let icc: { profile: IccProfile | undefined } | undefined;
    const outputProfile = (): IccProfile | undefined => {
      const p = opts.outputProfile;
      return (icc ??= { profile: p ? readIccProfile(p.path, p.name) : undefined }).profile;
    };
    let pictures: PressPictures | undefined;
    const pressPictures = (): PressPictures => (pictures ??= new PressPictures(pressColour(outputProfile())));
    // The print PDF and the e-paper's screen PDF are the same pages under the same title.
    const lists = bundle.pages.map((p) => p.list);
    const title = `${bundle.issue.paperName} ${bundle.issue.date}`;
    let print: Promise<Buffer> | undefined;
    const printPdf = (): Promise<Buffer> => (print ??= writePrintPdf(lists, fonts, { title, cropMarks: opts.cropMarks === true, ...(outputProfile() ? { iccProfile: outputProfile()! } : {}), imageBytes: bundle.imageBytes, pictures: pressPictures() }));
    // The e-paper's page images come from a PDF of the same pages with the pictures as their files
    // are (RGB, not the press conversion, which would only dull them on screen), trimmed, no marks.
    const screenPdf = (): Promise<Buffer> =>
      bundle.pictures.length === 0 && opts.cropMarks !== true
        ? printPdf()
        : writePrintPdf(lists, fonts, { title, imageBytes: bundle.imageBytes, pictures: new ScreenPictures() });
    let proof: Buffer | undefined;
    let galley: Buffer | undefined;
    let epaper: Array<{ path: string; data: Buffer }> | undefined;
    let newsml: Array<{ path: string; data: Buffer }> | undefined;
    if (dest.print) {
      await progress('生成印刷 PDF', 'Writing the print PDF');
      writeFile('print', dest.print, await printPdf());
      done++;
    }
    if (dest.proof) {
      await progress('生成大样 PDF', 'Writing the proof PDF');
      proof = await writeProofPdf(bundle, fonts, pressPictures());
      writeFile('proof', dest.proof, proof);
      done++;
    }
    if (dest.galley) {
      await progress('生成小样 PDF', 'Writing the galley proofs');
      const stories = [...bundle.stories.keys()].map((id) => loadGalleyStory(c, id, issueId));
      galley = await writeGalleyPdf(stories, fonts);
      writeFile('galley', dest.galley, galley);
      done++;
    }
    if (dest.epaper) {
      await progress('生成数字报', 'Building the e-paper');
      epaper = await epaperFiles(bundle, screenPdf, opts);
      checkAbort(opts.signal);
      writeFolder('epaper', dest.epaper, epaper);
      done++;
    }
    if (dest.newsml) {
      await progress('生成 NewsML-G2', 'Writing NewsML-G2');
      newsml = newsmlFiles(bundle, at);
      writeFolder('newsml', dest.newsml, newsml);
      done++;
    }
    if (dest.archive) {
      await progress('打包归档', 'Building the archive');
      epaper ??= await epaperFiles(bundle, screenPdf, opts);
      newsml ??= newsmlFiles(bundle, at);
      checkAbort(opts.signal);
      const files = [
        { path: 'banxin.db', data: await snapshotDatabase(c.db) },
        { path: 'pdf/print.pdf', data: await printPdf() },
        ...(proof ? [{ path: 'pdf/proof.pdf', data: proof }] : []),
        ...(galley ? [{ path: 'pdf/galley.pdf', data: galley }] : []),
        ...epaper.map((f) => ({ path: `epaper/${f.path}`, data: f.data })),
        ...newsml.map((f) => ({ path: `newsml/${f.path}`, data: f.data })),
      ];
      const i = bundle.issue;
      const { zip } = buildArchive(files, { createdAt: at, appVersion: c.appVersion, issue: { id: i.id, date: i.date, paperName: i.paperName, number: i.number, totalNumber: i.totalNumber } });
      checkAbort(opts.signal);
      writeFile('archive', dest.archive, zip);
      done++;
    }
    opts.onProgress?.({ fraction: 1, stepZh: '完成', stepEn: 'Done' });
    return out;
  } catch (err) {
    // A half-written export must not look like a finished one.
    for (const p of written.reverse()) rmSync(p, { recursive: true, force: true });
    throw err;
  }
}
