import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.ttc': 'font/collection',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.xml': 'application/xml; charset=utf-8',
};

// What a browser shows in place (the e-paper's pages, styles and images); everything else downloads.
const SHOWN_IN_PLACE = new Set(['.html', '.css', '.png', '.jpg', '.svg']);

/**
 * Resolve a URL path inside the static root; null when it would leave the root or names nothing.
 * Decoding happens once, before normalising, so %2e%2e tricks land in the same check.
 */
export async function resolveStatic(root: string, urlPath: string): Promise<{ file: string; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const s = await stat(file);
    if (!s.isFile()) return null;
  } catch {
    return null;
  }
  return { file, type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/** URL path under which the renderer loads the composer's font files, by font id. */
export const FONT_ROUTE = /^\/fonts\/([a-z0-9][a-z0-9-]{0,80})$/;

export const readStatic = (file: string): Promise<Buffer> => readFile(file);

/** A font file by id, only if the registry knows the id: the URL never names a path. */
export function fontFile(core: { fonts(): { file(id: string): { path: string } | undefined } }, id: string): { file: string; type: string } | null {
  const f = core.fonts().file(id);
  if (!f) return null;
  const ext = extname(f.path).toLowerCase();
  return { file: f.path, type: TYPES[ext] ?? 'application/octet-stream' };
}

/** URL path under which exported files are served: `/exports/<day>/<name>` inside the exports folder. */
export const EXPORT_ROUTE = /^\/exports\/(.+)$/;

/**
 * An exported file under the exports root (the e-paper opens in place; PDFs, zips and XML
 * download). The same containment check as the renderer's files: nothing outside the root.
 */
export async function exportFile(root: string, rest: string): Promise<{ file: string; type: string; download: string | null } | null> {
  const found = await resolveStatic(root, `/${rest}`);
  if (!found) return null;
  const ext = extname(found.file).toLowerCase();
  return { ...found, download: SHOWN_IN_PLACE.has(ext) ? null : basename(found.file) };
}

/** `Content-Disposition` for a download, with the Chinese file name (RFC 6266 / 5987). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
