import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { createBackupSync, listBackups, moveAside, verifyDatabaseFile, type BackupInfo } from './backup';
import { acquireDatabaseLock, type DatabaseLock } from './lock';
import type { Migration } from './migrations';
import { DatabaseOpenError, openDatabase } from './open-database';
import type { SqliteDb } from './engine/sqlite-db';
import type { Db } from './engine/sql-db';
import { classifyOpenProblem, isDamageCode, unreachableMessage, type OpenProblem, type UnreachableReason } from './open-problem';

/** What opening a database came to. Opening never throws: every case is one of these. */
export type OpenOutcome =
  | { status: 'ok'; db: SqliteDb; lock: DatabaseLock | undefined; uncleanShutdown: boolean; preMigrationBackup: BackupInfo | undefined }
  | { status: 'locked'; messageZh: string }
  | { status: 'damaged'; problem: string; damagedPath: string; newestBackup: BackupInfo | undefined; messageZh: string }
  /** The file could not be read (permissions, not a file, I/O): left exactly where it is, nothing offered. */
  | { status: 'unreadable'; code: string; reason: UnreachableReason; problem: string; path: string; messageZh: string; messageEn: string }
  | { status: 'failed'; code: string; problem: string; messageZh: string };

export interface RecoveryOptions {
  /** Take the one-owner lock file (default true; off for read-only tools and tests of a bare file). */
  lock?: boolean;
  /** SQLite `locking_mode=EXCLUSIVE` on the connection (default true). */
  exclusive?: boolean;
  /** Check to run on an existing file before use: quick_check (default), full integrity_check, or none. */
  check?: 'quick' | 'full' | 'none';
  /** Back up before pending migrations (default true). */
  preMigrationBackup?: boolean;
  migrations?: readonly Migration[];
  now?: () => Date;
}

const codeOf = (err: unknown): string => (err instanceof Error && 'code' in err ? String((err as { code: unknown }).code) : '');
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

// Checked on a plain connection before the real open, so a damaged file is never migrated. Only
// SQLite's own verdict on the bytes (CORRUPT, NOTADB, a failed check) is damage: a file this user
// cannot open — permissions, a folder in its place, a disk error — is reported, never moved.
function checkFile(path: string, mode: 'quick' | 'full'): OpenProblem | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 2000 });
    const check = mode === 'full' ? 'integrity_check' : 'quick_check';
    const result = db.pragma(check, { simple: true });
    return result === 'ok' ? undefined : { kind: 'damage', problem: `${check}: ${String(result)}` };
  } catch (err) {
    const code = codeOf(err);
    // Busy means someone else holds it: not damage; the open below reports it properly.
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return undefined;
    return classifyOpenProblem(path, code, messageOf(err));
  } finally {
    db?.close();
  }
}

/** The newest backup that passes verification now (a backup may have rotted since it was made). */
export function newestVerifiedBackup(dbPath: string): BackupInfo | undefined {
  return listBackups(dbPath).find((b) => verifyDatabaseFile(b.path).ok);
}

function damagedMessage(damagedPath: string, backup: BackupInfo | undefined): string {
  const kept = `数据库文件已损坏，已原样保留为“${damagedPath}”。`;
  return backup
    ? `${kept}可以从最近一次经过校验的备份（${backup.createdAt}）恢复。`
    : `${kept}没有找到可用的备份；可以新建空数据库，或请管理员从其他位置恢复。`;
}

/**
 * Open a Banxin database for the app: one owner (lock file + exclusive SQLite lock), a check of
 * the existing file, a pre-migration backup, then the normal open. A damaged file is moved aside
 * with a timestamp (never deleted) and the newest verified backup is offered; a file that cannot
 * be read (permissions, a folder in its place, disk errors) is left where it is and reported as
 * 'unreadable' with no backup offered — restoring would roll back a healthy file. Never throws.
 */
export function openWithRecovery(dbPath: string, options: RecoveryOptions = {}): OpenOutcome {
  const now = options.now ?? (() => new Date());
  let lock: DatabaseLock | undefined;
  try {
    if (options.lock !== false) lock = acquireDatabaseLock(dbPath);
  } catch (err) {
    if (err instanceof DatabaseOpenError && err.code === 'LOCKED') return { status: 'locked', messageZh: err.message };
    return { status: 'failed', code: codeOf(err) || 'LOCK_FAILED', problem: messageOf(err), messageZh: `无法锁定数据库：${messageOf(err)}` };
  }
  const fail = (outcome: Exclude<OpenOutcome, { status: 'ok' }>): OpenOutcome => {
    lock?.release();
    return outcome;
  };
  const unreadable = (p: Extract<OpenProblem, { kind: 'unreachable' }>): OpenOutcome => {
    const m = unreachableMessage(dbPath, p.reason, p.problem);
    return fail({ status: 'unreadable', code: p.code, reason: p.reason, problem: p.problem, path: dbPath, messageZh: m.zh, messageEn: m.en });
  };
  const damaged = (problem: string): OpenOutcome => {
    try {
      const damagedPath = moveAside(dbPath, `damaged-${now().toISOString().replace(/[:.]/g, '-')}`);
      const newestBackup = newestVerifiedBackup(dbPath);
      return fail({ status: 'damaged', problem, damagedPath, newestBackup, messageZh: damagedMessage(damagedPath, newestBackup) });
    } catch (err) {
      return fail({ status: 'failed', code: 'MOVE_FAILED', problem: `${problem}; ${messageOf(err)}`, messageZh: `数据库已损坏，且无法移到一旁：${messageOf(err)}` });
    }
  };

  const exists = dbPath !== ':memory:' && existsSync(dbPath) && statSync(dbPath).size > 0;
  const mode = options.check ?? 'quick';
  if (exists && mode !== 'none') {
    const problem = checkFile(dbPath, mode);
    if (problem?.kind === 'damage') return damaged(problem.problem);
    if (problem) return unreadable(problem);
  }
  let preMigrationBackup: BackupInfo | undefined;
  try {
    const db = openDatabase(dbPath, {
      exclusive: options.exclusive ?? true,
      ...(options.migrations ? { migrations: options.migrations } : {}),
      ...(options.preMigrationBackup !== false
        ? { onBeforeMigration: (d: Db) => void (preMigrationBackup = createBackupSync(d, dbPath, { reason: 'pre-migration', now: now() })) }
        : {}),
    });
    return { status: 'ok', db, lock, uncleanShutdown: lock?.tookOverStale ?? false, preMigrationBackup };
  } catch (err) {
    const code = err instanceof DatabaseOpenError ? err.code : codeOf(err);
    if (isDamageCode(code) || code === 'NOT_A_DATABASE') return damaged(`${code}: ${messageOf(err)}`);
    if (code === 'LOCKED' || code === 'SQLITE_BUSY') {
      return fail({ status: 'locked', messageZh: `数据库“${dbPath}”正被另一个程序使用（SQLite 报告忙），请关闭它后再试。` });
    }
    if (!(err instanceof DatabaseOpenError)) {
      const problem = classifyOpenProblem(dbPath, code, messageOf(err));
      if (problem.kind === 'unreachable' && problem.reason !== 'other') return unreadable(problem);
    }
    return fail({ status: 'failed', code: code || 'OPEN_FAILED', problem: messageOf(err), messageZh: `无法打开数据库：${messageOf(err)}` });
  }
}
