import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/store/migrations';
import { migrate, openDatabase, readPragmas, schemaVersion } from '../../electron/store/open-database';
import { indexStory } from '../../electron/store/search-index';
import { searchStoryIds } from '../../electron/store/search-repo';
import { insertId } from '../../electron/store/write';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-mig-kinds-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const KINDS = MIGRATIONS.find((m) => m.name === 'story-kinds')!;

type Master = { type: string; name: string; tbl_name: string; sql: string | null };
/** Everything in the schema that belongs to or names `stories`, as SQLite stores it. */
const storiesSchema = (db: SqliteDb): Master[] =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name = 'stories' OR sql LIKE '%stories%' ORDER BY type, name").all() as Master[];

describe('migration 12: 简讯, 图片说明 and 通知 as story kinds', () => {
  it('keeps every story with its id, columns, index entries, tags, corrections, revisions and frames, and then accepts the new kinds', () => {
    expect(KINDS.version).toBe(12);
    const path = join(dir, 'v11.db');
    const db0 = SqliteDb.file(path);
    db0.pragma('foreign_keys = ON');
    migrate(db0, MIGRATIONS.filter((m) => m.version < KINDS.version));
    expect(schemaVersion(db0)).toBe(11);
    db0.prepare("INSERT INTO users(name, display_name, role, created_at) VALUES ('li', '李梦楚', 'reporter', 'x'), ('wang', '王校对', 'proofreader', 'x')").run();
    const addStory = db0.prepare(
      'INSERT INTO stories(id, kind, kicker, headline, subhead, byline, dateline, section, body_json, status, owner_id, char_count, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // Ids with a gap, so a copy that renumbered them would show.
    addStory.run(3, 'article', '乡村振兴进行时', '高标准农田建设全面开工', '——3.2万亩项目', '', '本报讯', '要闻', JSON.stringify([{ type: 'paragraph', text: '𠮷日，全县高标准农田项目开工。' }]), 'proof-1', 1, 14, 4, '2026-01-01', '2026-01-02');
    addStory.run(7, 'commentary', '', '咬定制造业不放松', '', '本报评论员', '', '评论', '[]', 'signed-off', null, 0, 9, '2026-01-03', '2026-01-04');
    addStory.run(9, 'box', '', '文明新风进万家', '', '', '', '', '[]', 'draft', 1, 0, 0, '2026-01-05', '2026-01-05');
    expect(() => addStory.run(10, 'brief', '', '简讯', '', '', '', '', '[]', 'draft', 1, 0, 0, 'x', 'x')).toThrow(/CHECK/);
    indexStory(db0, 3, '高标准农田建设全面开工');
    indexStory(db0, 7, '咬定制造业不放松');
    const tag = insertId(db0, "INSERT INTO tags(name, kind, created_at, updated_at) VALUES ('高标准农田', 'topic', 'x', 'x')");
    db0.prepare("INSERT INTO story_tags(story_id, tag_id, added_at) VALUES (3, ?, 'x'), (7, ?, 'x')").run(tag, tag);
    db0.prepare("INSERT INTO tag_rejections(story_id, term) VALUES (3, '农田')").run();
    db0.prepare("INSERT INTO revisions(story_id, number, author_id, created_at, content_json, content_hash, char_count) VALUES (3, 1, 1, 'x', '{}', 'h', 14)").run();
    db0.prepare("INSERT INTO corrections(story_id, round, author_id, role, kind, start, end, original, replacement, created_at) VALUES (3, 1, 2, 'proofreader', 'replace', 0, 2, '𠮷', '吉', 'x')").run();
    db0.prepare("INSERT INTO issues(id, date, number, total_number, paper_name, created_at) VALUES (1, '2026-01-05', 1, 1, '某某日报', 'x')").run();
    db0.prepare("INSERT INTO pages(id, issue_id, number) VALUES (1, 1, 1)").run();
    db0.prepare("INSERT INTO frames(page_id, story_id, role, x, y, w, h) VALUES (1, 9, 'box', 0, 0, 10, 10)").run();
    const stories = db0.prepare('SELECT * FROM stories ORDER BY id').all();
    const schema = storiesSchema(db0);
    const pointing = ['story_tags', 'tag_rejections', 'revisions', 'corrections', 'frames'].map((t) => db0.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
    db0.close();

    const db = openDatabase(path, { migrations: MIGRATIONS.filter((m) => m.version <= KINDS.version) });
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT * FROM stories ORDER BY id').all()).toEqual(stories);
    // The same columns, indexes and (no) triggers: only the kind list differs, and SQLite quotes a renamed table's name.
    const widen = (s: Master): Master => ({
      ...s,
      sql: s.name === 'stories' ? (s.sql ?? '').replace("('article','commentary','box')", "('article','commentary','box','brief','caption','notice')").replace('CREATE TABLE stories', 'CREATE TABLE "stories"') : s.sql,
    });
    expect(storiesSchema(db)).toEqual(schema.map(widen));
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'stories_new%'").get()).toEqual({ n: 0 });
    expect(['story_tags', 'tag_rejections', 'revisions', 'corrections', 'frames'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())).toEqual(pointing);
    // Foreign keys are back on and every row still finds its story; the search index still finds them by id.
    expect(readPragmas(db).foreignKeys).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(searchStoryIds(db, '农田建设', 0, 10).ids).toEqual([3]);
    expect(searchStoryIds(db, '制造', 0, 10).ids).toEqual([7]);
    // The new kinds are accepted, an unknown one still is not, and cascades still run.
    for (const [id, kind] of [[20, 'brief'], [21, 'caption'], [22, 'notice']] as const) {
      db.prepare("INSERT INTO stories(id, kind, headline, created_at, updated_at) VALUES (?, ?, '新', 'x', 'x')").run(id, kind);
    }
    expect(db.prepare('SELECT kind FROM stories WHERE id >= 20 ORDER BY id').all()).toEqual([{ kind: 'brief' }, { kind: 'caption' }, { kind: 'notice' }]);
    expect(() => db.prepare("INSERT INTO stories(kind, created_at, updated_at) VALUES ('poem', 'x', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO story_tags(story_id, tag_id, added_at) VALUES (99, ?, 'x')").run(tag)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM stories WHERE id = 3').run();
    expect(db.prepare('SELECT count(*) AS n FROM corrections').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM story_tags').get()).toEqual({ n: 1 });
    db.close();
  });
});
