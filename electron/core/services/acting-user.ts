import { BanxinError } from '../../../shared/api/errors';
import type { Role } from '../../../shared/model/roles';
import type { Db } from '../../store/open-database';
import { usersRepo, type UserRow } from '../../store/users-repo';

/**
 * The user acting in this session, who must hold one of `allowed`: NO_USER when nobody is chosen,
 * FORBIDDEN with `refusal` (saying who may) when the role is not among them.
 */
export function actingUser(db: Db, userId: number | null, allowed: readonly Role[], refusal: { zh: string; en: string }): UserRow {
  const user = userId === null ? undefined : usersRepo.get(db, userId);
  if (!user) throw new BanxinError('NO_USER');
  if (!allowed.includes(user.role)) throw new BanxinError('FORBIDDEN', refusal);
  return user;
}
