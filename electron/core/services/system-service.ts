import { BanxinError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/dispatcher';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { readPragmas, schemaVersion } from '../../store/open-database';
import { usersRepo } from '../../store/users-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';

type SystemHandlers = Pick<Handlers, 'system.info' | 'users.list' | 'users.create' | 'session.setUser' | 'session.current' | 'audit.list'>;

export function systemService(c: CoreContext): SystemHandlers {
  return {
    'system.info': (_p, ctx) => ({
      appVersion: c.appVersion,
      schemaVersion: schemaVersion(c.db),
      databasePath: c.dbPath,
      sqliteVersion: String((c.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v),
      pragmas: readPragmas(c.db),
      transport: ctx.transport,
    }),
    'users.list': () => usersRepo.list(c.db),
    'users.create': (p, ctx) =>
      write(c.db, () => {
        // The first user of a fresh database bootstraps the newsroom; after that only an administrator adds people.
        if (usersRepo.count(c.db) > 0) {
          const actor = ctx.session.userId === null ? undefined : usersRepo.get(c.db, ctx.session.userId);
          if (actor?.role !== 'admin') throw new BanxinError('FORBIDDEN', { zh: '只有管理员可以添加用户。', en: 'Only an administrator can add users.' });
        }
        if (usersRepo.byName(c.db, p.name)) throw new BanxinError('CONFLICT', { zh: `用户名“${p.name}”已存在。`, en: `User name "${p.name}" exists.` });
        const at = isoNow(c.clock);
        const user = usersRepo.insert(c.db, p, at);
        auditRepo.record(c.db, { at, userId: ctx.session.userId ?? user.id, action: 'user.create', entity: 'user', entityId: user.id, detail: `${p.displayName} (${p.role})` });
        return user;
      }),
    'session.setUser': (p, ctx) => {
      const user = usersRepo.get(c.db, p.userId);
      if (!user) throw new BanxinError('NOT_FOUND');
      ctx.session.userId = user.id;
      return user;
    },
    'session.current': (_p, ctx) => (ctx.session.userId === null ? null : (usersRepo.get(c.db, ctx.session.userId) ?? null)),
    'audit.list': (p) => auditRepo.list(c.db, p),
  };
}
