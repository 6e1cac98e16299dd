import { z } from 'zod';
import { RoleSchema } from '../../model/roles';
import { method } from '../define';
import { UserSchema } from './system';

/**
 * Identity for the newsroom server: passwords, sign-in sessions that survive reconnects, and the
 * administrator's account management. Password and token hashes never appear in any result.
 */

/** Long enough to resist guessing over the network, short enough to type (characters, not bytes). */
export const PasswordSchema = z.string().min(8).max(200);
/** A single-desk PIN: 4–12 digits, only a speed bump against a colleague at an unlocked desk. */
export const PinSchema = z.string().regex(/^\d{4,12}$/);

const NameSchema = z.string().trim().min(1).max(40);

/** What an administrator sees of an account (never its hashes). */
export const AccountSchema = UserSchema.extend({
  active: z.boolean(),
  hasPassword: z.boolean(),
  hasPin: z.boolean(),
  /** ISO time until which sign-in is refused after repeated wrong passwords; null when not locked. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

/** A signed-in session as an administrator sees it. */
export const SignInSessionSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  userName: z.string(),
  displayName: z.string(),
  address: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** When it lapses unless used again. */
  expiresAt: z.string(),
});
export type SignInSession = z.infer<typeof SignInSessionSchema>;

const SignedInSchema = z.object({
  user: UserSchema,
  /** Present once, to this desk only: kept by the desk to resume after a reconnect; the server stores only its hash. */
  token: z.string(),
  expiresAt: z.string(),
});

export const accountMethods = {
  'session.signIn': method({
    summary: 'Sign in with name and password; the session acts as that account until it signs out or lapses.',
    params: z.object({ name: NameSchema, password: z.string().min(1).max(200) }).strict(),
    result: SignedInSchema,
    errors: ['SIGN_IN_FAILED', 'ACCOUNT_LOCKED'],
    needsUser: false,
  }),
  'session.resume': method({
    summary: 'After a reconnect: present the token signIn returned to act as the same account again without retyping.',
    params: z.object({ token: z.string().min(20).max(200) }).strict(),
    result: SignedInSchema,
    errors: ['UNAUTHENTICATED'],
    needsUser: false,
  }),
  'session.signOut': method({
    summary: 'End this session: its token no longer resumes anything.',
    params: z.object({}).strict(),
    result: z.object({ signedOut: z.boolean() }),
    errors: [],
    needsUser: false,
  }),
  'session.changePassword': method({
    summary: 'Change one’s own password (the current one is asked again); other sessions of the account end.',
    params: z.object({ currentPassword: z.string().min(1).max(200), newPassword: PasswordSchema }).strict(),
    result: z.object({ changed: z.boolean() }),
    errors: ['NO_USER', 'SIGN_IN_FAILED'],
    needsUser: true,
  }),
  'users.accounts': method({
    summary: 'Administrators: every account, active or not, with whether it has a password or PIN and whether it is locked.',
    params: z.object({}).strict(),
    result: z.array(AccountSchema),
    errors: ['FORBIDDEN'],
    needsUser: true,
  }),
  'users.update': method({
    summary: 'Administrators: change an account’s display name (unique) or role.',
    params: z.object({ userId: z.number().int().positive(), displayName: NameSchema.optional(), role: RoleSchema.optional() }).strict(),
    result: AccountSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
    needsUser: true,
  }),
  'users.resetPassword': method({
    summary: 'Administrators: set a new password for an account, clear its lockout and end its sessions.',
    params: z.object({ userId: z.number().int().positive(), password: PasswordSchema }).strict(),
    result: AccountSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND'],
    needsUser: true,
  }),
  'users.setActive': method({
    summary: 'Administrators: deactivate an account (it can no longer sign in; its sessions end; history keeps its name) or reactivate it. Accounts are never deleted.',
    params: z.object({ userId: z.number().int().positive(), active: z.boolean() }).strict(),
    result: AccountSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'],
    needsUser: true,
  }),
  'users.setPin': method({
    summary: 'Single desk: set or clear the PIN asked when someone chooses this account at the desk (one’s own, or any as administrator).',
    params: z.object({ userId: z.number().int().positive(), pin: PinSchema.nullable() }).strict(),
    result: AccountSchema,
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND'],
    needsUser: true,
  }),
  'sessions.list': method({
    summary: 'Administrators: the signed-in sessions that have not ended or lapsed, most recently used first.',
    params: z.object({}).strict(),
    result: z.array(SignInSessionSchema),
    errors: ['FORBIDDEN'],
    needsUser: true,
  }),
  'sessions.revoke': method({
    summary: 'Administrators: end a signed-in session at once; its desk must sign in again.',
    params: z.object({ sessionId: z.number().int().positive() }).strict(),
    result: z.object({ revoked: z.boolean() }),
    errors: ['NO_USER', 'FORBIDDEN', 'NOT_FOUND'],
    needsUser: true,
  }),
};
