import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../store/open-database';
import { sqliteOf } from '../store/engine/sqlite-db';
import { writeZip, type ZipEntry } from './zip-writer';

/** One file of the archive's manifest. */
export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/** The manifest written as `manifest.json` at the root of the archive. */
export interface ArchiveManifest {
  format: 'banxin-issue-archive';
  version: 1;
  createdAt: string;
  appVersion: string;
  issue: { id: number; date: string; paperName: string; number: number; totalNumber: number };
  files: ManifestEntry[];
}

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/**
 * A consistent snapshot of the live database: SQLite's online backup (better-sqlite3 `db.backup`)
 * copies a single point in time even while other connections write.
 */
export async function snapshotDatabase(db: Db): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'banxin-snap-'));
  try {
    const path = join(dir, 'snapshot.db');
    await sqliteOf(db, 'The archive snapshot').backup(path);
    return await readFile(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The whole-issue archive: the database snapshot, the PDFs, the e-paper, the NewsML-G2 items and
 * `manifest.json` listing every other file with its size and SHA-256.
 */
export function buildArchive(files: ReadonlyArray<{ path: string; data: Buffer }>, meta: Omit<ArchiveManifest, 'format' | 'version' | 'files'>): { zip: Buffer; manifest: ArchiveManifest } {
  const manifest: ArchiveManifest = {
    format: 'banxin-issue-archive',
    version: 1,
    ...meta,
    files: files.map((f) => ({ path: f.path, bytes: f.data.length, sha256: sha256(f.data) })),
  };
  const date = new Date(meta.createdAt);
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8'), date },
    // PNGs and PDFs are compressed already; deflating them again only costs time.
    ...files.map((f) => ({ name: f.path, data: f.data, date, store: /\.(png|jpe?g|zip)$/i.test(f.path) })),
  ];
  return { zip: writeZip(entries), manifest };
}
