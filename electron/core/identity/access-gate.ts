import type { Gate } from '../../../shared/api/dispatcher';
import { apiError, BanxinError } from '../../../shared/api/errors';
import { actionOf, PERMISSIONS, refusalFor, type Access } from '../../../shared/api/permissions';
import { accountsRepo } from '../../store/accounts-repo';
import { checkSignedIn, forget, unauthenticated, type IdentityIo } from './sign-in-sessions';

/**
 * The permission table, enforced for every transport before a handler runs:
 * - a signed-in connection whose stored session ended (signed out elsewhere, revoked, lapsed,
 *   account deactivated) is answered UNAUTHENTICATED and forgets who it was;
 * - on a connection that must sign in, nothing but the public methods answers before sign-in;
 * - choosing who sits at the desk exists only on a single desk;
 * - once someone acts, their role must be listed for the method (FORBIDDEN, saying who may).
 * A single desk where nobody is chosen yet keeps today's behaviour: reads answer, changes say NO_USER.
 */
export function accessGate(io: IdentityIo): Gate {
  return (method, ctx) => {
    const s = ctx.session;
    const problem = checkSignedIn(io, s);
    const access: Access = PERMISSIONS[method];
    if (access === 'public') return null;
    if (problem) return unauthenticated(problem).toApiError();
    if (s.requireSignIn && s.userId === null) return unauthenticated('required').toApiError();
    if (access === 'single-desk') {
      if (!s.requireSignIn) return null;
      return new BanxinError('FORBIDDEN', { zh: '编辑部服务器上须用自己的账户登录，不能选择用户。', en: 'On the newsroom server everyone signs in with their own account; choosing a user is not possible.', details: { method } }).toApiError();
    }
    if (s.userId === null) return null;
    const user = accountsRepo.get(io.db, s.userId);
    if (!user?.active) {
      forget(s);
      return s.requireSignIn ? unauthenticated('inactive').toApiError() : apiError('NO_USER');
    }
    if (access.includes(user.role)) return null;
    return new BanxinError('FORBIDDEN', { ...refusalFor(access, actionOf(method)), details: { method, roles: access } }).toApiError();
  };
}
