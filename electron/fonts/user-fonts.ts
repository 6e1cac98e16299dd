import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { replaceDurably } from '../store/durable-file';
import type { Db } from '../store/engine/sql-db';
import { fontsRepo } from '../store/fonts-repo';
import { write } from '../store/write';
import type { FontFile } from './discover';
import type { FontRegistry } from './font-registry';

/** Font files a newsroom may add: TrueType, OpenType and collections. */
export const USER_FONT_EXTENSIONS = ['.ttf', '.otf', '.ttc'] as const;
/** Larger than any CJK face (a full 方正 GBK face is ~15 MB; collections ~40 MB). */
export const MAX_USER_FONT_BYTES = 64 * 1024 * 1024;

/** Why a font file was refused, in both languages. */
export class FontFileError extends Error {
  constructor(
    readonly messageZh: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = 'FontFileError';
  }
}

/**
 * The newsroom's own fonts are rows of the store (`user_fonts`), so every server on a shared
 * database and every backup has them; fontkit and the PDF writer read files, so each is also
 * written out here, beside the database, named by its hash (a cache the rows can always rebuild).
 */
export const userFontsDir = (dbPath: string): string => join(dirname(dbPath), 'fonts');

/**
 * Checks that bytes are a font fontkit can set with — every face with metrics and a character
 * map — before anything is written. Throws FontFileError with what is wrong.
 */
export function checkFontBytes(name: string, bytes: Buffer): void {
  const ext = extname(name).toLowerCase();
  if (!(USER_FONT_EXTENSIONS as readonly string[]).includes(ext)) throw new FontFileError(`只接受 .ttf、.otf、.ttc 字体文件（收到 ${ext || '无扩展名'}）。`, `Only .ttf, .otf and .ttc fonts are accepted (got ${ext || 'no extension'}).`);
  if (bytes.length > MAX_USER_FONT_BYTES) throw new FontFileError('字体文件超过 64 MB。', 'The font file is larger than 64 MB.');
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = fontkit.create(bytes);
  } catch {
    throw new FontFileError('不是可用的字体文件（无法解析）。', 'Not a usable font file (it cannot be parsed).');
  }
  const faces = 'fonts' in opened && Array.isArray(opened.fonts) ? opened.fonts : [opened as fontkit.Font];
  if (faces.length === 0) throw new FontFileError('字体集中没有字体。', 'The collection holds no fonts.');
  for (const f of faces) {
    try {
      // Reading the cmap (for 一) throws on a font without a usable character map.
      if (!(f.unitsPerEm > 0)) throw new Error('no metrics');
      f.hasGlyphForCodePoint(0x4e00);
    } catch {
      throw new FontFileError('字体缺少度量信息或字符映射表，无法用于排版。', 'The font has no metrics or character map and cannot be set.');
    }
  }
}

const fontHash = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The font's file in this machine's cache, written from the row if it is not there yet. */
function cachedFile(db: Db, dbPath: string, hash: string, extension: string): string {
  const dir = userFontsDir(dbPath);
  const path = join(dir, `${hash}${extension}`);
  if (!existsSync(path)) {
    const data = fontsRepo.data(db, hash);
    if (!data) throw new Error(`font ${hash} is not in the store`);
    mkdirSync(dir, { recursive: true });
    replaceDurably(path, data);
  }
  return path;
}

/** Which stored fonts each registry has taken in (a server hears of fonts other servers added). */
const registered = new WeakMap<FontRegistry, Set<string>>();

/**
 * Adds a font to the store under its hash (the same file added twice is one font), then to this
 * machine's cache (written to a temporary file then renamed, so a crash never leaves half a font)
 * and the registry.
 */
export function addUserFont(db: Db, dbPath: string, name: string, bytes: Buffer, registry: FontRegistry, at: string): FontFile[] {
  checkFontBytes(name, bytes);
  const hash = fontHash(bytes);
  const extension = extname(name).toLowerCase();
  write(db, () => fontsRepo.insert(db, { hash, extension, data: bytes, at }));
  const files = registry.register(cachedFile(db, dbPath, hash, extension));
  let known = registered.get(registry);
  if (!known) registered.set(registry, (known = new Set()));
  known.add(hash);
  return files;
}

/**
 * Registers every font in the store that this registry does not have yet; one that no longer
 * opens is skipped and reported. Fonts left in the folder by a Banxin from before the store held
 * them are taken into the store first.
 */
export function loadUserFonts(db: Db, dbPath: string, registry: FontRegistry, at: string): { loaded: FontFile[]; failed: string[] } {
  adoptFolderFonts(db, dbPath, at);
  let known = registered.get(registry);
  if (!known) registered.set(registry, (known = new Set()));
  const loaded: FontFile[] = [];
  const failed: string[] = [];
  for (const f of fontsRepo.list(db)) {
    if (known.has(f.hash)) continue;
    try {
      loaded.push(...registry.register(cachedFile(db, dbPath, f.hash, f.extension)));
      known.add(f.hash);
    } catch {
      failed.push(`${f.hash}${f.extension}`);
    }
  }
  return { loaded, failed };
}

/** Fonts written as files only (before migration 0013): into the store, unless they no longer open. */
function adoptFolderFonts(db: Db, dbPath: string, at: string): void {
  const dir = userFontsDir(dbPath);
  if (!existsSync(dir)) return;
  const stored = new Set(fontsRepo.list(db).map((f) => `${f.hash}${f.extension}`));
  for (const f of readdirSync(dir).sort()) {
    const extension = extname(f).toLowerCase();
    if (!(USER_FONT_EXTENSIONS as readonly string[]).includes(extension) || stored.has(f)) continue;
    try {
      const bytes = readFileSync(join(dir, f));
      checkFontBytes(f, bytes);
      write(db, () => fontsRepo.insert(db, { hash: fontHash(bytes), extension, data: bytes, at }));
    } catch {
      // Not a font any more: left where it is, not taken in (loadUserFonts never saw it either).
    }
  }
}
