import { z } from 'zod';
import { STYLE_KEYS } from '../../typeset/style-keys';
import { method } from '../define';

const FontId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/);
/** A font of up to 64 MB as base64 (4/3 of the bytes). */
const MAX_FONT_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3) + 4;

export const FontInfoSchema = z.object({
  id: FontId,
  family: z.string(),
  style: z.string(),
  weight: z.number().int(),
  /** npm (bundled Noto), system (installed on this computer) or user (added to Banxin by the newsroom). */
  source: z.enum(['npm', 'system', 'user']),
});

export const StyleKeySchema = z.enum(STYLE_KEYS);

export const StyleFontsSchema = z.object({
  key: StyleKeySchema,
  nameZh: z.string(),
  nameEn: z.string(),
  /** The fonts the style was designed with. */
  defaults: z.array(z.string()),
  /** The newsroom's choice, in order of preference; null: the defaults. */
  chosen: z.array(z.string()).nullable(),
});

export const fontsMethods = {
  'fonts.list': method({
    summary: 'Every font Banxin can set with (bundled, installed, added) and, per style, its default fonts and the newsroom’s choice.',
    params: z.object({}).strict(),
    result: z.object({ fonts: z.array(FontInfoSchema), styles: z.array(StyleFontsSchema) }),
    errors: [],
    needsUser: false,
  }),
  'fonts.setStyle': method({
    summary: 'Choose the fonts of a style (e.g. the paper’s licensed 方正书宋 for 正文), or null for its defaults. Every page re-composes with them; the style’s own fonts stay behind as fallback.',
    params: z.object({ key: StyleKeySchema, fontIds: z.array(FontId).min(1).max(4).nullable() }).strict(),
    result: StyleFontsSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'STORAGE_FULL', 'STORAGE_ERROR'],
    needsUser: true,
  }),
  'fonts.add': method({
    summary: 'Add a font file (.ttf/.otf/.ttc, sent as bytes) to the newsroom’s fonts beside the database; it can then be chosen per style. Banxin never ships 方正 fonts: the newsroom adds its licensed ones.',
    params: z.object({ name: z.string().min(1).max(255), dataBase64: z.string().min(1).max(MAX_FONT_BASE64) }).strict(),
    result: z.array(FontInfoSchema),
    errors: ['NO_USER', 'FORBIDDEN', 'FONT_INVALID'],
    needsUser: true,
  }),
};
