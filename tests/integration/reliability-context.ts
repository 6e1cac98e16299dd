import { mkdtempSync, rmSync } from 'node:fs';
import { editLocks } from '../../electron/core/collab/edit-locks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '../../shared/api/client';
import { createDispatcher, type CallContext, type Handlers } from '../../shared/api/dispatcher';
import type { CoreContext } from '../../electron/core/context';
import { storyService } from '../../electron/core/services/story-service';
import { systemService } from '../../electron/core/services/system-service';
import { backupService } from '../../electron/core/services/backup-service';
import { openDatabase } from '../../electron/store/open-database';
import type { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { PrepareCache } from '../../shared/typeset';

/**
 * A core context over a real temp database with the system, story and backup services — built
 * here because `backup.*` joins the contract (and createCore) only when the lead wires it in.
 */
export function reliabilityCore(opts: { exclusive?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-rel-'));
  const dbPath = join(dir, 'banxin.db');
  // The SQLite engine itself: these tests read pragmas and replace the file under the context.
  const ctx: Omit<CoreContext, 'db'> & { db: SqliteDb } = {
    db: openDatabase(dbPath, { exclusive: opts.exclusive ?? false }),
    dbPath, clock: () => new Date(), appVersion: 'test',
    fonts: () => { throw new Error('no fonts here'); },
    typesetCache: new PrepareCache(),
    emit: () => undefined,
  };
  const backup = backupService(ctx, { exclusive: opts.exclusive ?? false });
  const dispatch = createDispatcher({ ...systemService(ctx), ...storyService(ctx, editLocks(ctx)) } as Handlers);
  const as = (userId: number | null): { client: Client; call: CallContext } => {
    const call: CallContext = { session: { userId }, transport: 'in-process' };
    return { client: createClient((m, p) => dispatch(m, p, call)), call };
  };
  return {
    ctx, dir, dbPath, backup, as,
    dispose() {
      if (ctx.db.open) ctx.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
