import type { z } from 'zod';
import type { CallContext } from '../../../shared/api/dispatcher';
import type { backupMethods } from '../../../shared/api/methods/backup';
import { BanxinError } from '../../../shared/api/errors';
import { auditRepo } from '../../store/audit-repo';
import {
  BackupError, cleanTempFiles, backupDirFor, createBackup, findBackup, listBackups, pruneBackups, restoreDatabaseFile,
  verifyDatabaseFile, type BackupInfo, type BackupReason,
} from '../../store/backup';
import { listAsideFiles } from '../../store/aside-files';
import { isoNow } from '../../store/clock';
import { openDatabase } from '../../store/open-database';
import { usersRepo } from '../../store/users-repo';
import { toStorageError, write } from '../../store/write';
import type { CoreContext } from '../context';

type M = typeof backupMethods;
type BackupHandlers = {
  [K in keyof M]: (params: z.output<M[K]['params']>, ctx: CallContext) => z.output<M[K]['result']> | Promise<z.output<M[K]['result']>>;
};

const view = (b: BackupInfo) => ({ id: b.id, createdAt: b.createdAt, reason: b.reason, bytes: b.bytes });

function storageError(err: unknown): unknown {
  if (err instanceof BackupError) return new BanxinError('STORAGE_ERROR', { zh: `（${err.message}）`, en: `(${err.message})`, details: err.code });
  return toStorageError(err);
}

/**
 * Make a verified backup of the core's database now, drop expired ones by the retention policy and
 * clear temp files of crashed attempts. Shared by `backup.now`, the scheduler and quit.
 */
export async function backupNow(c: CoreContext, reason: BackupReason): Promise<{ backup: BackupInfo; pruned: string[] }> {
  const now = c.clock();
  cleanTempFiles(backupDirFor(c.dbPath));
  const backup = await createBackup(c.db, c.dbPath, { reason, now });
  const pruned = pruneBackups(c.dbPath, now);
  return { backup, pruned };
}

export interface BackupServiceOptions {
  /** Open the restored file with `locking_mode=EXCLUSIVE`, as the core's own open did. */
  exclusive?: boolean;
}

/**
 * Backups from the window are copies of the SQLite file. Several servers share a PostgreSQL
 * database, and swapping it under them from one window is not a thing to offer: there the
 * administrator backs up and restores with the engine's own tools.
 */
function onSqlite(c: CoreContext): void {
  if (c.db.engine !== 'sqlite') throw new BanxinError('ADMINISTERED_DATABASE');
}

/**
 * `backup.*`: list, back up now, restore. A restore swaps the connection in the context
 * (`c.db`): the core must read `ctx.db` rather than a copy it kept (see the lead's wiring note).
 */
export function backupService(c: CoreContext, options: BackupServiceOptions = {}): BackupHandlers {
  return {
    'backup.list': () => listBackups(c.dbPath).map(view),
    'backup.listAside': () => listAsideFiles(c.dbPath),
    'backup.now': async () => {
      onSqlite(c);
      try {
        const { backup, pruned } = await backupNow(c, 'manual');
        return { backup: view(backup), pruned: pruned.length };
      } catch (err) {
        throw storageError(err);
      }
    },
    'backup.restore': async (p, ctx) => {
      const actor = ctx.session.userId === null ? undefined : usersRepo.get(c.db, ctx.session.userId);
      if (actor?.role !== 'admin') throw new BanxinError('FORBIDDEN', { zh: '只有管理员可以从备份恢复。', en: 'Only an administrator can restore a backup.' });
      onSqlite(c);
      const target = findBackup(c.dbPath, p.backupId);
      if (!target) throw new BanxinError('NOT_FOUND');
      const check = verifyDatabaseFile(target.path);
      if (!check.ok) throw new BanxinError('STORAGE_ERROR', { zh: `（备份未通过校验：${check.problem}）`, en: `(backup failed verification: ${check.problem})` });
      try {
        // The state being replaced also becomes a listed backup, so the restore itself can be undone from the UI.
        await backupNow(c, 'pre-restore');
      } catch (err) {
        throw storageError(err);
      }
      c.db.close();
      let result;
      try {
        result = restoreDatabaseFile(c.dbPath, target.path, c.clock());
      } catch (err) {
        c.db = openDatabase(c.dbPath, { exclusive: options.exclusive ?? false });
        throw storageError(err);
      }
      c.db = openDatabase(c.dbPath, { exclusive: options.exclusive ?? false });
      // The acting user may not exist in the restored data; the audit row then has no user.
      const userId = usersRepo.get(c.db, actor.id) ? actor.id : null;
      write(c.db, () =>
        auditRepo.record(c.db, { at: isoNow(c.clock), userId, action: 'backup.restore', entity: 'database', entityId: null, detail: `${target.id}; 原文件保留为 ${result.asidePath ?? '（无）'}` }),
      );
      // Every window holds data from the old file: tell them all to reload.
      c.emit('database.replaced', {});
      return { restored: view(target), asidePath: result.asidePath ?? null, schemaVersion: result.schemaVersion, reload: true as const };
    },
  };
}
