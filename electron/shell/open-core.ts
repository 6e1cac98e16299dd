import { dialog } from 'electron';
import { CoreOpenError, createCore, type Core } from '../core/create-core';
import { restoreDatabaseFile } from '../store/backup';
import { checkDatabaseLocation } from '../store/network-location';
import { openFailurePrompt } from './open-failure';

/**
 * Open the core, asking the user where a person must decide: a database on a network or sync
 * folder (two computers writing one SQLite file corrupts it), another Banxin holding it, or a
 * damaged file (kept aside) with a verified backup to restore. A file that merely cannot be read
 * is never offered a restore (see open-failure.ts). Never crashes; null means quit.
 */
export function openCoreInteractively(dbPath: string): Core | null {
  const where = checkDatabaseLocation(dbPath);
  if (where.kind !== 'local') {
    const choice = dialog.showMessageBoxSync({ type: 'warning', title: '版心', message: where.messageZh, buttons: ['仍然打开', '退出'], defaultId: 1, cancelId: 1 });
    if (choice !== 0) return null;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return createCore({ dbPath, log: (m, e) => console.error(m, e) });
    } catch (err) {
      const prompt = openFailurePrompt(dbPath, err instanceof CoreOpenError ? err.outcome : null, err);
      if (prompt.kind === 'offer-restore') {
        const choice = dialog.showMessageBoxSync({ type: 'error', title: '版心', message: prompt.message, buttons: prompt.buttons, defaultId: prompt.defaultId, cancelId: prompt.cancelId });
        if (choice !== 0) return null;
        restoreDatabaseFile(dbPath, prompt.backup.path);
        continue;
      }
      dialog.showErrorBox(prompt.title, prompt.body);
      return null;
    }
  }
  return null;
}
