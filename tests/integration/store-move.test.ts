import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli';
import { createClient } from '../../shared/api/client';
import { createCore } from '../../electron/core/create-core';
import { PgDb } from '../../electron/store/engine/pg-db';
import { moveStore, tableDigest } from '../../electron/store/move/move-store';
import { STORE_TABLES } from '../../electron/store/move/store-tables';
import { openDatabase } from '../../electron/store/open-database';
import { openPostgres } from '../../electron/store/open-postgres';
import { createDatabaseSql, databaseUrl } from '../../electron/store/postgres-databases';
import type { CliIo } from '../../electron/cli/io';
import { content } from '../support/temp-core';
import { TEST_ENGINE } from '../support/test-engine';

const io = (): CliIo & { out: string; err: string } => {
  const o = { out: '', err: '', stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), readFile: () => Promise.reject(new Error('no files')) };
  return o;
};

const GENERATED = 1000;

// Moving a store between the engines needs a PostgreSQL server: this runs in the integration-pg project.
describe.runIf(TEST_ENGINE === 'postgres')('banxin migrate: a store moved SQLite → PostgreSQL → SQLite comes back equal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'banxin-move-'));
  const original = join(dir, 'desk.db');
  let admin: PgDb;
  let n = 0;
  /** A new empty PostgreSQL database's URL. */
  const freshDatabase = (): string => {
    const name = `move_${process.pid}_${++n}`;
    admin.exec(createDatabaseSql(name));
    return databaseUrl(inject('pgUrl'), name);
  };

  beforeAll(async () => {
    admin = new PgDb({ connectionString: inject('pgUrl'), statementTimeoutMs: 60_000 });
    // The seed page and its demo issue (frames, pages, an issue), 1,000 generated stories, some
    // of them saved again (revisions), a correction, a tag and a lexicon entry.
    expect(await runCli(['demo', '--db', original], io())).toBe(0);
    const core = createCore({ dbPath: original, scheduledBackups: false });
    try {
      const session = core.openSession('in-process');
      const client = createClient((m, p) => session.call(m, p));
      const [adminUser] = await client.call('users.list', {});
      await client.call('session.setUser', { userId: adminUser!.id });
      for (let i = 0; i < GENERATED; i++) {
        const s = await client.call('stories.create', { content: content({ headline: `第${i}号稿件 𠮷`, section: i % 2 ? '要闻' : '经济', body: [{ type: 'paragraph', text: `永康市第${i}次会议强调，高标准农田建设要${'抓紧抓实'.repeat(1 + (i % 5))}。` }] }) });
        if (i % 10 === 0) await client.call('stories.save', { id: s.id, baseRevision: s.revision, content: content({ headline: `第${i}号稿件（改）`, body: [{ type: 'paragraph', text: `改过的第${i}稿。` }] }) });
      }
      const [first] = (await client.call('stories.list', { limit: 1 })).items;
      await client.call('tags.apply', { storyId: first!.id, names: [{ name: '高标准农田', kind: 'topic' }] });
    } finally {
      core.close();
    }
  });
  afterAll(() => {
    admin.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves in and back with every table and every revision hash equal, and the search index rebuilt', async () => {
    const pg = freshDatabase();
    const there = io();
    expect(await runCli(['migrate', '--from', original, '--to', pg], there), there.err).toBe(0);
    const report = JSON.parse(there.out) as { resumed: boolean; tables: Array<{ name: string; rows: number }>; revisionsChecked: number };
    expect(report.resumed).toBe(false);
    expect(report.tables.find((t) => t.name === 'stories')!.rows).toBeGreaterThanOrEqual(GENERATED + 4);
    expect(report.revisionsChecked).toBeGreaterThanOrEqual(GENERATED + GENERATED / 10);

    // The moved store works as a newsroom's: search finds 1-, 2- and 4-character queries, a new story gets a new id.
    const core = createCore({ dbPath: join(dir, 'pg-local.db'), postgres: { connectionString: pg, statementTimeoutMs: 30_000 } });
    try {
      const session = core.openSession('in-process');
      const client = createClient((m, p) => session.call(m, p));
      const [adminUser] = await client.call('users.list', {});
      await client.call('session.setUser', { userId: adminUser!.id });
      for (const q of ['𠮷', '农田', '抓紧抓实', '改过的第10稿']) expect((await client.call('stories.search', { query: q, offset: 0, limit: 5 })).total, q).toBeGreaterThan(0);
      const fresh = await client.call('stories.create', { content: content({ headline: '迁移之后' }) });
      expect(fresh.id).toBeGreaterThan(GENERATED);
    } finally {
      core.close();
    }

    const back = join(dir, 'back.db');
    const home = io();
    const pgAgain = freshDatabase();
    expect(await runCli(['migrate', '--from', original, '--to', pgAgain], io())).toBe(0);
    expect(await runCli(['migrate', '--from', pgAgain, '--to', back], home), home.err).toBe(0);
    const a = openDatabase(original);
    const b = openDatabase(back);
    try {
      for (const t of STORE_TABLES) expect(tableDigest(b, t), t.name).toEqual(tableDigest(a, t));
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses a target that holds data, and names what is there', async () => {
    const pg = freshDatabase();
    expect(await runCli(['migrate', '--from', original, '--to', pg], io())).toBe(0);
    const again = io();
    expect(await runCli(['migrate', '--from', original, '--to', pg], again)).toBe(1);
    expect(again.err).toMatch(/not empty.*stories/);
  });

  it('resumes an interrupted move where it stopped, and will not resume onto a source that changed since', async () => {
    const pg = freshDatabase();
    const source = openDatabase(original);
    const target = openPostgres({ connectionString: pg, statementTimeoutMs: 30_000 });
    let batches = 0;
    try {
      expect(() => moveStore(source, target, { sourceLabel: original, batchRows: 100, afterBatch: () => { if (++batches === 7) throw new Error('power cut'); } })).toThrow('power cut');
    } finally {
      source.close();
      target.close();
    }
    const resumed = io();
    expect(await runCli(['migrate', '--from', original, '--to', pg], resumed), resumed.err).toBe(0);
    expect((JSON.parse(resumed.out) as { resumed: boolean }).resumed).toBe(true);

    // Interrupt another, then change the source: the half-copied target is not continued.
    const pg2 = freshDatabase();
    const s2 = openDatabase(original);
    const t2 = openPostgres({ connectionString: pg2, statementTimeoutMs: 30_000 });
    try {
      expect(() => moveStore(s2, t2, { sourceLabel: original, batchRows: 100, afterBatch: () => { throw new Error('cut'); } })).toThrow('cut');
      s2.write(() => s2.prepare("INSERT INTO audit_log(at, action, entity, detail) VALUES ('2026-12-05T00:00:00Z', 'note', 'database', 'changed after the cut')").run());
    } finally {
      s2.close();
      t2.close();
    }
    const refused = io();
    expect(await runCli(['migrate', '--from', original, '--to', pg2], refused)).toBe(1);
    expect(refused.err).toMatch(/no longer the data it began with/);
  });
});
