import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDir, fsyncPath } from './durable-file';
import { processAlive } from './lock';
import { LATEST_SCHEMA_VERSION } from './migrations';
import type { Db } from './open-database';
import { sqliteOf } from './engine/sqlite-db';

export const BACKUP_REASONS = ['scheduled', 'manual', 'pre-migration', 'quit', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One published (verified, renamed) backup. `id` is its file name: never a path. */
export interface BackupInfo {
  id: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export type Verification = { ok: true; schemaVersion: number } | { ok: false; problem: string };

/** Why a backup or restore did not happen; nothing was published or replaced when thrown. */
export class BackupError extends Error {
  constructor(
    readonly code: 'VERIFY_FAILED' | 'NOT_FOUND' | 'WRITE_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Backups live next to the database, in `backups/`, so they move with it. */
export const backupDirFor = (dbPath: string): string => join(dirname(dbPath), 'backups');

const stemOf = (dbPath: string): string => basename(dbPath).replace(/\.[^.]*$/, '') || 'banxin';
const NAME = /^(.+)-(\d{8})-(\d{6})-(\d{3})-([a-z-]+?)(?:-(\d+))?\.db$/;

function stamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}-${p(d.getUTCMilliseconds(), 3)}`;
}

/** Parse a backup file name; undefined for anything else (temp files, foreign files, hostile ids). */
export function parseBackupName(name: string): { stem: string; createdAt: string; reason: BackupReason; seq: number } | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [, stem, ymd, hms, ms, reason, seq] = m as unknown as [string, string, string, string, string, string, string | undefined];
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return undefined;
  const createdAt = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}T${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4, 6)}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return { stem, createdAt, reason: reason as BackupReason, seq: seq ? Number(seq) : 0 };
}


/**
 * Check a database file without changing the live one: integrity_check, foreign_key_check and a
 * schema this build can open. Never throws.
 */
export function verifyDatabaseFile(path: string): Verification {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, problem: `integrity_check: ${String(integrity)}` };
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) return { ok: false, problem: `foreign_key_check: ${fk.length} violation(s)` };
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    if (schemaVersion > LATEST_SCHEMA_VERSION) return { ok: false, problem: `schema ${schemaVersion} is newer than this Banxin` };
    return { ok: true, schemaVersion };
  } catch (err) {
    return { ok: false, problem: err instanceof Error ? `${(err as { code?: string }).code ?? err.name}: ${err.message}` : String(err) };
  } finally {
    db?.close();
  }
}

// A copy is made single-file (rollback journal) so it can be verified read-only and carried
// around without a -wal beside it, then verified, fsynced and published by rename.
function publish(tmp: string, dir: string, dbPath: string, reason: BackupReason, now: Date): BackupInfo {
  try {
    const copy = new Database(tmp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const v = verifyDatabaseFile(tmp);
    if (!v.ok) throw new BackupError('VERIFY_FAILED', `backup copy failed verification: ${v.problem}`);
    fsyncPath(tmp, 'r+');
    const base = `${stemOf(dbPath)}-${stamp(now)}-${reason}`;
    let id = `${base}.db`;
    for (let seq = 2; existsSync(join(dir, id)); seq++) id = `${base}-${seq}.db`;
    const path = join(dir, id);
    renameSync(tmp, path);
    fsyncDir(dir);
    return { id, path, createdAt: parseBackupName(id)!.createdAt, reason, bytes: statSync(path).size };
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof BackupError) throw err;
    throw new BackupError('WRITE_FAILED', `backup failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function tempPath(dir: string, dbPath: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, `.${stemOf(dbPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export interface BackupOptions {
  reason: BackupReason;
  now?: Date;
  /** Defaults to {@link backupDirFor}. */
  dir?: string;
}

/**
 * Online backup through the live connection (SQLite's backup API: a consistent snapshot, never an
 * `fs` copy of the live file) into a temp file, verified, fsynced, then renamed into place. A crash
 * at any moment leaves at worst a temp file, which {@link cleanTempFiles} removes later.
 */
export async function createBackup(db: Db, dbPath: string, options: BackupOptions): Promise<BackupInfo> {
  const dir = options.dir ?? backupDirFor(dbPath);
  const tmp = tempPath(dir, dbPath);
  try {
    await sqliteOf(db, 'The online file backup').backup(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new BackupError('WRITE_FAILED', `backup failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return publish(tmp, dir, dbPath, options.reason, options.now ?? new Date());
}

/**
 * The same, synchronously, with `VACUUM INTO` — for the pre-migration hook, which runs inside the
 * synchronous open. Must not be called inside a transaction.
 */
export function createBackupSync(db: Db, dbPath: string, options: BackupOptions): BackupInfo {
  const dir = options.dir ?? backupDirFor(dbPath);
  const tmp = tempPath(dir, dbPath);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new BackupError('WRITE_FAILED', `backup failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  return publish(tmp, dir, dbPath, options.reason, options.now ?? new Date());
}

/** Published backups of this database, newest first. */
export function listBackups(dbPath: string, dir = backupDirFor(dbPath)): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const stem = stemOf(dbPath);
  const out: Array<BackupInfo & { seq: number }> = [];
  for (const id of readdirSync(dir)) {
    const parsed = parseBackupName(id);
    if (!parsed || parsed.stem !== stem) continue;
    const path = join(dir, id);
    try {
      out.push({ id, path, createdAt: parsed.createdAt, reason: parsed.reason, bytes: statSync(path).size, seq: parsed.seq });
    } catch {
      // Removed while listing.
    }
  }
  out.sort((a, b) => (a.createdAt === b.createdAt ? b.seq - a.seq : a.createdAt < b.createdAt ? 1 : -1));
  return out.map(({ seq: _seq, ...b }) => b);
}

/** Remove temp files left by a crashed backup (their process is gone). Returns how many. */
export function cleanTempFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    const m = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    // Ours may be in progress; another live process's too (it holds its own database).
    if (pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    n++;
  }
  return n;
}

/** Which backups to keep: the newest few, one per hour for a day, one per day for two weeks. */
export interface RetentionPolicy {
  keepLast: number;
  hourly: number;
  daily: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepLast: 10, hourly: 24, daily: 14 };

const HOUR = 3_600_000;
/** Reasons whose newest backup is kept whatever its age: each is the undo of a one-off event. */
const ALWAYS_KEEP_NEWEST: readonly BackupReason[] = ['pre-migration', 'pre-restore'];

/**
 * Pure retention decision over backups (any order): keeps the newest `keepLast`, the newest in
 * each of the last `hourly` hours and `daily` days (UTC buckets), and always the newest
 * pre-migration backup (the way back from a bad upgrade) and the newest pre-restore backup (the
 * way back from a restore: any user may make backups, and ten of them must not push it out).
 */
export function selectRetained<T extends Pick<BackupInfo, 'id' | 'createdAt' | 'reason'>>(
  backups: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): { keep: T[]; remove: T[] } {
  const sorted = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
  const keep = new Set<T>(sorted.slice(0, policy.keepLast));
  const t = now.getTime();
  const hours = new Set<number>();
  const days = new Set<number>();
  for (const b of sorted) {
    const at = Date.parse(b.createdAt);
    const hour = Math.floor(at / HOUR);
    const day = Math.floor(at / (24 * HOUR));
    if (at > t - policy.hourly * HOUR && !hours.has(hour)) {
      hours.add(hour);
      keep.add(b);
    }
    if (at > t - policy.daily * 24 * HOUR && !days.has(day)) {
      days.add(day);
      keep.add(b);
    }
  }
  for (const reason of ALWAYS_KEEP_NEWEST) {
    const newest = sorted.find((b) => b.reason === reason);
    if (newest) keep.add(newest);
  }
  return { keep: sorted.filter((b) => keep.has(b)), remove: sorted.filter((b) => !keep.has(b)) };
}

/** Apply the retention policy to this database's backups. Returns the removed ids. */
export function pruneBackups(dbPath: string, now = new Date(), policy = DEFAULT_RETENTION, dir = backupDirFor(dbPath)): string[] {
  const { remove } = selectRetained(listBackups(dbPath, dir), now, policy);
  for (const b of remove) rmSync(b.path, { force: true });
  return remove.map((b) => b.id);
}

/** A backup id from the UI or CLI, resolved only among this database's listed backups. */
export function findBackup(dbPath: string, id: string, dir = backupDirFor(dbPath)): BackupInfo | undefined {
  return listBackups(dbPath, dir).find((b) => b.id === id);
}

export interface RestoreResult {
  /** Where the replaced database was moved (never deleted); undefined if there was none. */
  asidePath: string | undefined;
  schemaVersion: number;
}

const SIDE_FILES = ['', '-wal', '-shm'] as const;

/**
 * Replace the database file with a verified backup. The caller must hold the database lock and
 * have closed every connection. The current file (with its -wal/-shm) is renamed aside, never
 * deleted; the backup is copied to a temp name, fsynced and renamed in. Then reopen normally.
 */
export function restoreDatabaseFile(dbPath: string, backupFile: string, now = new Date()): RestoreResult {
  const v = verifyDatabaseFile(backupFile);
  if (!v.ok) throw new BackupError('VERIFY_FAILED', `backup ${basename(backupFile)} failed verification: ${v.problem}`);
  const tmp = `${dbPath}.restoring`;
  copyFileSync(backupFile, tmp);
  fsyncPath(tmp, 'r+');
  const aside = existsSync(dbPath) ? moveAside(dbPath, `before-restore-${stamp(now)}`) : undefined;
  try {
    renameSync(tmp, dbPath);
  } catch (err) {
    if (aside) for (const s of SIDE_FILES) if (existsSync(aside + s)) renameSync(aside + s, dbPath + s);
    throw new BackupError('WRITE_FAILED', `restore failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  fsyncDir(dirname(dbPath));
  return { asidePath: aside, schemaVersion: v.schemaVersion };
}

/**
 * Rename a (closed) database and its -wal/-shm to `<db>.<label>` together, so the set stays
 * consistent and can be opened or inspected later. Returns the new main file path.
 */
export function moveAside(dbPath: string, label: string): string {
  let aside = `${dbPath}.${label}`;
  for (let n = 2; existsSync(aside); n++) aside = `${dbPath}.${label}-${n}`;
  for (const s of SIDE_FILES) if (existsSync(dbPath + s)) renameSync(dbPath + s, aside + s);
  fsyncDir(dirname(dbPath));
  return aside;
}
