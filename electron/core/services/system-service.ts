import { BanxinError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/dispatcher';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { readPragmas, schemaVersion, type Pragmas } from '../../store/open-database';
import { PgDb } from '../../store/engine/pg-db';
import { postgresReport, postgresSchemaVersion } from '../../store/open-postgres';
import type { Db } from '../../store/engine/sql-db';
import { asSqlite } from '../../store/engine/sqlite-db';
import { usersRepo } from '../../store/users-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { accountsRepo } from '../../store/accounts-repo';
import { checkSecret } from '../identity/credentials';
import { hashSecret } from '../identity/secret-hash';
import { forget, identityOf, type IdentityIo } from '../identity/sign-in-sessions';

type SystemHandlers = Pick<Handlers, 'system.info' | 'users.list' | 'users.create' | 'session.setUser' | 'session.current' | 'audit.list'>;

/** The store's version and durability settings, whichever engine it runs on. */
function storeReport(db: Db): { schemaVersion: number; sqliteVersion: string; pragmas: Pragmas } {
  if (db instanceof PgDb) {
    const r = postgresReport(db);
    return { schemaVersion: postgresSchemaVersion(db), sqliteVersion: r.version, pragmas: { journalMode: r.journalMode, synchronous: r.synchronous, foreignKeys: r.foreignKeys } };
  }
  const sqlite = asSqlite(db);
  return {
    schemaVersion: schemaVersion(sqlite),
    sqliteVersion: String((db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v),
    pragmas: readPragmas(sqlite),
  };
}

export function systemService(c: CoreContext, identity: IdentityIo = identityOf(c)): SystemHandlers {
  return {
    'system.info': (_p, ctx) => ({
      appVersion: c.appVersion,
      ...storeReport(c.db),
      // Someone on the newsroom's network who has not signed in learns versions, not where the data lives.
      databasePath: ctx.session.requireSignIn && ctx.session.userId === null ? '' : c.dbPath,
      transport: ctx.transport,
      requireSignIn: ctx.session.requireSignIn === true,
    }),
    'users.list': () => usersRepo.list(c.db),
    'users.create': async (p, ctx) => {
      const passwordHash = p.password === undefined ? null : await hashSecret(p.password);
      return write(c.db, () => {
        // The first user of a fresh database bootstraps the newsroom; after that only an administrator adds people.
        if (usersRepo.count(c.db) > 0) {
          const actor = ctx.session.userId === null ? undefined : usersRepo.get(c.db, ctx.session.userId);
          if (actor?.role !== 'admin') throw new BanxinError('FORBIDDEN', { zh: '只有管理员可以添加用户。', en: 'Only an administrator can add users.' });
        }
        if (usersRepo.byName(c.db, p.name)) throw new BanxinError('CONFLICT', { zh: `用户名“${p.name}”已存在。`, en: `User name "${p.name}" exists.` });
        // Signatures and the audit log show display names: two people must not share one.
        if (usersRepo.byDisplayName(c.db, p.displayName)) throw new BanxinError('CONFLICT', { zh: `显示名“${p.displayName}”已有人使用。`, en: `The display name "${p.displayName}" is taken.` });
        const at = isoNow(c.clock);
        const user = usersRepo.insert(c.db, { name: p.name, displayName: p.displayName, role: p.role }, at);
        if (passwordHash) accountsRepo.setPassword(c.db, user.id, passwordHash);
        auditRepo.record(c.db, { at, userId: ctx.session.userId ?? user.id, action: 'user.create', entity: 'user', entityId: user.id, detail: `${p.displayName} (${p.role})` });
        return user;
      });
    },
    'session.setUser': async (p, ctx) => {
      const account = accountsRepo.get(c.db, p.userId);
      if (!account?.active) throw new BanxinError('NOT_FOUND');
      // A PIN, when its owner set one, keeps a colleague at an unlocked desk from acting in their name.
      if (account.pinHash !== null && account.id !== ctx.session.userId) {
        if (p.pin === undefined) throw new BanxinError('SIGN_IN_FAILED', { zh: `${account.displayName}设置了 PIN，请输入。`, en: `${account.displayName} has a PIN; enter it.`, details: { pinRequired: true } });
        await checkSecret(identity, account, 'pin', p.pin);
      }
      forget(ctx.session);
      ctx.session.userId = account.id;
      return { id: account.id, name: account.name, displayName: account.displayName, role: account.role };
    },
    'session.current': (_p, ctx) => (ctx.session.userId === null ? null : (usersRepo.get(c.db, ctx.session.userId) ?? null)),
    'audit.list': (p) => auditRepo.list(c.db, p),
  };
}
