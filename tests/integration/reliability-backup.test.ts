import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BanxinError } from '../../shared/api/errors';
import { createBackupScheduler, totalChanges } from '../../electron/core/backup-scheduler';
import { backupNow } from '../../electron/core/services/backup-service';
import { backupCommand, restoreCommand } from '../../electron/cli/backup-command';
import type { CliIo } from '../../electron/cli/io';
import { backupDirFor, createBackup, listBackups, verifyDatabaseFile } from '../../electron/store/backup';
import { acquireDatabaseLock } from '../../electron/store/lock';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { migrate, openDatabase, schemaVersion } from '../../electron/store/open-database';
import { openWithRecovery } from '../../electron/store/recovery';
import { usersRepo } from '../../electron/store/users-repo';
import { content } from '../support/temp-core';
import { invariantViolations } from './reliability-invariants';
import { reliabilityCore } from './reliability-context';

let env: ReturnType<typeof reliabilityCore>;
afterEach(() => env?.dispose());

const count = (db: SqliteDb, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function io(): CliIo & { out: string; err: string } {
  const o = { out: '', err: '', stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), readFile: async () => '' };
  return o;
}

async function seeded() {
  env = reliabilityCore();
  const { client: anon } = env.as(null);
  const admin = await anon.call('users.create', { name: 'admin', displayName: '管理员', role: 'admin' });
  const { client, call } = env.as(admin.id);
  const reporter = await client.call('users.create', { name: 'li', displayName: '李梦楚', role: 'reporter' });
  const a = await client.call('stories.create', { content: content({ headline: '𠮷野家永康', body: [{ type: 'paragraph', text: '全会深入贯彻精神。' }] }) });
  await client.call('stories.save', { id: a.id, baseRevision: a.revision, content: content({ headline: '第二稿' }) });
  return { client, call, admin, reporter, storyId: a.id };
}

