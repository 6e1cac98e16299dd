import { createHash } from 'node:crypto';
import { formulaCmyk } from './cmyk-formula';
import { IccLutError, readPcsToDevice, type PcsToDevice } from './icc-lut';
import { evalPcsToDevice } from './icc-lut-eval';
import type { IccProfile } from './pdf-x';
import { RgbCmykGrid } from './rgb-cmyk-grid';
import { encodePcs, srgbToXyzD50 } from './srgb-pcs';

/** How RGB pictures become CMYK in this export: through the plant profile's table, or by formula. */
export interface PressColour {
  /** Identifies the conversion: the profile's sha-256, or '' for the formula. */
  readonly key: string;
  readonly method: 'profile' | 'formula';
  /** The plant profile's name, when one is set (even if its table could not be used). */
  readonly profileName?: string;
  /** With a profile: the table used (e.g. "B2A0 mft2"); without: why the formula is used. */
  readonly detail: string;
  /** The 33³ RGB → CMYK grid, built on first use. */
  grid(): RgbCmykGrid;
}

/** What the conversion is, for preflight and the export report: zh-CN and English. */
export function describePressColour(c: PressColour): { zh: string; en: string } {
  if (c.method === 'profile') return { zh: `按印厂特性文件“${c.profileName}”转换`, en: `converted with the plant profile "${c.profileName}"` };
  if (c.profileName) return { zh: `印厂特性文件“${c.profileName}”无可用的 B2A 表（${c.detail}），按公式转换`, en: `the plant profile "${c.profileName}" has no usable B2A table (${c.detail}): converted by formula` };
  return { zh: '未设印厂特性文件，按公式转换', en: 'no plant profile: converted by formula' };
}

interface Built {
  readonly lut: PcsToDevice | undefined;
  readonly reason: string;
  grid?: RgbCmykGrid;
}

/** Built transforms by profile content (sha-256); '' is the formula. Few profiles are ever in use. */
const cache = new Map<string, Built>();
const CACHE_LIMIT = 4;

function built(key: string, bytes: Uint8Array | undefined): Built {
  let b = cache.get(key);
  if (b) return b;
  let lut: PcsToDevice | undefined;
  let reason = 'no plant profile';
  if (bytes) {
    try {
      lut = readPcsToDevice(bytes);
      reason = '';
    } catch (err) {
      if (!(err instanceof IccLutError)) throw err;
      reason = err.message;
    }
  }
  b = { lut, reason };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, b);
  return b;
}

function gridOf(b: Built): RgbCmykGrid {
  const lut = b.lut;
  b.grid ??= lut
    ? RgbCmykGrid.build((r, g, bl) => evalPcsToDevice(lut, encodePcs(lut.encoding, srgbToXyzD50(r, g, bl))))
    : RgbCmykGrid.build(formulaCmyk);
  return b.grid;
}

/**
 * The RGB → CMYK conversion for an export with `icc` as its output profile: the profile's B2A0
 * (else B2A1) table when it has a usable one (sRGB → PCS → table; perceptual intent, without the
 * v4 perceptual black-point scaling a full colour engine would add), otherwise the formula of
 * cmyk-formula.ts. Cached per profile content, so every export with the same profile shares it.
 */
export function pressColour(icc?: IccProfile): PressColour {
  const key = icc ? createHash('sha256').update(icc.bytes).digest('hex') : '';
  const b = built(key, icc?.bytes);
  const lut = b.lut;
  return {
    key,
    method: lut ? 'profile' : 'formula',
    ...(icc ? { profileName: icc.name } : {}),
    detail: lut ? `${lut.tag} ${lut.type.trim()}` : b.reason,
    grid: () => gridOf(b),
  };
}
