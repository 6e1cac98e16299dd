import type { z } from 'zod';
import type { CallContext } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { fontsMethods } from '../../../shared/api/methods/fonts';
import { PRODUCTION_ROLES } from '../../../shared/model/roles';
import { STYLES } from '../../../shared/typeset';
import { STYLE_KEY_LABELS, STYLE_KEYS, styleKeyOf, type StyleFonts, type StyleKey } from '../../../shared/typeset/style-keys';
import { addUserFont, FontFileError, type FontFile } from '../../fonts';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { settingsRepo } from '../../store/settings-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from './acting-user';

type M = typeof fontsMethods;
type FontsHandlers = {
  [K in keyof M]: (params: z.output<M[K]['params']>, ctx: CallContext) => z.output<M[K]['result']> | Promise<z.output<M[K]['result']>>;
};

/** The settings key of the per-style font choices. */
export const STYLE_FONTS_SETTING = 'style-fonts';

/** Each key's default fonts: those of the first style in the style table filed under it. */
const defaultFonts = (key: StyleKey): readonly string[] => Object.values(STYLES).find((s) => styleKeyOf(s.id) === key)?.fonts ?? [];

const info = (f: FontFile) => ({ id: f.id, family: f.family, style: f.style, weight: f.weight, source: f.source });

/** The stored choices (for the registry when it first loads). */
export function storedStyleFonts(c: Pick<CoreContext, 'db'>): StyleFonts {
  return settingsRepo.get<StyleFonts>(c.db, STYLE_FONTS_SETTING, {});
}

/**
 * `fonts.*`: the fonts Banxin can set with, the newsroom's own added beside the database, and
 * the font chosen for each style. A choice goes into the registry at once, so the next
 * composition of any page — screen, copyfit and PDF alike — uses it.
 */
export function fontsService(c: CoreContext): FontsHandlers {
  const actor = (ctx: CallContext) =>
    actingUser(c.db, ctx.session.userId, PRODUCTION_ROLES, { zh: '只有美编、值班总编或管理员可以设置字体。', en: 'Only layout staff, the duty editor or an administrator may set fonts.' });
  const view = (key: StyleKey, chosen: StyleFonts) => ({
    key, nameZh: STYLE_KEY_LABELS[key].zh, nameEn: STYLE_KEY_LABELS[key].en, defaults: [...defaultFonts(key)], chosen: chosen[key] ? [...chosen[key]!] : null,
  });
  return {
    'fonts.list': () => {
      const chosen = c.fonts().chosenStyleFonts();
      return { fonts: c.fonts().list().map(info), styles: STYLE_KEYS.map((k) => view(k, chosen)) };
    },
    'fonts.setStyle': (p, ctx) => {
      const user = actor(ctx);
      const registry = c.fonts();
      for (const id of p.fontIds ?? []) if (!registry.file(id)) throw new BanxinError('NOT_FOUND', { zh: `（字体 ${id}）`, en: ` (font ${id})` });
      const next: StyleFonts = { ...registry.chosenStyleFonts() };
      if (p.fontIds) next[p.key] = p.fontIds;
      else delete next[p.key];
      write(c.db, () => {
        settingsRepo.set(c.db, STYLE_FONTS_SETTING, next);
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: user.id, action: 'fonts.setStyle', entity: 'style', entityId: null, detail: `${STYLE_KEY_LABELS[p.key].zh}：${p.fontIds?.join('、') ?? '默认'}` });
      });
      registry.setStyleFonts(next);
      return view(p.key, next);
    },
    'fonts.add': (p, ctx) => {
      actor(ctx);
      try {
        return addUserFont(c.db, c.dbPath, p.name, Buffer.from(p.dataBase64, 'base64'), c.fonts(), isoNow(c.clock)).map(info);
      } catch (err) {
        if (err instanceof BanxinError) throw err; // the store refused it (a full disk, the database away)
        if (err instanceof FontFileError) throw new BanxinError('FONT_INVALID', { zh: err.messageZh, en: err.message });
        throw new BanxinError('FONT_INVALID', { zh: `无法写入字体文件夹（${(err as Error).message}）。`, en: `the fonts folder could not be written (${(err as Error).message}).` });
      }
    },
  };
}
