import { afterEach, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgDb, PgError } from '../../electron/store/engine/pg-db';
import { MIGRATIONS, type Migration } from '../../electron/store/migrations';
import { migratePostgres, openPostgres, postgresSchemaVersion } from '../../electron/store/open-postgres';
import { storeOptions, TEST_ENGINE, testStore, type TestStore } from '../support/test-engine';
import { createCore } from '../../electron/core/create-core';
import { createClient } from '../../shared/api/client';
import { content } from '../support/temp-core';

// What only the PostgreSQL engine has: its migrations, its connection thread, its database checks.
// The rest of the suite runs on it as it runs on SQLite (the integration-pg project).
describe.runIf(TEST_ENGINE === 'postgres')('the PostgreSQL engine', () => {
  const opened: Array<{ db?: PgDb; store: TestStore; dir: string }> = [];
  const fresh = (): { db: PgDb; store: TestStore } => {
    const dir = mkdtempSync(join(tmpdir(), 'banxin-pg-engine-'));
    const store = testStore(dir);
    const db = openPostgres(store.postgres!);
    opened.push({ db, store, dir });
    return { db, store };
  };
  afterEach(() => {
    for (const o of opened.splice(0)) {
      o.db?.close();
      o.store.drop();
      rmSync(o.dir, { recursive: true, force: true });
    }
  });
  const tableExists = (db: PgDb, name: string): boolean =>
    (db.prepare('SELECT to_regclass(?) IS NOT NULL AS present').get(name) as { present: boolean }).present;

  it('applies a migration whole or not at all: one that fails half-way leaves the version and schema as they were', () => {
    const { db } = fresh();
    expect(postgresSchemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    const next = MIGRATIONS.at(-1)!.version + 1;
    const broken: Migration = { version: next, name: 'broken', sql: '', pg: 'CREATE TABLE half_done (x integer); INSERT INTO half_done VALUES (1); SELECT 1 / 0;' };
    expect(() => migratePostgres(db, [...MIGRATIONS, broken])).toThrow(/division by zero/);
    expect(postgresSchemaVersion(db)).toBe(next - 1);
    expect(tableExists(db, 'half_done')).toBe(false);
    const good: Migration = { version: next, name: 'good', sql: '', pg: 'CREATE TABLE fine (x integer);', data: (d) => void d.prepare('INSERT INTO fine VALUES (?)').run(7) };
    migratePostgres(db, [...MIGRATIONS, good]);
    expect(postgresSchemaVersion(db)).toBe(next);
    expect(db.prepare('SELECT x FROM fine').all()).toEqual([{ x: 7 }]);
  });

  it('refuses a database whose schema is newer than this build, and one that is not UTF-8', () => {
    const { db, store } = fresh();
    db.write(() => db.prepare('UPDATE banxin_schema SET version = ?').run(999));
    expect(() => openPostgres(store.postgres!)).toThrow(/newer than this Banxin/);

    const admin = new PgDb({ connectionString: inject('pgUrl'), statementTimeoutMs: 30_000 });
    try {
      admin.exec("CREATE DATABASE latin ENCODING 'SQL_ASCII' LC_CTYPE 'C' LC_COLLATE 'C' TEMPLATE template0");
      const url = new URL(inject('pgUrl'));
      url.pathname = '/latin';
      expect(() => openPostgres({ connectionString: url.toString(), statementTimeoutMs: 30_000 })).toThrow(/UTF8/);
    } finally {
      admin.exec('DROP DATABASE IF EXISTS latin WITH (FORCE)');
      admin.close();
    }
  });

  it('reconnects after the server drops an idle connection, and never runs the rest of a transaction outside it', () => {
    const { db } = fresh();
    const admin = new PgDb({ connectionString: inject('pgUrl'), statementTimeoutMs: 30_000 });
    const pid = (): number => (db.prepare('SELECT pg_backend_pid() AS pid').get() as { pid: number }).pid;
    const kill = (p: number): void => void admin.prepare('SELECT pg_terminate_backend(?)').get(p);
    try {
      // Idle: the first call after the drop fails, the next one is on a new connection.
      const before = pid();
      kill(before);
      const first = (() => {
        try {
          return pid();
        } catch (err) {
          return err;
        }
      })();
      const after = typeof first === 'number' ? first : pid();
      expect(after).not.toBe(before);

      // Mid-transaction: the setting written before the drop is not there, and the write says so.
      const victim = pid();
      expect(() =>
        db.write(() => {
          db.prepare("INSERT INTO settings(key, value) VALUES ('half', 'written')").run();
          kill(victim);
          db.prepare("INSERT INTO settings(key, value) VALUES ('other', 'half')").run();
        }),
      ).toThrow(PgError);
      expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key IN ('half', 'other')").get()).toEqual({ n: 0 });
      db.write(() => db.prepare("INSERT INTO settings(key, value) VALUES ('after', 'ok')").run());
      expect(db.prepare("SELECT value FROM settings WHERE key = 'after'").get()).toEqual({ value: 'ok' });
    } finally {
      admin.close();
    }
  });

  it('two servers on one database: each hears the other’s changes once, and its own once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'banxin-pg-fanout-'));
    const store = testStore(dir);
    opened.push({ store, dir });
    const a = createCore({ ...storeOptions(store), scheduledBackups: false });
    // Another server: the same database, its own local folder (exports, the font cache).
    const b = createCore({ ...storeOptions(store), dbPath: join(dir, 'server-b', 'banxin.db'), scheduledBackups: false });
    try {
      const heardA: string[] = [];
      const heardB: string[] = [];
      a.onEvent((e, p) => heardA.push(`${e}:${JSON.stringify(p)}`));
      b.onEvent((e, p) => heardB.push(`${e}:${JSON.stringify(p)}`));
      const session = a.openSession('in-process');
      const client = createClient((m, p) => session.call(m, p));
      const [admin] = await client.call('users.list', {});
      await client.call('session.setUser', { userId: admin!.id });
      const s = await client.call('stories.create', { content: content({ headline: '甲服务器上的稿' }) });
      await expect.poll(() => heardB.filter((e) => e.startsWith('data.changed') && e.includes(`"storyId":${s.id}`)).length).toBe(1);
      // B's own save reaches A the same way; nobody hears their own event twice.
      const bs = b.openSession('in-process');
      const bc = createClient((m, p) => bs.call(m, p));
      await bc.call('session.setUser', { userId: admin!.id });
      await bc.call('stories.save', { id: s.id, baseRevision: s.revision, content: content({ headline: '乙服务器改过' }) });
      await expect.poll(() => heardA.filter((e) => e.startsWith('story.changed')).length).toBe(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(heardA.filter((e) => e.startsWith('data.changed') && e.includes(`"storyId":${s.id}`)).length).toBe(2);
      expect(heardB.filter((e) => e.startsWith('data.changed') && e.includes(`"storyId":${s.id}`)).length).toBe(2);
      // A save based on the revision the other server replaced is a conflict, whichever server takes it.
      await expect(client.call('stories.save', { id: s.id, baseRevision: s.revision, content: content({ headline: '过时的稿' }) })).rejects.toMatchObject({ error: { code: 'CONFLICT' } });

      // A font added on A, and chosen there for 主题, is set with on B (each has its own local cache folder).
      expect(b.fonts().list().some((f) => f.source === 'user')).toBe(false);
      const thin = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/100Thin/NotoSansSC_100Thin.ttf');
      const [added] = await client.call('fonts.add', { name: '细体.ttf', dataBase64: readFileSync(thin).toString('base64') });
      await client.call('fonts.setStyle', { key: 'zhuti', fontIds: [added!.id] });
      await expect.poll(() => b.fonts().list().some((f) => f.id === added!.id)).toBe(true);
      const bFonts = await bc.call('fonts.list', {});
      await expect.poll(async () => (await bc.call('fonts.list', {})).styles.find((x) => x.key === 'zhuti')!.chosen).toEqual([added!.id]);
      expect(bFonts.fonts.some((f) => f.id === added!.id)).toBe(true);
    } finally {
      a.close();
      b.close();
    }
  });

  it('says which server it could not reach', () => {
    expect(() => new PgDb({ connectionString: 'postgres://banxin@127.0.0.1:1/none', statementTimeoutMs: 1_000 })).toThrow(/ECONNREFUSED|connect/);
  });
});
