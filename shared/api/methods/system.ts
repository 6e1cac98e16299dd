import { z } from 'zod';
import { RoleSchema } from '../../model/roles';
import { method } from '../define';

export const UserSchema = z.object({ id: z.number().int(), name: z.string(), displayName: z.string(), role: RoleSchema });
export type User = z.infer<typeof UserSchema>;

const NameSchema = z.string().trim().min(1).max(40);

export const systemMethods = {
  'system.info': method({
    summary: 'Versions, database path and schema version, settings read back from SQLite.',
    params: z.object({}).strict(),
    result: z.object({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      databasePath: z.string(),
      sqliteVersion: z.string(),
      pragmas: z.object({ journalMode: z.string(), synchronous: z.string(), foreignKeys: z.boolean() }),
      transport: z.string(),
      /** This connection must sign in with a password (newsroom server) rather than choose who sits at the desk. */
      requireSignIn: z.boolean(),
    }),
    errors: [],
    needsUser: false,
  }),
  'users.list': method({
    summary: 'Everyone who works in this newsroom database.',
    params: z.object({}).strict(),
    result: z.array(UserSchema),
    errors: [],
    needsUser: false,
  }),
  'users.create': method({
    summary: 'Add a colleague with a role (administrators), with the password they sign in to the newsroom server with.',
    params: z.object({ name: NameSchema, displayName: NameSchema, role: RoleSchema, password: z.string().min(8).max(200).optional() }).strict(),
    result: UserSchema,
    errors: ['CONFLICT', 'FORBIDDEN'],
    needsUser: false,
  }),
  'session.setUser': method({
    summary: 'Single desk only: choose who is acting in this window (with their PIN if they set one); every later change is recorded under this user. A newsroom server refuses it: there one signs in.',
    params: z.object({ userId: z.number().int().positive(), pin: z.string().max(12).optional() }).strict(),
    result: UserSchema,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'SIGN_IN_FAILED', 'ACCOUNT_LOCKED'],
    needsUser: false,
  }),
  'session.current': method({
    summary: 'Who is acting in this window, if anyone.',
    params: z.object({}).strict(),
    result: UserSchema.nullable(),
    errors: [],
    needsUser: false,
  }),
  'audit.list': method({
    summary: 'The audit log, newest first, filtered by who, what, which item, which desk and when; page back with beforeId.',
    params: z
      .object({
        entity: z.string().max(40).optional(),
        entityId: z.number().int().optional(),
        userId: z.number().int().optional(),
        /** An action or an action prefix ending in '.', e.g. 'review.' or 'user.create'. */
        action: z.string().max(60).optional(),
        /** The desk's address, as recorded (exact). */
        address: z.string().max(100).optional(),
        /** ISO times: from inclusive, to exclusive. */
        from: z.string().max(40).optional(),
        to: z.string().max(40).optional(),
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    result: z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        userId: z.number().int().nullable(),
        userName: z.string().nullable(),
        action: z.string(),
        entity: z.string(),
        entityId: z.number().int().nullable(),
        detail: z.string(),
        /** The desk's network address when the change came over the network; '' on a single desk. */
        address: z.string(),
      }),
    ),
    errors: [],
    needsUser: false,
  }),
};
