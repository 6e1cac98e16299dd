// R6: every migration, with a failure injected after each of its statements (including the
// last): the database is exactly the old version — schema and data — and opens, both
// with the old build and with the full migration list.
import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, LATEST_SCHEMA_VERSION, type Migration } from '../../electron/store/migrations';
import { migrate, openDatabase, schemaVersion } from '../../electron/store/open-database';
import { encodeJpeg, withExifOrientation } from '../support/test-images';
import { schemaOf } from './reliability-invariants';

const PORTRAIT = withExifOrientation(encodeJpeg(48, 32, 3, () => [200, 120, 40]), 6);

/** Split migration SQL into statements: quotes, comments, and trigger/CASE bodies (BEGIN…END) respected. */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = sql.indexOf(ch, i + 1);
      cur += sql.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      continue;
    }
    const word = /^[A-Za-z_]+/.exec(sql.slice(i))?.[0];
    if (word && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? ' ')) {
      const w = word.toUpperCase();
      if (w === 'BEGIN' || w === 'CASE') depth++;
      if (w === 'END') depth--;
      cur += word;
      i += word.length;
      continue;
    }
    cur += ch;
    i++;
    if (ch === ';' && depth === 0) {
      if (cur.trim() !== ';') out.push(cur.trim());
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

let work: string;
const bases = new Map<number, string>();
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'banxin-migfault-'));
  // A database at every version below the latest, with rows in it so data migrations have work.
  for (const m of MIGRATIONS) {
    const from = m.version - 1;
    const path = join(work, `base-${from}.db`);
    const db = SqliteDb.file(path);
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS.filter((x) => x.version <= from));
    if (from >= 1) {
      db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('li', '李梦楚', 'reporter', 'x')").run();
      for (let i = 0; i < 20; i++) db.prepare("INSERT INTO stories(headline, body_json, owner_id, created_at, updated_at) VALUES (?, ?, 1, 'x', 'x')").run(`稿${i}`, JSON.stringify([{ type: 'paragraph', text: `𠮷野家${i}` }]));
    }
    if (from >= 7) {
      // A phone portrait stored with the sensor's (sideways) size, for the upright-images migration.
      db.prepare("INSERT INTO images(name, format, width, height, components, bit_depth, byte_length, hash, data, created_at) VALUES ('p.jpg', 'jpeg', 48, 32, 3, 8, ?, 'h', ?, 'x')").run(PORTRAIT.length, PORTRAIT);
    }
    db.close();
    bases.set(from, path);
  }
});

const dump = (db: SqliteDb) => JSON.stringify({
  schema: schemaOf(db),
  version: schemaVersion(db),
  stories: db.prepare("SELECT * FROM sqlite_master WHERE name = 'stories'").get() ? db.prepare('SELECT id, headline, body_json FROM stories ORDER BY id').all() : [],
  images: db.prepare("SELECT * FROM sqlite_master WHERE name = 'images'").get() ? db.prepare('SELECT id, width, height FROM images ORDER BY id').all() : [],
});

describe('migrations under fault injection at every statement', () => {
  it('the splitter keeps trigger bodies whole', () => {
    expect(splitStatements("CREATE TABLE a(x); CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no; really') END; END; -- c;\nINSERT INTO a VALUES ('x;y');")).toEqual([
      'CREATE TABLE a(x);',
      "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no; really') END; END;",
      "INSERT INTO a VALUES ('x;y');",
    ]);
  });

  for (const m of MIGRATIONS) {
    it(`migration ${m.version} (${m.name}): a fault after any statement leaves exactly version ${m.version - 1}, which opens`, () => {
      const statements = splitStatements(m.sql);
      // A data-only migration has no statement to fault after; its data step is faulted below.
      expect(statements.length > 0 || m.data !== undefined).toBe(true);
      const base = bases.get(m.version - 1)!;
      const before = (() => {
        const db = SqliteDb.file(base, { readonly: true });
        const d = dump(db);
        db.close();
        return d;
      })();
      const older = MIGRATIONS.filter((x) => x.version < m.version);
      // k = number of statements that succeed before the fault; k = n is a fault after the last
      // statement, just before the data backfill and the version bump would commit.
      const faults: Migration[] = [];
      for (let k = 0; k <= statements.length; k++) faults.push({ ...m, sql: [...statements.slice(0, k), 'INSERT INTO __injected_fault__ VALUES (1);'].join('\n') });
      // A fault after the data step has rewritten every row, just before the version bump.
      const data = m.data;
      if (data) faults.push({ ...m, data: (db) => { data(db); throw new Error('__injected_fault__'); } });
      for (const [k, faulty] of faults.entries()) {
        const path = join(work, `m${m.version}-k${k}.db`);
        copyFileSync(base, path);
        expect(() => openDatabase(path, { migrations: [...older, faulty] })).toThrow(/__injected_fault__/);
        const raw = SqliteDb.file(path);
        expect(dump(raw)).toBe(before);
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
        raw.close();
        // The old build still opens it; the real migrations then bring it to the latest version.
        if (older.length > 0) openDatabase(path, { migrations: older }).close();
        const db = openDatabase(path);
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        db.close();
        rmSync(path, { force: true });
      }
    });
  }
});
