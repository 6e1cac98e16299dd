import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../electron/cli/demo-command';
import { exportCommand } from '../../electron/cli/export-command';
import { readZip, type ZipReadEntry } from '../../electron/export/zip-writer';
import type { ArchiveManifest } from '../../electron/export/archive';

let dir: string;
let entries: ZipReadEntry[];
const quiet = { stdout: () => undefined, stderr: () => undefined, readFile: async () => '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-export-archive-'));
  const db = join(dir, 'banxin.db');
  expect(await demoCommand(['--db', db], quiet)).toBe(0);
  expect(await exportCommand(['--db', db, '--issue', 'latest', '--archive', join(dir, 'issue.zip'), '--proof', join(dir, 'proof.pdf')], quiet)).toBe(0);
  entries = readZip(readFileSync(join(dir, 'issue.zip')));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('issue archive', () => {
  it('passes unzip -t and holds the snapshot, PDFs, e-paper, NewsML and the manifest', () => {
    expect(execFileSync('unzip', ['-t', join(dir, 'issue.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const names = entries.map((e) => e.name);
    for (const n of ['manifest.json', 'banxin.db', 'pdf/print.pdf', 'pdf/proof.pdf', 'epaper/index.html', 'epaper/page-1.html', 'newsml/story-1.xml']) expect(names).toContain(n);
  });

  it('lists every other file in the manifest with its SHA-256 and size', () => {
    const manifest = JSON.parse(entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8')) as ArchiveManifest;
    expect(manifest.issue).toMatchObject({ date: '2025-01-04', paperName: '永康日报' });
    const rest = entries.filter((e) => e.name !== 'manifest.json');
    expect(manifest.files.map((f) => f.path)).toEqual(rest.map((e) => e.name));
    for (const e of rest) {
      const m = manifest.files.find((f) => f.path === e.name)!;
      expect(m.sha256).toBe(createHash('sha256').update(e.data).digest('hex'));
      expect(m.bytes).toBe(e.data.length);
    }
  });

  it('carries a consistent SQLite snapshot with the issue and its stories', () => {
    const path = join(dir, 'snap.db');
    writeFileSync(path, entries.find((e) => e.name === 'banxin.db')!.data);
    const db = SqliteDb.file(path, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT paper_name AS p FROM issues').get() as { p: string }).p).toBe('永康日报');
      expect((db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n).toBe(4);
    } finally {
      db.close();
    }
  });
});
