import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { DatabaseOpenError, migrate, openDatabase, readPragmas, schemaVersion } from '../../electron/store/open-database';
import { indexStory } from '../../electron/store/search-index';
import { searchStoryIds } from '../../electron/store/search-repo';
import { encodeJpeg, withExifOrientation } from '../support/test-images';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-mig-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tables = (db: SqliteDb): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);

describe('store: opening and migrations', () => {
  it('creates a fresh database at the latest version with WAL, synchronous=FULL and foreign keys, read back', () => {
    const db = openDatabase(join(dir, 'fresh.db'));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(readPragmas(db)).toEqual({ journalMode: 'wal', synchronous: 'FULL', foreignKeys: true });
    expect(tables(db)).toEqual(['audit_log', 'corrections', 'edit_leases', 'frames', 'images', 'issues', 'lexicon_disabled_defaults', 'lexicon_entries', 'page_tags', 'pages', 'quality_marks', 'reviews', 'revisions', 'settings', 'sign_in_sessions', 'stories', 'story_tags', 'tag_df', 'tag_doc_terms', 'tag_rejections', 'tags', 'user_fonts', 'users']);
    db.close();
  });

  it('sets synchronous=FULL again on reopen (better-sqlite3 would reopen WAL with NORMAL)', () => {
    const path = join(dir, 'reopen.db');
    openDatabase(path).close();
    const raw = SqliteDb.file(path);
    expect(Number(raw.pragma('synchronous', { simple: true }))).not.toBe(2);
    raw.close();
    const db = openDatabase(path);
    expect(readPragmas(db).synchronous).toBe('FULL');
    db.close();
  });

  for (const from of MIGRATIONS.map((m) => m.version - 1)) {
    it(`upgrades from schema version ${from} keeping data, and search finds pre-existing stories`, () => {
      const path = join(dir, `from-${from}.db`);
      const db0 = SqliteDb.file(path);
      migrate(db0, MIGRATIONS.filter((m) => m.version <= from));
      expect(schemaVersion(db0)).toBe(from);
      if (from >= 1) {
        db0.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('li', '李梦楚', 'reporter', 'x')").run();
        db0.prepare(
          "INSERT INTO stories(headline, body_json, owner_id, created_at, updated_at) VALUES ('绘蓝图', ?, 1, 'x', 'x')",
        ).run(JSON.stringify([{ type: 'paragraph', text: '全会深入贯彻𠮷野家永康精神' }]));
        // From version 2 on, stories are indexed when written, as the repository does.
        if (from >= 2) indexStory(db0, 1, '绘蓝图\n全会深入贯彻𠮷野家永康精神');
      }
      db0.close();
      const db = openDatabase(path);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      if (from >= 1) {
        expect(searchStoryIds(db, '永康', 0, 10).ids).toEqual([1]);
        expect(searchStoryIds(db, '永', 0, 10).ids).toEqual([1]);
        expect(searchStoryIds(db, '深入贯彻', 0, 10).ids).toEqual([1]);
        expect(searchStoryIds(db, '𠮷野', 0, 10).ids).toEqual([1]);
      }
      db.close();
    });
  }

  it('refuses a database written by a newer Banxin instead of guessing', () => {
    const path = join(dir, 'newer.db');
    const raw = SqliteDb.file(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
  });

  it('a failing migration leaves the database exactly at the old version', () => {
    const path = join(dir, 'fail.db');
    openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) }).close();
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE half(x); INSERT INTO nowhere VALUES (1);' }];
    expect(() => openDatabase(path, { migrations: broken })).toThrow();
    const db = SqliteDb.file(path);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
    db.close();
  });

  it('refuses a file that is not a database with a clear error', () => {
    const path = join(dir, 'garbage.db');
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    expect(() => openDatabase(path)).toThrow(/not a SQLite database|damaged|file is not a database/);
  });

  it('turns pictures stored sideways upright (version 8), leaving upright and unreadable ones as they were', () => {
    const path = join(dir, 'pictures.db');
    const db7 = SqliteDb.file(path);
    migrate(db7, MIGRATIONS.filter((m) => m.version <= 7));
    const insert = db7.prepare(
      "INSERT INTO images(name, format, width, height, components, bit_depth, byte_length, hash, data, created_at) VALUES (?, 'jpeg', ?, ?, 3, 8, ?, ?, ?, 'x')",
    );
    // A phone portrait: the sensor's 48 × 32 rows with orientation 6 (turn 90°), stored as 48 × 32.
    const portrait = withExifOrientation(encodeJpeg(48, 32, 3, () => [200, 120, 40]), 6);
    insert.run('portrait.jpg', 48, 32, portrait.length, 'a', portrait);
    // Imported by a Banxin that already read the tag: upright already.
    insert.run('upright.jpg', 32, 48, portrait.length, 'b', portrait);
    // A plain landscape and bytes that no longer parse.
    const plain = encodeJpeg(40, 24, 3, () => [10, 20, 30]);
    insert.run('plain.jpg', 40, 24, plain.length, 'c', plain);
    insert.run('broken.jpg', 7, 9, 4, 'd', Buffer.from([0xff, 0xd8, 0xff, 0x00]));
    db7.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name, width, height FROM images ORDER BY id').all()).toEqual([
      { name: 'portrait.jpg', width: 32, height: 48 },
      { name: 'upright.jpg', width: 32, height: 48 },
      { name: 'plain.jpg', width: 40, height: 24 },
      { name: 'broken.jpg', width: 7, height: 9 },
    ]);
    db.close();
  });
});
