import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { Account } from '../../../shared/api/methods/accounts';
import { accountsRepo, type AccountRow } from '../../store/accounts-repo';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { signInSessionsRepo } from '../../store/sign-in-sessions-repo';
import { usersRepo } from '../../store/users-repo';
import { write } from '../../store/write';
import { checkSecret } from '../identity/credentials';
import { addMinutes } from '../identity/policy';
import { hashSecret } from '../identity/secret-hash';
import { expiresAt, forget, resumeSession, startSession, type IdentityIo } from '../identity/sign-in-sessions';

type AccountHandlers = Pick<
  Handlers,
  | 'session.signIn' | 'session.resume' | 'session.signOut' | 'session.changePassword'
  | 'users.accounts' | 'users.update' | 'users.resetPassword' | 'users.setActive' | 'users.setPin'
  | 'sessions.list' | 'sessions.revoke'
>;

const userOf = (a: AccountRow) => ({ id: a.id, name: a.name, displayName: a.displayName, role: a.role });

/** What an administrator sees of an account: never a hash. */
export function accountView(a: AccountRow, now: string): Account {
  return {
    ...userOf(a),
    active: a.active,
    hasPassword: a.passwordHash !== null,
    hasPin: a.pinHash !== null,
    lockedUntil: a.lockedUntil && a.lockedUntil > now ? a.lockedUntil : null,
    createdAt: a.createdAt,
  };
}

