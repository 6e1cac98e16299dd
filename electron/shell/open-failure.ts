import type { BackupInfo } from '../store/backup';
import type { OpenOutcome } from '../store/recovery';

/** What the shell shows when the database did not open: an offer to restore, or an error. */
export type OpenFailurePrompt =
  | { kind: 'offer-restore'; message: string; buttons: [string, string]; defaultId: 0 | 1; cancelId: 1; backup: BackupInfo }
  | { kind: 'error'; title: string; body: string };

const ERROR_TITLE = '版心无法打开数据库 / Banxin cannot open its database';

/**
 * Decide the start-up dialog from the open's outcome. Restoring is offered only for a file SQLite
 * itself found damaged (already moved aside) with a verified backup: a file this user merely
 * cannot read is healthy as far as anyone knows, and a restore would roll back recent work — so
 * it gets an error naming the file and the cause, with nothing to click but OK.
 */
export function openFailurePrompt(dbPath: string, outcome: Exclude<OpenOutcome, { status: 'ok' }> | null, err: unknown): OpenFailurePrompt {
  if (outcome?.status === 'damaged' && outcome.newestBackup) {
    return {
      kind: 'offer-restore',
      message: outcome.messageZh,
      buttons: [`从备份恢复（${outcome.newestBackup.createdAt}）`, '退出'],
      defaultId: 0,
      cancelId: 1,
      backup: outcome.newestBackup,
    };
  }
  if (outcome?.status === 'unreadable') return { kind: 'error', title: ERROR_TITLE, body: `${outcome.messageZh}\n\n${outcome.messageEn}` };
  const text = outcome?.messageZh ?? (err instanceof Error ? err.message : String(err));
  return { kind: 'error', title: ERROR_TITLE, body: `${dbPath}\n\n${text}` };
}
