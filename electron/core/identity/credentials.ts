import { BanxinError } from '../../../shared/api/errors';
import { accountsRepo, type AccountRow } from '../../store/accounts-repo';
import { auditRepo } from '../../store/audit-repo';
import { isoNow, type Clock } from '../../store/clock';
import type { Db } from '../../store/open-database';
import { write } from '../../store/write';
import { addMinutes, type SignInPolicy } from './policy';
import { decoyHash, verifySecret } from './secret-hash';

export type SecretKind = 'password' | 'pin';

const locked = (until: string): BanxinError =>
  new BanxinError('ACCOUNT_LOCKED', { zh: `（至 ${until.slice(0, 16).replace('T', ' ')} UTC）`, en: `(until ${until} UTC)`, details: { lockedUntil: until } });

/**
 * Check a password or PIN against an account, counting wrong ones: the `maxFailures`-th in a row
 * locks the account for `lockMinutes` (audited), a right one clears the count. An unknown or
 * deactivated account, or one without that secret, answers exactly like a wrong secret, after the
 * same scrypt work, so the answer does not tell which names exist.
 */
export async function checkSecret(
  io: { db: Db; clock: Clock; policy: SignInPolicy },
  account: AccountRow | undefined,
  kind: SecretKind,
  secret: string,
): Promise<AccountRow> {
  const stored = account?.active ? (kind === 'password' ? account.passwordHash : account.pinHash) : null;
  if (account?.active && account.lockedUntil && account.lockedUntil > isoNow(io.clock)) throw locked(account.lockedUntil);
  const ok = stored ? await verifySecret(secret, stored) : (await verifySecret(secret, await decoyHash()), false);
  if (ok && account) {
    if (account.failedAttempts > 0) write(io.db, () => accountsRepo.clearFailures(io.db, account.id));
    return account;
  }
  if (!account?.active || !stored) throw new BanxinError('SIGN_IN_FAILED');
  const lockedUntil = write(io.db, () => {
    const at = isoNow(io.clock);
    // Re-read inside the transaction: another desk may have failed (or locked it) meanwhile.
    const now = accountsRepo.get(io.db, account.id)!;
    if (now.lockedUntil && now.lockedUntil <= at) accountsRepo.clearFailures(io.db, account.id); // the last lock ran out: count afresh
    const n = accountsRepo.recordFailure(io.db, account.id);
    const what = kind === 'password' ? '密码' : 'PIN';
    auditRepo.record(io.db, { at, userId: account.id, action: 'user.signInFailed', entity: 'user', entityId: account.id, detail: `${what}错误（连续第 ${n} 次）` });
    if (n < io.policy.maxFailures) return null;
    const until = addMinutes(at, io.policy.lockMinutes);
    accountsRepo.lock(io.db, account.id, until);
    auditRepo.record(io.db, { at, userId: account.id, action: 'user.locked', entity: 'user', entityId: account.id, detail: `连续 ${n} 次${what}错误，锁定至 ${until}` });
    return until;
  });
  if (lockedUntil) throw locked(lockedUntil);
  throw new BanxinError('SIGN_IN_FAILED');
}
