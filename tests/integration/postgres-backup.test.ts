import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../electron/cli';
import type { CliIo } from '../../electron/cli/io';
import { PgDb } from '../../electron/store/engine/pg-db';
import { tableDigest } from '../../electron/store/move/move-store';
import { STORE_TABLES } from '../../electron/store/move/store-tables';
import { openPostgres } from '../../electron/store/open-postgres';
import { createDatabaseSql, databaseUrl } from '../../electron/store/postgres-databases';
import { content, tempCore, type TempCore } from '../support/temp-core';
import { TEST_ENGINE } from '../support/test-engine';

const io = (): CliIo & { out: string; err: string } => {
  const o = { out: '', err: '', stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), readFile: () => Promise.reject(new Error('no files')) };
  return o;
};

// The restore drill: a newsroom's PostgreSQL store backed up with `banxin backup --pg`, restored
// with `banxin restore --pg` into an empty database, and compared table by table.
describe.runIf(TEST_ENGINE === 'postgres')('backups on PostgreSQL: pg_dump, verified by a restore; the restore drill', () => {
  let t: TempCore;
  let out: string;
  let admin: PgDb;
  const url = (): string => t.store.postgres!.connectionString;
  const emptyDatabase = (name: string): string => {
    admin.exec(createDatabaseSql(name));
    return databaseUrl(inject('pgUrl'), name);
  };

  beforeAll(async () => {
    t = await tempCore();
    out = mkdtempSync(join(tmpdir(), 'banxin-pgdump-'));
    admin = new PgDb({ connectionString: inject('pgUrl'), statementTimeoutMs: 60_000 });
    for (let i = 0; i < 30; i++) {
      const s = await t.client.call('stories.create', { content: content({ headline: `备份演练第${i}篇`, body: [{ type: 'paragraph', text: `第${i}篇正文，𠮷。` }] }) });
      await t.client.call('stories.save', { id: s.id, baseRevision: s.revision, content: content({ headline: `备份演练第${i}篇（二稿）` }) });
    }
  });
  afterAll(() => {
    admin.close();
    t.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  it('backs up, verifies by restoring into a scratch database, and the drill restores an equal store', async () => {
    const made = io();
    expect(await runCli(['backup', '--pg', url(), '--out', out, '--json'], made), made.err).toBe(0);
    const report = JSON.parse(made.out) as { path: string; bytes: number; verified: { schemaVersion: number; rows: Record<string, number> } };
    expect(existsSync(report.path)).toBe(true);
    expect(report.verified.rows['stories']).toBe(30);
    expect(report.verified.rows['revisions']).toBe(60);
    // The scratch database is gone, and no temp file is left beside the dump.
    expect((admin.prepare("SELECT count(*) AS n FROM pg_database WHERE datname LIKE 'banxin_verify_%'").get() as { n: number }).n).toBe(0);
    expect(readdirSync(out)).toEqual([report.path.split('/').at(-1)]);

    const target = emptyDatabase(`drill_${process.pid}`);
    const restored = io();
    expect(await runCli(['restore', report.path, '--pg', target], restored), restored.err).toBe(0);
    const a = openPostgres(t.store.postgres!);
    const b = openPostgres({ connectionString: target, statementTimeoutMs: 30_000 });
    try {
      for (const table of STORE_TABLES) expect(tableDigest(b, table), table.name).toEqual(tableDigest(a, table));
    } finally {
      a.close();
      b.close();
    }

    // A restore never writes over a store: the drill's database now holds one.
    const again = io();
    expect(await runCli(['restore', report.path, '--pg', target], again)).toBe(1);
    expect(again.err).toMatch(/already holds a Banxin store/);
  });

  it('reports a file that is not a dump, and leaves the target empty', async () => {
    const junk = join(out, 'junk.dump');
    writeFileSync(junk, 'PGDMP but not really');
    const target = emptyDatabase(`junk_${process.pid}`);
    const r = io();
    expect(await runCli(['restore', junk, '--pg', target], r)).toBe(1);
    expect(r.err).toMatch(/restore failed and the target is unchanged/);
    const probe = new PgDb({ connectionString: target, statementTimeoutMs: 30_000 });
    try {
      expect((probe.prepare("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'").get() as { n: number }).n).toBe(0);
    } finally {
      probe.close();
    }
  });
});
