import { z } from 'zod';
import { LeaseSchema, LockKindSchema, PresenceSchema } from '../../model/collab';
import { method } from '../define';

const Target = z.object({ kind: LockKindSchema, id: z.number().int().positive() }).strict();
const Held = z.object({ lease: LeaseSchema, leaseMs: z.number().int() });

export const collabMethods = {
  'locks.acquire': method({
    summary:
      'Open a story (or page) to edit: take its edit lease, or keep it if one already holds it. LOCKED (details.holder) while someone else holds a live one.',
    params: Target,
    result: Held,
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'LOCKED'],
    needsUser: true,
  }),
  'locks.renew': method({
    summary: 'The open editor keeps its lease alive (a lapsed one nobody took is taken again); LOCKED if another took it meanwhile.',
    params: Target,
    result: Held,
    errors: ['NO_USER', 'NOT_FOUND', 'FORBIDDEN', 'LOCKED'],
    needsUser: true,
  }),
  'locks.release': method({
    summary: 'Close the editor: give the lease back (nothing happens if one no longer holds it).',
    params: Target,
    result: z.object({ released: z.boolean() }),
    errors: ['NO_USER'],
    needsUser: true,
  }),
  'locks.break': method({
    summary:
      'Duty editor or administrator: take the lease away from whoever holds it (audited; what they saved stays, and they are told who broke it).',
    params: Target,
    result: z.object({ broken: LeaseSchema.nullable() }),
    errors: ['NO_USER', 'FORBIDDEN'],
    needsUser: true,
  }),
  'locks.list': method({
    summary: 'Every live lease (of one kind, or all): the 稿库 and the page list show who is editing what.',
    params: z.object({ kind: LockKindSchema.optional() }).strict(),
    result: z.array(LeaseSchema),
    errors: [],
    needsUser: false,
  }),
  'presence.list': method({
    summary: 'Who is signed in on this server now, and which story or page each has open.',
    params: z.object({}).strict(),
    result: z.array(PresenceSchema),
    errors: [],
    needsUser: false,
  }),
  'presence.set': method({
    summary: 'Tell the others which story or page this desk has open (null: none).',
    params: z.object({ storyId: z.number().int().positive().nullable(), pageId: z.number().int().positive().nullable() }).strict(),
    result: z.object({}),
    errors: ['NO_USER'],
    needsUser: true,
  }),
};
