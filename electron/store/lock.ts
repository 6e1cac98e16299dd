import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { replaceDurably, writeDurably } from './durable-file';
import { DatabaseOpenError } from './open-database';

/** Who holds a database: written into `<db>.lock` so a second instance can name the owner. */
export interface LockOwner {
  pid: number;
  host: string;
  /** Random per acquisition: release only removes a lock that is still ours (Joplin #16410). */
  token: string;
  since: string;
  app: string;
}

/** A held lock; `release()` is idempotent and never removes another owner's lock. */
export interface DatabaseLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** True when a lock left behind by a dead process (crash, kill -9) was taken over. */
  readonly tookOverStale: boolean;
  release(): void;
}

export const lockPathFor = (dbPath: string): string => `${dbPath}.lock`;

function readOwner(path: string): LockOwner | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string') {
      return { pid: v.pid, host: v.host, token: v.token, since: String(v.since ?? ''), app: String(v.app ?? '') };
    }
  } catch {
    // Unreadable or half-written: treated as no owner below.
  }
  return undefined;
}

/** Whether a process id is alive on this machine (EPERM means alive but not ours). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The zh-CN message naming the other owner, shown when the database is taken. */
export function lockedMessage(dbPath: string, owner: LockOwner | undefined): string {
  if (!owner) return `数据库“${dbPath}”正被另一个程序使用，请关闭它后再试。`;
  const where = owner.host === hostname() ? '本机' : `计算机“${owner.host}”上`;
  return `数据库“${dbPath}”正被${where}的另一个版心实例（${owner.app || '版心'}，进程 ${owner.pid}，自 ${owner.since} 起）使用。请先关闭该实例再打开。`;
}

/**
 * Take the one-owner lock of a database: create `<db>.lock` exclusively (O_EXCL) with pid, host
 * and a token. A lock whose process is gone (same host, pid dead, or unreadable file) is taken
 * over; any other lock fails fast with DatabaseOpenError('LOCKED') naming the owner. A lock from
 * another host is never presumed stale: we cannot see its processes.
 */
export function acquireDatabaseLock(dbPath: string, app = 'Banxin'): DatabaseLock {
  const path = lockPathFor(dbPath);
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomUUID(), since: new Date().toISOString(), app };
  const text = JSON.stringify(owner);
  let tookOverStale = false;
  try {
    writeDurably(path, text, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const other = readOwner(path);
    const stale = other === undefined || (other.host === owner.host && other.pid !== process.pid && !processAlive(other.pid));
    if (!stale) throw new DatabaseOpenError('LOCKED', lockedMessage(dbPath, other));
    // Replace atomically, then read back: if two starters raced for the same stale lock, only
    // the one whose token is on disk proceeds.
    replaceDurably(path, text);
    const now = readOwner(path);
    if (now?.token !== owner.token) throw new DatabaseOpenError('LOCKED', lockedMessage(dbPath, now));
    tookOverStale = true;
  }
  let held = true;
  return {
    path,
    owner,
    tookOverStale,
    release() {
      if (!held) return;
      held = false;
      if (readOwner(path)?.token === owner.token) rmSync(path, { force: true });
    },
  };
}
