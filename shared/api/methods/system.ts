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
    summary: 'Add a colleague with a role.',
    params: z.object({ name: NameSchema, displayName: NameSchema, role: RoleSchema }).strict(),
    result: UserSchema,
    errors: ['CONFLICT', 'FORBIDDEN'],
    needsUser: false,
  }),
  'session.setUser': method({
    summary: 'Choose who is acting in this window; every later change is recorded under this user.',
    params: z.object({ userId: z.number().int().positive() }).strict(),
    result: UserSchema,
    errors: ['NOT_FOUND'],
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
    summary: 'The audit log, newest first.',
    params: z
      .object({
        entity: z.string().max(40).optional(),
        entityId: z.number().int().optional(),
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
      }),
    ),
    errors: [],
    needsUser: false,
  }),
};
