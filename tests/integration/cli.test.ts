import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';

const ROOT = resolve(__dirname, '../..');
const SEED = resolve(ROOT, '../shared/seed/000_482dc2148900315e.txt');
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readFile: async (p) => (await import('node:fs/promises')).readFile(p, 'utf8') });
  return { code, out, err };
}

describe('CLI', () => {
  it('`npm run --silent cli -- doctor` exits 0 and prints synchronous FULL (real process)', () => {
    const db = join(dir, 'doctor.db');
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'doctor', '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^synchronous\s+FULL$/m);
    expect(r.stdout).toMatch(/^journal_mode\s+wal$/m);
    expect(r.stdout).toContain(db);
    expect(r.stdout).toContain('Noto Serif SC');
  });

  it('import prints the created stories with every headline field; search finds them', async () => {
    const db = join(dir, 'import.db');
    const r = await cli('import', SEED, '--db', db);
    expect(r.code, r.err).toBe(0);
    const [file] = JSON.parse(r.out) as Array<{ stories: Array<{ id: number; headline: string; subhead: string; kicker: string; byline: string }> }>;
    expect(file!.stories.map((s) => s.headline)).toEqual(['绘蓝图 明任务 聚共识 擂战鼓', '把握四方面认识 推动高质量发展', '推动职业教育发展 培养高技能人才', '社会主义核心价值观']);
    expect(file!.stories[2]!.kicker).toBe('金华市人大代表永康中心组第二小组开展会前视察活动');
    const s = await cli('search', '大陈村', '--db', db, '--json');
    expect((JSON.parse(s.out) as { items: Array<{ story: { id: number } }> }).items.map((h) => h.story.id)).toEqual([file!.stories[0]!.id]);
  });

  it('refuses a bad import with a Chinese message and a non-zero exit, storing nothing', async () => {
    const db = join(dir, 'bad.db');
    const r = await cli('import', join(dir, 'missing.txt'), '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.txt');
  });

  it('demo builds the sample front page from a fresh database with no overset', async () => {
    const r = await cli('demo', '--db', join(dir, 'demo.db'));
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { frontPage: { frames: number; warnings: unknown[] }; stories: Array<{ kind: string }> };
    expect(out.frontPage.warnings).toEqual([]);
    expect(out.stories.map((s) => s.kind)).toEqual(['article', 'commentary', 'article', 'box']);
  });

  it('fonts: add a font file, choose it for 主题, list the choice, go back to the default; junk is refused', async () => {
    const db = join(dir, 'fonts.db');
    const thin = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/100Thin/NotoSansSC_100Thin.ttf');
    const added = await cli('fonts', 'add', thin, '--db', db);
    expect(added.code, added.err).toBe(0);
    expect(JSON.parse(added.out)).toEqual([expect.objectContaining({ id: 'user-notosanssc-thin', source: 'user' })]);
    const set = await cli('fonts', 'set', 'zhuti', 'user-notosanssc-thin', 'noto-serif-sc-900', '--db', db);
    expect(set.code, set.err).toBe(0);
    const list = JSON.parse((await cli('fonts', 'list', '--db', db)).out) as { styles: Array<{ key: string; chosen: string[] | null }> };
    expect(list.styles.find((s) => s.key === 'zhuti')!.chosen).toEqual(['user-notosanssc-thin', 'noto-serif-sc-900']);
    expect((await cli('fonts', 'set', 'zhuti', '--default', '--db', db)).code).toBe(0);
    expect((JSON.parse((await cli('fonts', 'list', '--db', db)).out) as typeof list).styles.find((s) => s.key === 'zhuti')!.chosen).toBeNull();
    const junk = await cli('fonts', 'add', SEED, '--db', db);
    expect(junk.code).toBe(1);
    expect(junk.err).toContain('只接受 .ttf');
    expect((await cli('fonts', 'set', 'nosuchstyle', 'x', '--db', db)).code).toBe(2);
  });

  it('prints usage for an unknown command', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('doctor');
  });
});
