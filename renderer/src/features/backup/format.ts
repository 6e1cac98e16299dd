import type { BackupView } from '../../../../shared/api/methods/backup';
import type { BackupKey } from './messages';

/** A byte count as people read it: 812 B, 45.3 KB, 2.10 MB (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** An ISO instant as local "YYYY-MM-DD HH:mm:ss": backups can be seconds apart. */
export function formatBackupTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

const REASON_KEYS: Record<BackupView['reason'], BackupKey> = {
  scheduled: 'reasonScheduled',
  manual: 'reasonManual',
  'pre-migration': 'reasonPreMigration',
  quit: 'reasonQuit',
  'pre-restore': 'reasonPreRestore',
};

/** The message key naming why a backup was made. */
export function reasonKey(reason: BackupView['reason']): BackupKey {
  return REASON_KEYS[reason];
}
