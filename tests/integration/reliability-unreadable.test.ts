// Issue 13, finding 5: a healthy database this user cannot read must not be declared damaged.
// Only SQLite's verdict on the bytes (CORRUPT, NOTADB, a failed quick_check) moves a file aside;
// permission, "not a file" and I/O errors name the file, leave it where it is, and the shell
// offers no restore. Tests run as root here, and root reads any file: the permission cases run
// the open in a child process as `nobody`, so the kernel really refuses it.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFailurePrompt } from '../../electron/shell/open-failure';
import { createBackupSync } from '../../electron/store/backup';
import { openDatabase } from '../../electron/store/open-database';
import { openWithRecovery, type OpenOutcome } from '../../electron/store/recovery';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'banxin-unreadable-'));
  // The child runs as another user: it must be able to walk into the folders (not to read the db).
  chmodSync(work, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const asRoot = process.getuid?.() === 0;
function nobodyIds(): { uid: number; gid: number } | undefined {
  try {
    return { uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })) };
  } catch {
    return undefined;
  }
}
const nobody = asRoot ? nobodyIds() : undefined;

/** Open as an account the file's mode shuts out: `nobody` when we are root, else ourselves. */
function openAsOutsider(dbPath: string): Exclude<OpenOutcome, { status: 'ok' }> | { status: 'ok' } {
  if (!asRoot) {
    const r = openWithRecovery(dbPath);
    if (r.status !== 'ok') return r;
    r.db.close();
    r.lock?.release();
    return { status: 'ok' };
  }
  const child = spawnSync(process.execPath, ['--import', 'tsx', resolve('tests/integration/reliability-unreadable-child.ts'), dbPath], {
    uid: nobody!.uid, gid: nobody!.gid, encoding: 'utf8', timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`child failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as ReturnType<typeof openAsOutsider>;
}

/** A healthy database with stories and a verified backup beside it: what the old code rolled back to. */
function healthyDatabase(name: string): { dir: string; dbPath: string; digest: () => string } {
  const dir = join(work, name);
  mkdirSync(dir);
  // Anyone may create and rename files in the folder: a wrong "move aside" would succeed here.
  chmodSync(dir, 0o777);
  const dbPath = join(dir, 'banxin.db');
  const db = openDatabase(dbPath);
  db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('admin', '管理员', 'admin', 'x')").run();
  const ins = db.prepare("INSERT INTO stories(headline, body_json, owner_id, created_at, updated_at) VALUES (?, ?, 1, 'x', 'x')");
  for (let i = 0; i < 20; i++) ins.run(`稿件 ${i}`, JSON.stringify([{ type: 'paragraph', text: `𠮷野家第${i}篇` }]));
  createBackupSync(db, dbPath, { reason: 'scheduled' });
  db.close();
  const digest = (): string => createHash('sha256').update(readFileSync(dbPath)).digest('hex');
  return { dir, dbPath, digest };
}

function expectLeftInPlace(dir: string, dbPath: string, stories: number): void {
  expect(readdirSync(dir).filter((n) => /damaged/.test(n))).toEqual([]);
  // Back with the right permissions, the same file opens with all its stories.
  const again = openWithRecovery(dbPath);
  expect(again.status).toBe('ok');
  if (again.status !== 'ok') return;
  expect((again.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n).toBe(stories);
  again.db.close();
  again.lock?.release();
}

describe('a database that cannot be read is not damaged', () => {
  it.skipIf(asRoot && !nobody)('a file this user may not read (mode 0600, another owner): unreadable, named, left in place, no restore offered', () => {
    const { dir, dbPath, digest } = healthyDatabase('no-read');
    const before = digest();
    chmodSync(dbPath, asRoot ? 0o600 : 0o000);
    const r = openAsOutsider(dbPath);
    // (The old code had renamed it to banxin.db.damaged-… by now.)
    if (existsSync(dbPath)) chmodSync(dbPath, 0o600);
    expect(r.status).toBe('unreadable');
    if (r.status !== 'unreadable') return;
    expect(r.reason).toBe('permission');
    expect(r.path).toBe(dbPath);
    expect(r.messageZh).toContain(dbPath);
    expect(r.messageZh).toContain('没有读写这个文件的权限');
    expect(r.messageZh).toContain('没有被移走');
    expect(r.messageEn).toContain('no permission');
    expect(digest()).toBe(before);
    // Electron's start-up dialog: an error naming the file in both languages, never a restore.
    const prompt = openFailurePrompt(dbPath, r, new Error(r.messageZh));
    expect(prompt.kind).toBe('error');
    if (prompt.kind === 'error') {
      expect(prompt.body).toContain(r.messageZh);
      expect(prompt.body).toContain(r.messageEn);
    }
    expectLeftInPlace(dir, dbPath, 20);
  });

  it.skipIf(asRoot && !nobody)('a file this user may read but not write (mode 0644, another owner): unreadable, not damaged', () => {
    const { dir, dbPath, digest } = healthyDatabase('read-only');
    const before = digest();
    chmodSync(dbPath, 0o444);
    const r = openAsOutsider(dbPath);
    if (existsSync(dbPath)) chmodSync(dbPath, 0o600);
    expect(r.status).toBe('unreadable');
    if (r.status === 'unreadable') expect(r.reason).toBe('permission');
    expect(digest()).toBe(before);
    expectLeftInPlace(dir, dbPath, 20);
  });

  it('a folder where the database should be: unreadable (not a file), the folder and its contents stay', () => {
    const dir = join(work, 'folder');
    const dbPath = join(dir, 'banxin.db');
    mkdirSync(dbPath, { recursive: true });
    writeFileSync(join(dbPath, 'notes.txt'), '别动我');
    const r = openWithRecovery(dbPath);
    expect(r.status).toBe('unreadable');
    if (r.status !== 'unreadable') return;
    expect(r.reason).toBe('not-a-file');
    expect(r.messageZh).toContain(dbPath);
    expect(r.messageZh).toContain('不是一个文件');
    expect(r.messageEn).toContain('not a file');
    expect(readdirSync(dir).sort()).toEqual(['banxin.db']);
    expect(readFileSync(join(dbPath, 'notes.txt'), 'utf8')).toBe('别动我');
  });

  it('real damage still moves the file aside and offers the backup, by default, in the shell', () => {
    const { dbPath } = healthyDatabase('damaged');
    writeFileSync(dbPath, Buffer.alloc(8192, 0x41));
    const r = openWithRecovery(dbPath);
    expect(r.status).toBe('damaged');
    if (r.status !== 'damaged') return;
    const prompt = openFailurePrompt(dbPath, r, new Error(r.messageZh));
    expect(prompt.kind).toBe('offer-restore');
    if (prompt.kind === 'offer-restore') expect(prompt.backup.id).toBe(r.newestBackup?.id);
  });
});
