import { useFeatureT, type FeatureT } from '../../i18n/feature-t';

const zh = {
  button: '备份',
  buttonHint: '备份与恢复',
  title: '备份与恢复',
  intro: '有改动时每 15 分钟及退出时自动备份。每个备份写出后都已校验完整，恢复前还会再校验一次。最新的在前。',
  backupNow: '立即备份',
  backedUp: '已备份',
  colTime: '时间',
  colReason: '原因',
  colSize: '大小',
  colVerified: '校验',
  verified: '已校验',
  restore: '恢复',
  restoreAdminOnly: '只有管理员可以从备份恢复',
  empty: '还没有备份。',
  reasonScheduled: '定时',
  reasonManual: '手动',
  reasonPreMigration: '升级前',
  reasonQuit: '退出时',
  reasonPreRestore: '恢复前',
  confirmTitle: '从 {time} 的备份恢复？',
  confirmBody:
    '当前数据库不会被删除：恢复前会先自动备份一次，原文件也会移到一旁保留。恢复后，所有窗口都会重新加载；编辑器里尚未保存的修改会保留下来，保存在恢复后的稿件上。',
  confirmOk: '恢复',
  cancel: '取消',
  close: '关闭',
  restoring: '正在恢复…',
  asideTitle: '移到一旁的数据库文件',
  asideIntro: '版心从不删除这些文件。它们在数据库所在的文件夹里，需要时可以请管理员查看或取回。',
  asideDamaged: '打开时发现已损坏',
  asideBeforeRestore: '恢复前的原文件',
  colFile: '文件名',
  colAsideKind: '原因',
  colMovedAt: '移开时间',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  button: 'Backup',
  buttonHint: 'Backup and restore',
  title: 'Backup and restore',
  intro: 'Backups are made every 15 minutes of activity and on quit. Each was checked for integrity when written and is checked again before a restore. Newest first.',
  backupNow: 'Back up now',
  backedUp: 'Backed up',
  colTime: 'Time',
  colReason: 'Reason',
  colSize: 'Size',
  colVerified: 'Check',
  verified: 'Verified',
  restore: 'Restore',
  restoreAdminOnly: 'Only an administrator can restore a backup',
  empty: 'No backups yet.',
  reasonScheduled: 'Scheduled',
  reasonManual: 'Manual',
  reasonPreMigration: 'Before upgrade',
  reasonQuit: 'On quit',
  reasonPreRestore: 'Before restore',
  confirmTitle: 'Restore the backup of {time}?',
  confirmBody:
    'The current database is not deleted: it is backed up first and its file is kept aside. After the restore every window reloads; unsaved edits in the editor are kept and saved onto the restored story.',
  confirmOk: 'Restore',
  cancel: 'Cancel',
  close: 'Close',
  restoring: 'Restoring…',
  asideTitle: 'Database files moved aside',
  asideIntro: 'Banxin never deletes these files. They are in the database folder; an administrator can inspect or recover them.',
  asideDamaged: 'Found damaged at open',
  asideBeforeRestore: 'Replaced by a restore',
  colFile: 'File name',
  colAsideKind: 'Reason',
  colMovedAt: 'Moved aside',
};

export type BackupKey = Key;
export type BackupT = FeatureT<Key>;

/** Translate a key of this feature in the UI language, filling `{name}` placeholders. */
export const useBackupT = (): BackupT => useFeatureT(backupMessages);

/** The backup dialog's strings, zh-CN first, kept here so the shared dictionaries stay untouched. */
export const backupMessages = { zh, en };
