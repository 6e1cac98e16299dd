// C1: one owner per database. A second process opening the same database fails fast with a
// clear zh-CN message naming the owner, and corrupts nothing; SQLite's own exclusive lock also
// stops a tool that ignores our lock file. Stale locks (dead owner) are taken over.
import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDatabaseLock, lockPathFor } from '../../electron/store/lock';
import { DatabaseOpenError } from '../../electron/store/open-database';
import { openWithRecovery } from '../../electron/store/recovery';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-lock-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function holder(dbPath: string): Promise<{ child: ChildProcessWithoutNullStreams; pid: number; lines: () => string }> {
  // `--import tsx` keeps the holder in this one process (the tsx CLI would add a wrapper process).
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('tests/integration/reliability-holder.ts'), dbPath]);
  let out = '';
  return new Promise((ok, fail) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /held (\d+)/.exec(out);
      if (m) ok({ child, pid: Number(m[1]), lines: () => out });
    });
    child.on('exit', (code) => fail(new Error(`holder exited ${code}: ${out}`)));
  });
}

describe('one owner per database', () => {
  it('a second process is refused fast with a message naming the owner; SQLite refuses a lock-ignoring tool; nothing is corrupted', async () => {
    const dbPath = join(dir, 'banxin.db');
    const h = await holder(dbPath);
    try {
      const t0 = performance.now();
      const second = openWithRecovery(dbPath);
      const refusedMs = performance.now() - t0;
      expect(second.status).toBe('locked');
      if (second.status === 'locked') {
        expect(second.messageZh).toContain(`进程 ${h.pid}`);
        expect(second.messageZh).toContain('本机');
      }
      // A tool that ignores the lock file meets SQLite's exclusive lock instead.
      const t1 = performance.now();
      let sqliteCode = '';
      try {
        const raw = SqliteDb.file(dbPath, { timeout: 200 });
        try {
          raw.prepare('SELECT count(*) FROM beats').get();
        } finally {
          raw.close();
        }
      } catch (err) {
        sqliteCode = String((err as { code?: string }).code);
      }
      const sqliteMs = performance.now() - t1;
      expect(sqliteCode).toBe('SQLITE_BUSY');
      console.log(JSON.stringify({ lock: { lockFileRefusalMs: Math.round(refusedMs), sqliteExclusiveRefusalMs: Math.round(sqliteMs), sqliteBusyTimeoutMs: 200 } }));
    } finally {
      h.child.stdin.write('stop\n');
      await new Promise((r) => h.child.on('exit', r));
    }
    expect(h.lines()).toMatch(/closed \d+/);
    const after = openWithRecovery(dbPath, { check: 'full' });
    expect(after.status).toBe('ok');
    if (after.status === 'ok') {
      expect(after.uncleanShutdown).toBe(false);
      expect((after.db.prepare('SELECT count(*) AS n FROM beats').get() as { n: number }).n).toBeGreaterThan(0);
      after.db.close();
      after.lock?.release();
    }
  });

  it('a lock left by a killed process is taken over and reported as an unclean shutdown', async () => {
    const dbPath = join(dir, 'banxin.db');
    const h = await holder(dbPath);
    h.child.kill('SIGKILL');
    await new Promise((r) => h.child.on('exit', r));
    const r = openWithRecovery(dbPath);
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.uncleanShutdown).toBe(true);
      r.db.close();
      r.lock?.release();
    }
  });

  it('never presumes a lock from another computer stale, and release never removes another owner\'s lock', () => {
    const dbPath = join(dir, 'banxin.db');
    writeFileSync(lockPathFor(dbPath), JSON.stringify({ pid: 1, host: `not-${hostname()}`, token: 't', since: '2026-11-26T08:00:00Z', app: 'Banxin' }));
    expect(() => acquireDatabaseLock(dbPath)).toThrow(DatabaseOpenError);
    try {
      acquireDatabaseLock(dbPath);
    } catch (err) {
      expect((err as DatabaseOpenError).code).toBe('LOCKED');
      expect((err as Error).message).toContain(`计算机“not-${hostname()}”`);
    }
    rmSync(lockPathFor(dbPath));
    const mine = acquireDatabaseLock(dbPath);
    // Someone (wrongly) replaced our lock: our release must leave theirs alone.
    writeFileSync(lockPathFor(dbPath), JSON.stringify({ pid: process.pid, host: hostname(), token: 'theirs', since: '', app: '' }));
    mine.release();
    expect(() => acquireDatabaseLock(dbPath)).toThrow(DatabaseOpenError);
  });
});
