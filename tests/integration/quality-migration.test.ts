import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/store/migrations';
import { migrate, openDatabase, readPragmas } from '../../electron/store/open-database';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-mig-quality-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const QUALITY = MIGRATIONS.find((m) => m.name === 'quality')!;

describe('migration: the 质检员 role and 质检 marks', () => {
  it('opens an older database, keeps every account with its password, PIN, lock and history, and then takes the new role', () => {
    const path = join(dir, 'old.db');
    const db0 = SqliteDb.file(path);
    db0.pragma('foreign_keys = ON');
    migrate(db0, MIGRATIONS.filter((m) => m.version < QUALITY.version));
    const add = db0.prepare('INSERT INTO users(name, display_name, role, created_at, password_hash, pin_hash, active, failed_attempts, locked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    add.run('admin', '管理员', 'admin', '2026-01-01', 'scrypt$a', null, 1, 0, null);
    add.run('li', '李梦楚', 'reporter', '2026-01-02', 'scrypt$b', 'scrypt$pin', 1, 3, '2026-01-03T00:00:00.000Z');
    add.run('old', '老张', 'proofreader', '2026-01-04', null, null, 0, 0, null);
    expect(() => add.run('qc', '质检王', 'quality-checker', 'x', null, null, 1, 0, null)).toThrow(/CHECK/);
    db0.prepare("INSERT INTO stories(headline, body_json, owner_id, created_at, updated_at) VALUES ('绘蓝图', '[]', 2, 'x', 'x')").run();
    db0.prepare("INSERT INTO audit_log(at, user_id, action, entity, entity_id) VALUES ('x', 2, 'story.create', 'story', 1)").run();
    db0.prepare("INSERT INTO sign_in_sessions(user_id, token_hash, created_at, last_seen_at) VALUES (2, 'h', 'x', 'x')").run();
    const before = db0.prepare('SELECT * FROM users ORDER BY id').all();
    db0.close();

    const db = openDatabase(path);
    expect(db.prepare('SELECT * FROM users ORDER BY id').all()).toEqual(before);
    // Foreign keys are back on, and the rows pointing at users still find them.
    expect(readPragmas(db).foreignKeys).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT u.name FROM stories s JOIN users u ON u.id = s.owner_id').get()).toEqual({ name: 'li' });
    expect(db.prepare('SELECT count(*) AS n FROM sign_in_sessions s JOIN users u ON u.id = s.user_id').get()).toEqual({ n: 1 });
    // The new role is allowed, an unknown one still is not, display names stay unique.
    db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('qc', '质检王', 'quality-checker', 'x')").run();
    expect(() => db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('x', '某某', 'janitor', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('li2', '李梦楚', 'editor', 'x')").run()).toThrow(/UNIQUE/);
    // With foreign keys on again, a 质检 mark must name a real story, issue and author.
    expect(() => db.prepare("INSERT INTO quality_marks(story_id, issue_id, revision, start, end, original, error_class, author_id, created_at) VALUES (1, 99, 1, 0, 1, 'x', 'B', 4, 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
