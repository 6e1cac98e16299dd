import { BanxinError } from '../../../shared/api/errors';
import type { SessionState } from '../../../shared/api/dispatcher';
import { accountsRepo } from '../../store/accounts-repo';
import { isoNow, type Clock } from '../../store/clock';
import type { Db } from '../../store/open-database';
import { signInSessionsRepo, type SignInSessionRow } from '../../store/sign-in-sessions-repo';
import { write } from '../../store/write';
import { addMinutes, DEFAULT_SIGN_IN_POLICY, TOUCH_EVERY_MS, type SignInPolicy } from './policy';
import { newSessionToken, tokenHash } from './secret-hash';

export interface IdentityIo {
  /** The live connection (a restore from backup replaces it). */
  readonly db: Db;
  clock: Clock;
  policy: SignInPolicy;
}

/** Identity over a core's context (its database follows a restore), with the given or default policy. */
export function identityOf(c: { readonly db: Db; clock: Clock }, policy: SignInPolicy = DEFAULT_SIGN_IN_POLICY): IdentityIo {
  return {
    get db() {
      return c.db;
    },
    clock: c.clock,
    policy,
  };
}

export type SessionProblem = 'unknown' | 'expired' | 'revoked' | 'inactive';

const PROBLEM_TEXT: Record<SessionProblem, { zh: string; en: string }> = {
  unknown: { zh: '登录凭据无效，请重新登录。', en: 'The session token is not valid; sign in again.' },
  expired: { zh: '登录已因长时间未操作而过期，请重新登录。', en: 'The session lapsed after being idle; sign in again.' },
  revoked: { zh: '登录已被结束（退出、管理员撤销或密码已重设），请重新登录。', en: 'The session was ended (signed out, revoked or password reset); sign in again.' },
  inactive: { zh: '该账户已停用。', en: 'The account is deactivated.' },
};

export function unauthenticated(problem: SessionProblem | 'required'): BanxinError {
  if (problem === 'required') return new BanxinError('UNAUTHENTICATED', { details: { reason: 'required' } });
  return new BanxinError('UNAUTHENTICATED', { ...PROBLEM_TEXT[problem], details: { reason: problem } });
}

/** When the session lapses unless used again. */
export const expiresAt = (io: IdentityIo, row: Pick<SignInSessionRow, 'lastSeenAt'>): string => addMinutes(row.lastSeenAt, io.policy.idleMinutes);

/** Why a stored session no longer lets its desk act, or null; a lapsed one is marked ended. */
function problemOf(io: IdentityIo, row: SignInSessionRow | undefined): SessionProblem | null {
  if (!row) return 'unknown';
  if (row.endedAt) return row.endedReason === 'expired' ? 'expired' : 'revoked';
  if (!accountsRepo.get(io.db, row.userId)?.active) return 'inactive';
  const now = isoNow(io.clock);
  if (expiresAt(io, row) <= now) {
    write(io.db, () => signInSessionsRepo.end(io.db, row.id, now, 'expired'));
    return 'expired';
  }
  return null;
}

/** A new stored session for an account that just proved who it is; the token goes to this desk only. */
export function startSession(io: IdentityIo, state: SessionState, userId: number): { token: string; expiresAt: string } {
  const token = newSessionToken();
  const at = isoNow(io.clock);
  const id = write(io.db, () => signInSessionsRepo.insert(io.db, { userId, tokenHash: tokenHash(token), address: state.address ?? '', at }));
  state.userId = userId;
  state.signInId = id;
  lastTouch.set(state, Date.parse(at));
  return { token, expiresAt: expiresAt(io, { lastSeenAt: at }) };
}

/** After a reconnect: the token a desk kept brings back its session (used now, so its idle time restarts). */
export function resumeSession(io: IdentityIo, state: SessionState, token: string): { userId: number; expiresAt: string } {
  const row = signInSessionsRepo.byTokenHash(io.db, tokenHash(token));
  const problem = problemOf(io, row);
  if (problem || !row) throw unauthenticated(problem ?? 'unknown');
  const at = isoNow(io.clock);
  write(io.db, () => signInSessionsRepo.touch(io.db, row.id, at, state.address));
  state.userId = row.userId;
  state.signInId = row.id;
  lastTouch.set(state, Date.parse(at));
  return { userId: row.userId, expiresAt: expiresAt(io, { lastSeenAt: at }) };
}

const lastTouch = new WeakMap<SessionState, number>();

/**
 * Before every call of a signed-in connection: is its stored session still good (not signed out,
 * revoked, lapsed, nor its account deactivated)? If not, the connection forgets who it was.
 * Keeps the session alive, writing its last use at most once a minute.
 */
export function checkSignedIn(io: IdentityIo, state: SessionState): SessionProblem | null {
  if (state.signInId === undefined) return null;
  const problem = problemOf(io, signInSessionsRepo.get(io.db, state.signInId));
  if (problem) {
    forget(state);
    return problem;
  }
  const now = io.clock().getTime();
  if (now - (lastTouch.get(state) ?? 0) >= TOUCH_EVERY_MS) {
    write(io.db, () => signInSessionsRepo.touch(io.db, state.signInId!, new Date(now).toISOString(), undefined));
    lastTouch.set(state, now);
  }
  return null;
}

export function forget(state: SessionState): void {
  state.userId = null;
  delete state.signInId;
  lastTouch.delete(state);
}
