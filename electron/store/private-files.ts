import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * A newsroom's stories are not for every account on the machine. Files Banxin creates are for
 * its own user only: 0600 files and 0700 folders. Two parts: a umask for everything created from
 * now on (SQLite's database, -wal and -shm, backups, exports, fonts, by whichever code creates
 * them), and tightening what an older version left readable. No-ops on Windows, where a user's
 * profile folder is already private by its ACL.
 */
export const PRIVATE_UMASK = 0o077;

/** From here on, this process creates files 0600 and folders 0700 (call once, at the entry point). */
export function restrictNewFiles(platform: NodeJS.Platform = process.platform): void {
  // A worker thread may not set it (and shares the process's anyway).
  if (platform !== 'win32' && isMainThread) process.umask(PRIVATE_UMASK);
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];
const PRIVATE_SUBFOLDERS = ['backups', 'exports', 'fonts'];

/**
 * Create the database's folder (0700) and make what is already there private: the database and
 * its side files 0600, the backups, exports and fonts folders 0700 (their files 0600). The folder
 * itself is tightened only when Banxin created it or it is Banxin's own user-data folder: a
 * `--db /srv/shared/banxin.db` must not change who may list /srv/shared.
 */
export function prepareDataFolder(dbPath: string, ownFolder: string | null, platform: NodeJS.Platform = process.platform): void {
  if (dbPath === ':memory:') return;
  const dir = dirname(resolve(dbPath));
  const created = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (platform === 'win32') return;
  if (created !== undefined || (ownFolder !== null && resolve(ownFolder) === dir)) chmodSync(dir, 0o700);
  for (const s of SIDE_FILES) chmodIfFile(dbPath + s, 0o600);
  for (const sub of PRIVATE_SUBFOLDERS) {
    const folder = join(dir, sub);
    if (!isDir(folder)) continue;
    chmodSync(folder, 0o700);
    for (const name of readdirSync(folder)) chmodIfFile(join(folder, name), 0o600);
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function chmodIfFile(path: string, mode: number): void {
  if (!existsSync(path)) return;
  try {
    if (statSync(path).isFile()) chmodSync(path, mode);
  } catch {
    // A file we cannot change (another owner) stays as it is; opening it will say what is wrong.
  }
}