/** Sign-in, sessions that survive reconnects, and the administrator's account management. */
export function accountsService(io: IdentityIo): AccountHandlers {
  const account = (id: number): AccountRow => {
    const a = accountsRepo.get(io.db, id);
    if (!a) throw new BanxinError('NOT_FOUND');
    return a;
  };
  const view = (id: number): Account => accountView(account(id), isoNow(io.clock));
  const audit = (userId: number | null, action: string, entityId: number, detail = ''): void =>
    auditRepo.record(io.db, { at: isoNow(io.clock), userId, action, entity: 'user', entityId, detail });
  /** Keep at least one active administrator, or nobody could manage the newsroom again. */
  const keepAnAdmin = (target: AccountRow, losesAdmin: boolean): void => {
    if (losesAdmin && target.role === 'admin' && target.active && accountsRepo.activeAdmins(io.db) <= 1) {
      throw new BanxinError('CONFLICT', { zh: '至少要保留一名在用的管理员。', en: 'At least one active administrator must remain.' });
    }
  };

  return {
    'session.signIn': async (p, ctx) => {
      const a = await checkSecret(io, accountsRepo.byName(io.db, p.name), 'password', p.password);
      forget(ctx.session);
      const started = startSession(io, ctx.session, a.id);
      write(io.db, () => audit(a.id, 'user.signIn', a.id, ctx.transport));
      return { user: userOf(a), ...started };
    },
    'session.resume': (p, ctx) => {
      const { userId, expiresAt: until } = resumeSession(io, ctx.session, p.token);
      return { user: userOf(account(userId)), token: p.token, expiresAt: until };
    },
    'session.signOut': (_p, ctx) => {
      const id = ctx.session.signInId;
      const userId = ctx.session.userId;
      forget(ctx.session);
      if (id === undefined || userId === null) return { signedOut: userId !== null };
      write(io.db, () => {
        signInSessionsRepo.end(io.db, id, isoNow(io.clock), 'signed-out');
        audit(userId, 'user.signOut', userId);
      });
      return { signedOut: true };
    },
    'session.changePassword': async (p, ctx) => {
      const me = account(ctx.session.userId!);
      await checkSecret(io, me, 'password', p.currentPassword);
      const hash = await hashSecret(p.newPassword);
      write(io.db, () => {
        accountsRepo.setPassword(io.db, me.id, hash);
        // Whoever else may know the old password is signed out everywhere but here.
        signInSessionsRepo.endAllOf(io.db, me.id, isoNow(io.clock), 'password-reset', ctx.session.signInId ?? null);
        audit(me.id, 'user.passwordChange', me.id);
      });
      return { changed: true };
    },
    'users.accounts': () => {
      const now = isoNow(io.clock);
      return accountsRepo.list(io.db).map((a) => accountView(a, now));
    },
    'users.update': (p, ctx) =>
      write(io.db, () => {
        const target = account(p.userId);
        if (p.displayName !== undefined && p.displayName !== target.displayName && usersRepo.byDisplayName(io.db, p.displayName)) {
          throw new BanxinError('CONFLICT', { zh: `显示名“${p.displayName}”已有人使用。`, en: `The display name "${p.displayName}" is taken.` });
        }
        keepAnAdmin(target, p.role !== undefined && p.role !== 'admin');
        accountsRepo.update(io.db, target.id, p);
        const changes = [p.displayName !== undefined ? `${target.displayName} → ${p.displayName}` : '', p.role !== undefined ? `${target.role} → ${p.role}` : ''].filter(Boolean);
        audit(ctx.session.userId, 'user.update', target.id, changes.join('；'));
        return view(target.id);
      }),
    'users.resetPassword': async (p, ctx) => {
      account(p.userId);
      const hash = await hashSecret(p.password);
      return write(io.db, () => {
        accountsRepo.setPassword(io.db, p.userId, hash);
        const ended = signInSessionsRepo.endAllOf(io.db, p.userId, isoNow(io.clock), 'password-reset');
        audit(ctx.session.userId, 'user.passwordReset', p.userId, `结束 ${ended} 个登录`);
        return view(p.userId);
      });
    },
    'users.setActive': (p, ctx) =>
      write(io.db, () => {
        const target = account(p.userId);
        if (!p.active && target.id === ctx.session.userId) throw new BanxinError('CONFLICT', { zh: '不能停用自己的账户。', en: 'You cannot deactivate your own account.' });
        if (!p.active) keepAnAdmin(target, true);
        if (p.active && !target.active && usersRepo.list(io.db).some((u) => u.displayName === target.displayName)) {
          throw new BanxinError('CONFLICT', { zh: `显示名“${target.displayName}”已有人使用。`, en: `The display name "${target.displayName}" is taken.` });
        }
        accountsRepo.setActive(io.db, target.id, p.active);
        const ended = p.active ? 0 : signInSessionsRepo.endAllOf(io.db, target.id, isoNow(io.clock), 'deactivated');
        audit(ctx.session.userId, p.active ? 'user.activate' : 'user.deactivate', target.id, p.active ? '' : `结束 ${ended} 个登录`);
        return view(target.id);
      }),
    'users.setPin': async (p, ctx) => {
      const me = account(ctx.session.userId!);
      if (p.userId !== me.id && me.role !== 'admin') throw new BanxinError('FORBIDDEN', { zh: '只能设置自己的 PIN。', en: 'You can set only your own PIN.' });
      account(p.userId);
      const hash = p.pin === null ? null : await hashSecret(p.pin);
      return write(io.db, () => {
        accountsRepo.setPin(io.db, p.userId, hash);
        audit(me.id, hash ? 'user.pinSet' : 'user.pinClear', p.userId);
        return view(p.userId);
      });
    },
    'sessions.list': () => {
      const since = addMinutes(isoNow(io.clock), -io.policy.idleMinutes);
      return signInSessionsRepo.open(io.db, since).map((s) => ({
        id: s.id, userId: s.userId, userName: s.userName, displayName: s.displayName, address: s.address,
        createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, expiresAt: expiresAt(io, s),
      }));
    },
    'sessions.revoke': (p, ctx) =>
      write(io.db, () => {
        const s = signInSessionsRepo.get(io.db, p.sessionId);
        if (!s) throw new BanxinError('NOT_FOUND');
        const revoked = signInSessionsRepo.end(io.db, s.id, isoNow(io.clock), 'revoked');
        if (revoked) auditRepo.record(io.db, { at: isoNow(io.clock), userId: ctx.session.userId, action: 'session.revoke', entity: 'user', entityId: s.userId, detail: `登录 #${s.id}（${s.address || '本机'}）` });
        return { revoked };
      }),
  };
}
