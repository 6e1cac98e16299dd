import { z } from 'zod';
import type { MethodSpec } from './define';
import { DataChangeSchema } from './data-change';
import { imagesMethods } from './methods/images';
import { intakeMethods } from './methods/intake';
import { layoutMethods } from './methods/layout';
import { paperMethods } from './methods/paper';
import { tagsMethods } from './methods/tags';
import { exportMethods, ExportProgressEventSchema } from './methods/export';
import { backupMethods } from './methods/backup';
import { fontsMethods } from './methods/fonts';
import { lexiconsMethods } from './methods/lexicons';
import { proofingMethods } from './methods/proofing';
import { qualityMethods } from './methods/quality';
import { storyMethods } from './methods/stories';
import { systemMethods } from './methods/system';
import { workflowMethods } from './methods/workflow';
import { accountMethods } from './methods/accounts';
import { collabMethods } from './methods/collab';
import { LeaseSchema, LockKindSchema, PresenceSchema } from '../model/collab';

/** The whole contract: every method any transport (in-process, IPC, WebSocket) can call. */
export const contract = {
  ...systemMethods,
  ...accountMethods,
  ...storyMethods,
  ...intakeMethods,
  ...proofingMethods,
  ...qualityMethods,
  ...layoutMethods,
  ...paperMethods,
  ...tagsMethods,
  ...exportMethods,
  ...backupMethods,
  ...fontsMethods,
  ...lexiconsMethods,
  ...imagesMethods,
  ...workflowMethods,
  ...collabMethods,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ParamsIn<M extends MethodName> = z.input<Contract[M]['params']>;
export type Params<M extends MethodName> = z.output<Contract[M]['params']>;
export type Result<M extends MethodName> = z.output<Contract[M]['result']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from the core to every connected window. */
export const events = {
  'story.changed': z.object({ id: z.number().int(), revision: z.number().int(), by: z.number().int().nullable() }),
  'stories.imported': z.object({ ids: z.array(z.number().int()) }),
  /** Progress of a background export job (`export.start`). */
  'export.progress': ExportProgressEventSchema,
  /** Another desk (or this one) changed stories, proofing, a page, tags or pictures: views showing them fetch again. */
  'data.changed': DataChangeSchema,
  /**
   * An edit lease was taken, given back, lapsed into another's hands or broken: `lease` is who holds
   * it now (null: nobody). A broken one names who broke it and whose it was, so the holder's editor
   * says so and stops writing.
   */
  'lock.changed': z.object({
    kind: LockKindSchema,
    id: z.number().int(),
    lease: LeaseSchema.nullable(),
    brokenBy: z.object({ userId: z.number().int(), displayName: z.string(), previousHolderId: z.number().int() }).optional(),
  }),
  /** Someone signed in, left, or opened another story or page: everyone online, as presence.list answers. */
  'presence.changed': z.object({ entries: z.array(PresenceSchema) }),
  /** The database was restored from a backup: every window reloads its data. */
  'database.replaced': z.object({}),
  /** The checker's word lists changed: live checking re-fetches them. */
  'lexicons.changed': z.object({}),
  /** From the application menu (Electron only): show a section of the UI. */
  'ui.navigate': z.object({ section: z.string() }),
};
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
