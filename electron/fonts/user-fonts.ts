import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { replaceDurably } from '../store/durable-file';
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

/** The newsroom's own fonts live beside the database (so a backup of the folder keeps them). */
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

/**
 * Adds a font to the newsroom's folder under a name made of its hash (the same file added twice
 * is one file; a different file with the same name is not overwritten), written to a temporary
 * file then renamed so a crash never leaves half a font, and registers it.
 */
export function addUserFont(dbPath: string, name: string, bytes: Buffer, registry: FontRegistry): FontFile[] {
  checkFontBytes(name, bytes);
  const dir = userFontsDir(dbPath);
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const path = join(dir, `${hash}${extname(name).toLowerCase()}`);
  if (!existsSync(path)) replaceDurably(path, bytes);
  return registry.register(path);
}

/** Registers every font in the newsroom's folder; a file that no longer opens is skipped and reported. */
export function loadUserFonts(dbPath: string, registry: FontRegistry): { loaded: FontFile[]; failed: string[] } {
  const dir = userFontsDir(dbPath);
  const loaded: FontFile[] = [];
  const failed: string[] = [];
  if (!existsSync(dir)) return { loaded, failed };
  for (const f of readdirSync(dir).sort()) {
    if (!(USER_FONT_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase())) continue;
    try {
      loaded.push(...registry.register(join(dir, f)));
    } catch {
      failed.push(f);
    }
  }
  return { loaded, failed };
}
