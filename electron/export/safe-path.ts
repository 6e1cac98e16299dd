import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

export interface SafePathOptions {
  /** Extension to force, with the dot (default: keep a safe one from the title, else none). */
  extension?: string;
  /** Replace an existing file of the same name. Without it a free name is chosen: `名 (2).pdf`. */
  overwrite?: boolean;
  /** Test seam for "does this file exist". */
  exists?: (path: string) => boolean;
}

/** Thrown when no safe name could be made (the folder is unusable or every candidate is taken). */
export class UnsafePathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafePathError';
  }
}

// Windows device names are reserved with any extension, in any case ("con.pdf", "COM1.txt").
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;
// Control characters, bidi overrides/isolates (RTL spoofing), zero-width and BOM characters.
// oxlint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;
// Path separators and characters Windows refuses in names.
const FORBIDDEN = /[<>:"/\\|?*]/g;
// ext4 and most filesystems allow 255 bytes per name; stay well below so suffixes fit.
const MAX_NAME_BYTES = 180;
const SAFE_EXT = /^\.[A-Za-z0-9]{1,8}$/;

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

function truncateBytes(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    // for…of walks code points, so a surrogate pair is never cut in half.
    if (utf8Bytes(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/** A title turned into a file name stem that is safe on Windows, macOS and Linux. */
export function sanitizeFileName(title: string): string {
  let s = title.normalize('NFC').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  s = s.replace(INVISIBLE, '').replace(FORBIDDEN, '_').replace(/\s+/g, ' ');
  // Leading dots would hide the file or mean "." / ".."; trailing dots and spaces are dropped by Windows.
  s = s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  s = truncateBytes(s, MAX_NAME_BYTES).replace(/[\s.]+$/, '');
  if (s === '') s = '未命名';
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/**
 * The path to write an export to: a sanitised file name from the title, directly inside `folder`
 * (never elsewhere, whatever the title holds), and never an existing file unless `overwrite`.
 * Writers should still open with the `wx` flag so a file created in between is not replaced.
 */
export function safeOutputPath(folder: string, nameFromTitle: string, options: SafePathOptions = {}): string {
  if (folder.includes('\0')) throw new UnsafePathError('folder contains NUL');
  const dir = resolve(folder);
  const exists = options.exists ?? existsSync;
  let ext = '';
  let base = nameFromTitle;
  if (options.extension !== undefined) {
    if (options.extension !== '' && !SAFE_EXT.test(options.extension)) throw new UnsafePathError(`bad extension: ${options.extension}`);
    ext = options.extension;
  } else {
    const fromTitle = extname(nameFromTitle);
    if (SAFE_EXT.test(fromTitle)) {
      ext = fromTitle;
      base = nameFromTitle.slice(0, -fromTitle.length);
    }
  }
  const stem = sanitizeFileName(base);
  for (let n = 1; n < 10_000; n++) {
    const name = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
    const path = join(dir, name);
    // Belt and braces: the sanitiser already removed separators, this proves it.
    if (dirname(path) !== dir) throw new UnsafePathError(`name escapes the folder: ${name}`);
    if (options.overwrite || !exists(path)) return path;
  }
  throw new UnsafePathError('no free file name');
}
