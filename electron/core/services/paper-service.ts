import type { Handlers } from '../../../shared/api/dispatcher';
import { DEFAULT_PAPER, PaperSettingsSchema, type PaperSettings } from '../../../shared/model/paper-settings';
import { PRODUCTION_ROLES } from '../../../shared/model/roles';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import type { Db } from '../../store/open-database';
import { settingsRepo } from '../../store/settings-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from './acting-user';

const KEY = 'paper';

/** The paper's 报头 data as stored; a damaged or missing value gives the defaults, never an error. */
export function paperSettings(db: Db): PaperSettings {
  const parsed = PaperSettingsSchema.safeParse(settingsRepo.get<unknown>(db, KEY, DEFAULT_PAPER));
  return parsed.success ? parsed.data : DEFAULT_PAPER;
}

/** 报纸设置: read by everyone, set by layout staff, the duty editor or an administrator. */
export function paperService(c: CoreContext): Pick<Handlers, 'paper.settings' | 'paper.setSettings'> {
  return {
    'paper.settings': () => paperSettings(c.db),
    'paper.setSettings': (p, ctx) =>
      write(c.db, () => {
        const user = actingUser(c.db, ctx.session.userId, PRODUCTION_ROLES, { zh: '只有美编、值班总编或管理员可以修改报纸设置。', en: 'Only layout staff, the duty editor or an administrator may change the paper’s settings.' });
        settingsRepo.set(c.db, KEY, p);
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: user.id, action: 'paper.settings', entity: 'settings', entityId: null, detail: `${p.paperName} ${p.cnNumber}` });
        return p;
      }),
  };
}
