import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/store/migrations';
import { migrate, openDatabase } from '../../electron/store/open-database';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-mig-accounts-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ACCOUNTS = MIGRATIONS.find((m) => m.name === 'accounts')!;

describe('migration: accounts', () => {
  it('keeps every user and their history, makes duplicate display names distinct (the earliest keeps its name), and then enforces uniqueness', () => {
    const path = join(dir, 'old.db');
    const db0 = SqliteDb.file(path);
    migrate(db0, MIGRATIONS.filter((m) => m.version < ACCOUNTS.version));
    const add = db0.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES (?, ?, 'reporter', 'x')");
    for (const [name, display] of [['admin', '管理员'], ['li1', '李梦楚'], ['xu', '徐婷婷'], ['li2', '李梦楚'], ['li3', '李梦楚']]) add.run(name, display);
    db0.prepare("INSERT INTO audit_log(at, user_id, action, entity, entity_id) VALUES ('x', 4, 'story.create', 'story', 1)").run();
    db0.close();

    const db = openDatabase(path);
    const users = db.prepare('SELECT name, display_name AS d, active, password_hash AS p FROM users ORDER BY id').all();
    expect(users).toEqual([
      { name: 'admin', d: '管理员', active: 1, p: null },
      { name: 'li1', d: '李梦楚', active: 1, p: null },
      { name: 'xu', d: '徐婷婷', active: 1, p: null },
      { name: 'li2', d: '李梦楚（li2）', active: 1, p: null },
      { name: 'li3', d: '李梦楚（li3）', active: 1, p: null },
    ]);
    expect(db.prepare('SELECT address FROM audit_log').get()).toEqual({ address: '' });
    expect(() => db.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('li4', '李梦楚', 'editor', 'x')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
