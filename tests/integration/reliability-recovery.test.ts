// R7: a damaged database at open is kept aside, the newest verified backup is offered, and
// opening never throws. Random page overwrites of a real database, then openWithRecovery.
import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupSync, restoreDatabaseFile } from '../../electron/store/backup';
import { openDatabase } from '../../electron/store/open-database';
import { openWithRecovery } from '../../electron/store/recovery';
import { invariantViolations } from './reliability-invariants';
import { reliabilityCore } from './reliability-context';
import { content } from '../support/temp-core';

const TRIALS = process.env.BANXIN_STRESS === '1' ? 500 : 100;
let work: string;
let pristine: string;
let backupFile: string;
let stories = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'banxin-corrupt-'));
  const env = reliabilityCore();
  const { client: anon } = env.as(null);
  const admin = await anon.call('users.create', { name: 'admin', displayName: '管理员', role: 'admin' });
  const { client } = env.as(admin.id);
  for (let i = 0; i < 40; i++) {
    const s = await client.call('stories.create', { content: content({ headline: `稿件${i}`, body: [{ type: 'paragraph', text: `𠮷${'全会深入贯彻精神。'.repeat(30 + i)}` }] }) });
    await client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ headline: `稿件${i} 二稿`, body: [{ type: 'paragraph', text: '改'.repeat(500) }] }) });
  }
  stories = 40;
  // No free pages: every page belongs to the schema, so any overwrite hits live data.
  env.ctx.db.exec('VACUUM');
  env.ctx.db.close();
  pristine = join(work, 'pristine.db');
  copyFileSync(env.dbPath, pristine);
  const db = openDatabase(pristine);
  backupFile = createBackupSync(db, pristine, { reason: 'scheduled' }).path;
  db.close();
  env.dispose();
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('damaged database at open', () => {
  it(`${TRIALS} random page overwrites: never a throw; damage is detected and kept aside with a backup offered, or the data is provably intact`, () => {
    let seed = 12345;
    const rand = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const pageSize = 4096;
    const counts = { damaged: 0, intact: 0, offered: 0, restored: 0 };
    for (let t = 0; t < TRIALS; t++) {
      const dir = join(work, `t${t}`);
      const backups = join(dir, 'backups');
      const dbPath = join(dir, 'banxin.db');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(backups, { recursive: true });
      copyFileSync(pristine, dbPath);
      copyFileSync(backupFile, join(backups, 'banxin-20261126-100000-000-scheduled.db'));
      const pages = statSync(dbPath).size / pageSize;
      const page = Math.floor(rand() * pages);
      const junk = Buffer.alloc(pageSize);
      for (let i = 0; i < pageSize; i++) junk[i] = Math.floor(rand() * 256);
      const fd = openSync(dbPath, 'r+');
      writeSync(fd, junk, 0, pageSize, page * pageSize);
      closeSync(fd);

      const r = openWithRecovery(dbPath, { check: 'full', preMigrationBackup: false });
      if (r.status === 'ok') {
        // Not detected by SQLite's checks: then Banxin's hashes must show the data is whole.
        expect(invariantViolations(r.db)).toEqual([]);
        expect((r.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n).toBe(stories);
        r.db.close();
        r.lock?.release();
        counts.intact++;
        continue;
      }
      expect(r.status).toBe('damaged');
      if (r.status !== 'damaged') continue;
      counts.damaged++;
      expect(existsSync(r.damagedPath)).toBe(true);
      expect(existsSync(dbPath)).toBe(false);
      expect(r.messageZh).toContain('已损坏');
      expect(r.newestBackup?.id).toBe('banxin-20261126-100000-000-scheduled.db');
      counts.offered++;
      // Accepting the offer: the restored database opens and holds the backed-up stories.
      restoreDatabaseFile(dbPath, r.newestBackup!.path);
      const again = openWithRecovery(dbPath, { check: 'full' });
      expect(again.status).toBe('ok');
      if (again.status === 'ok') {
        expect(invariantViolations(again.db)).toEqual([]);
        again.db.close();
        again.lock?.release();
        counts.restored++;
      }
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(JSON.stringify({ recovery: 'page-overwrite', trials: TRIALS, ...counts }));
    expect(counts.damaged + counts.intact).toBe(TRIALS);
    expect(counts.offered).toBe(counts.damaged);
    expect(counts.restored).toBe(counts.damaged);
    expect(counts.damaged).toBeGreaterThan(TRIALS / 2);
  });

  it('a file that is not a database at all is kept aside, and with no backup the message says so', () => {
    const dir = join(work, 'garbage');
    mkdirSync(dir);
    const dbPath = join(dir, 'banxin.db');
    writeFileSync(dbPath, Buffer.alloc(10_000, 0x41));
    const r = openWithRecovery(dbPath);
    expect(r.status).toBe('damaged');
    if (r.status === 'damaged') {
      expect(r.newestBackup).toBeUndefined();
      expect(r.messageZh).toContain('没有找到可用的备份');
    }
    // A fresh database can then be created in its place.
    const fresh = openWithRecovery(dbPath);
    expect(fresh.status).toBe('ok');
    if (fresh.status === 'ok') {
      fresh.db.close();
      fresh.lock?.release();
    }
    const raw = SqliteDb.file(dbPath);
    raw.close();
  });
});