describe('backups: online, verified, renamed; restore drill', () => {
  it('backup.now publishes a verified copy; restore brings the data back, keeps the replaced file and a pre-restore backup', async () => {
    const { client, call, storyId, reporter } = await seeded();
    const made = await env.backup['backup.now']({}, call);
    expect(made.backup.reason).toBe('manual');
    const snapshot = { stories: count(env.ctx.db, 'stories'), revisions: count(env.ctx.db, 'revisions') };
    // Work after the backup that the restore must roll back.
    const s = await client.call('stories.get', { id: storyId });
    await client.call('stories.save', { id: storyId, baseRevision: s.revision, content: content({ headline: '备份之后' }) });
    await client.call('stories.create', { content: content({ headline: '新稿' }) });
    expect(count(env.ctx.db, 'stories')).toBe(snapshot.stories + 1);

    // Only an administrator may restore.
    await expect(Promise.resolve().then(() => env.backup['backup.restore']({ backupId: made.backup.id }, { session: { userId: reporter.id }, transport: 'in-process' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(Promise.resolve().then(() => env.backup['backup.restore']({ backupId: 'nope.db' }, call))).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const r = await env.backup['backup.restore']({ backupId: made.backup.id }, call);
    expect(r.reload).toBe(true);
    expect(r.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(count(env.ctx.db, 'stories')).toBe(snapshot.stories);
    expect(count(env.ctx.db, 'revisions')).toBe(snapshot.revisions);
    expect(invariantViolations(env.ctx.db)).toEqual([]);
    expect((await client.call('stories.get', { id: storyId })).content.headline).toBe('第二稿');
    // Nothing was deleted: the replaced file is aside and also listed as a pre-restore backup.
    expect(r.asidePath && existsSync(r.asidePath)).toBe(true);
    const aside = SqliteDb.file(r.asidePath!, { readonly: true });
    expect(count(aside, 'stories')).toBe(snapshot.stories + 1);
    aside.close();
    const listed = await env.backup['backup.list']({}, call);
    expect(listed.map((b) => b.reason)).toContain('pre-restore');
    expect(listed.every((b) => verifyDatabaseFile(join(backupDirFor(env.dbPath), b.id)).ok)).toBe(true);
    const audit = await client.call('audit.list', { limit: 5 });
    expect(audit[0]?.action).toBe('backup.restore');
  });

  it('the pre-restore backup survives any number of later backups (finding 6: backup.now is open to every user)', async () => {
    const { call, reporter } = await seeded();
    const made = await env.backup['backup.now']({}, call);
    await env.backup['backup.restore']({ backupId: made.backup.id }, call);
    const preRestore = listBackups(env.dbPath).find((b) => b.reason === 'pre-restore')!;
    expect(preRestore).toBeDefined();
    // Any signed-in user may press 立即备份; twelve presses exceed the ten newest kept.
    const asReporter = { session: { userId: reporter.id }, transport: 'in-process' as const };
    let pruned = 0;
    for (let i = 0; i < 12; i++) pruned += (await env.backup['backup.now']({}, asReporter)).pruned;
    expect(pruned).toBeGreaterThan(0);
    expect(listBackups(env.dbPath).map((b) => b.id)).toContain(preRestore.id);
    expect(verifyDatabaseFile(preRestore.path).ok).toBe(true);
  });

  it('backup.listAside lists the files moved aside by a restore and by a damaged open, by name only', async () => {
    const { call } = await seeded();
    const made = await env.backup['backup.now']({}, call);
    const r = await env.backup['backup.restore']({ backupId: made.backup.id }, call);
    // A damaged file found at open is moved aside; a -wal/-shm moved with it is not listed on its own.
    env.ctx.db.close();
    writeFileSync(env.dbPath, Buffer.alloc(8192, 0x41));
    const opened = openWithRecovery(env.dbPath, { lock: false });
    expect(opened.status).toBe('damaged');
    if (opened.status === 'damaged') writeFileSync(`${opened.damagedPath}-wal`, 'side file');
    env.ctx.db = openDatabase(env.dbPath);
    const aside = await env.backup['backup.listAside']({}, call);
    expect(aside.map((a) => a.kind)).toEqual(['damaged', 'before-restore']);
    expect(aside[1]!.name).toBe(basename(r.asidePath!));
    expect(aside.every((a) => !a.name.includes('/') && a.name.startsWith('banxin.db.'))).toBe(true);
    expect(aside[0]!.bytes).toBe(8192);
    expect(Date.parse(aside[0]!.movedAt)).toBeGreaterThanOrEqual(Date.parse(aside[1]!.movedAt));
    expect(readdirSync(env.dir)).toContain(`${aside[0]!.name}-wal`);
  });

  it('a backup that fails verification is refused and the live database is untouched', async () => {
    const { call } = await seeded();
    const made = await env.backup['backup.now']({}, call);
    writeFileSync(join(backupDirFor(env.dbPath), made.backup.id), Buffer.alloc(8192, 0x5a));
    const before = count(env.ctx.db, 'stories');
    await expect(Promise.resolve().then(() => env.backup['backup.restore']({ backupId: made.backup.id }, call))).rejects.toBeInstanceOf(BanxinError);
    expect(count(env.ctx.db, 'stories')).toBe(before);
    expect(invariantViolations(env.ctx.db)).toEqual([]);
  });

  it('the scheduler backs up only after activity, never overlaps, and once more on quit', async () => {
    const { client, storyId } = await seeded();
    const sched = createBackupScheduler({ backup: (reason) => backupNow(env.ctx, reason).then((r) => r.backup), changeCounter: () => totalChanges(env.ctx.db), timer: false });
    expect(await sched.tick()).toBeUndefined();
    const s = await client.call('stories.get', { id: storyId });
    await client.call('stories.save', { id: storyId, baseRevision: s.revision, content: content({ headline: '活动' }) });
    const [a, b] = await Promise.all([sched.tick(), sched.tick()]);
    expect(a?.reason).toBe('scheduled');
    expect(b).toBe(a);
    expect(await sched.tick()).toBeUndefined();
    await client.call('stories.save', { id: storyId, baseRevision: s.revision + 1, content: content({ headline: '下班前' }) });
    expect((await sched.stop())?.reason).toBe('quit');
    expect(await sched.tick()).toBeUndefined();
    expect(listBackups(env.dbPath).map((x) => x.reason).sort()).toEqual(['quit', 'scheduled']);
  });

  it('CLI: backup, backup list, restore <id>, refused while the database is locked', async () => {
    await seeded();
    const dbPath = env.dbPath;
    env.ctx.db.close();
    const o = io();
    expect(await backupCommand(['--db', dbPath], o)).toBe(0);
    const id = listBackups(dbPath)[0]!.id;
    const l = io();
    expect(await backupCommand(['list', '--verify', '--db', dbPath], l)).toBe(0);
    expect(l.out).toContain(id);
    expect(l.out).toContain('ok');
    const lock = acquireDatabaseLock(dbPath, 'other');
    await expect(restoreCommand([id, '--db', dbPath], io())).rejects.toMatchObject({ code: 'LOCKED' });
    lock.release();
    const r = io();
    expect(await restoreCommand([id, '--db', dbPath], r)).toBe(0);
    expect(r.out).toMatch(/before-restore/);
    expect(readdirSync(env.dir).some((f) => f.includes('.before-restore-'))).toBe(true);
    const bad = io();
    expect(await restoreCommand(['missing.db', '--db', dbPath], bad)).toBe(1);
    env.ctx.db = SqliteDb.file(dbPath);
  });

  it('backs up before migrating: the copy is the old version, verified', () => {
    env = reliabilityCore();
    env.ctx.db.close();
    const path = join(env.dir, 'old.db');
    const raw = SqliteDb.file(path);
    migrate(raw, MIGRATIONS.slice(0, 2));
    raw.close();
    const r = openWithRecovery(path);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(schemaVersion(r.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(r.preMigrationBackup?.reason).toBe('pre-migration');
    expect(verifyDatabaseFile(r.preMigrationBackup!.path)).toEqual({ ok: true, schemaVersion: 2 });
    r.db.close();
    r.lock?.release();
    env.ctx.db = SqliteDb.file(':memory:');
  });

  it('a crashed backup leaves only a temp file, which is never listed and is cleaned later', async () => {
    await seeded();
    const dir = backupDirFor(env.dbPath);
    await createBackup(env.ctx.db, env.dbPath, { reason: 'manual' });
    writeFileSync(join(dir, '.banxin.999999.deadbeef.tmp'), 'partial');
    expect(listBackups(env.dbPath)).toHaveLength(1);
    await backupNow(env.ctx, 'manual');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(usersRepo.count(env.ctx.db)).toBe(2);
  });
});
