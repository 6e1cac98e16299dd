import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDb } from '../../electron/store/engine/sqlite-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../electron/cli/demo-command';
import { exportCommand } from '../../electron/cli/export-command';
import { usersCommand } from '../../electron/cli/users-command';
import type { CliIo } from '../../electron/cli/io';

let dir: string;
const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');
function io(): CliIo & { out: string; err: string } {
  const o = { out: '', err: '', stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), readFile: async () => '' };
  return o;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-export-cli-'));
  expect(await demoCommand(['--db', join(dir, 'banxin.db')], io())).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export CLI: demo then export --issue latest --pdf front.pdf', () => {
  const pdf = (): string => join(dir, 'front.pdf');

  it('writes the PDF and reports preflight problems (nothing is signed off yet)', async () => {
    const o = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--pdf', pdf()], o)).toBe(0);
    expect(existsSync(pdf())).toBe(true);
    expect(o.err).toMatch(/preflight error: 第1版：《[^》]+》尚未签发/); // each unsigned story named
    expect(JSON.parse(o.out).files).toEqual([expect.objectContaining({ target: 'print', path: pdf() })]);
    // Unsigned pages went out: the CLI records that as the app's override would, as the acting admin.
    expect(o.err).toMatch(/4 篇未签发稿件随印刷\/数字报输出，已记录强制输出（理由：命令行导出，未写理由/);
    const db = SqliteDb.file(join(dir, 'banxin.db'), { readonly: true });
    try {
      const rows = db.prepare("SELECT entity, detail AS reason FROM audit_log WHERE action = 'override.export-unsigned'").all() as Array<{ entity: string; reason: string }>;
      expect(rows.filter((r) => r.entity === 'issue')).toHaveLength(1);
      expect(rows.filter((r) => r.entity === 'story')).toHaveLength(4);
    } finally {
      db.close();
    }
  }, 60_000);

  it('records the given --override-reason, and refuses a --user who may not override', async () => {
    const ok = io();
    const out = join(dir, 'with-reason.pdf');
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--pdf', out, '--override-reason', '样张送印厂试机'], ok)).toBe(0);
    expect(ok.err).toContain('理由：样张送印厂试机');
    const short = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--pdf', join(dir, 'x.pdf'), '--override-reason', '急'], short)).toBe(2);
    expect(short.err).toMatch(/至少两个字/);
    const addReporter = { ...io(), readStdinLine: async () => 'correct horse battery' };
    expect(await usersCommand(['add', '--db', join(dir, 'banxin.db'), '--name', 'reporter1', '--display', '记者小周', '--role', 'reporter'], addReporter)).toBe(0);
    const reporter = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--user', 'reporter1', '--issue', 'latest', '--pdf', join(dir, 'r.pdf'), '--override-reason', '我想先印'], reporter)).toBe(1);
    expect(reporter.err).toMatch(/须由.*决定并写明理由/);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
    // Proofs are not held back: a 大样 of unsigned pages is what proofreading is for.
    const proof = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--proof', join(dir, 'proof.pdf')], proof)).toBe(0);
    expect(proof.err).not.toMatch(/已记录强制输出/);
  }, 60_000);

  it('embeds only subset fonts, no Type 3', () => {
    const rows = run('pdffonts', pdf()).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toMatch(/Type 3/);
      expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes/);
    }
  });

  it('has the broadsheet trim (390 × 540 mm) as TrimBox on 4 pages', () => {
    const info = run('pdfinfo', '-box', pdf());
    expect(info).toMatch(/Pages:\s+4/);
    const trim = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(info)!;
    expect(Number(trim[3]) - Number(trim[1])).toBeCloseTo((390 * 72) / 25.4, 1);
    expect(Number(trim[4]) - Number(trim[2])).toBeCloseTo((540 * 72) / 25.4, 1);
  });

  it('gives the headlines and body in reading order', () => {
    const text = squash(run('pdftotext', '-raw', '-enc', 'UTF-8', '-f', '1', '-l', '1', pdf(), '-'));
    const lead = text.indexOf('绘蓝图明任务聚共识擂战鼓');
    const second = text.indexOf('把握四方面认识推动高质量发展');
    expect(lead).toBeGreaterThan(text.indexOf('永康日报'));
    expect(second).toBeGreaterThan(lead);
    expect(text.indexOf('推动职业教育发展培养高技能人才')).toBeGreaterThan(lead);
  });

  it('--galley writes the 小样 of every story on the issue, each starting its own A4 sheet', async () => {
    const o = io();
    const galley = join(dir, 'galley.pdf');
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--galley', galley], o)).toBe(0);
    expect(JSON.parse(o.out).files).toEqual([expect.objectContaining({ target: 'galley', path: galley })]);
    expect(run('pdfinfo', galley)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const text = squash(run('pdftotext', '-raw', '-enc', 'UTF-8', galley, '-'));
    for (const headline of ['绘蓝图明任务聚共识擂战鼓', '把握四方面认识推动高质量发展', '推动职业教育发展培养高技能人才', '社会主义核心价值观']) {
      expect(text, headline).toContain(`小样《${headline}`);
    }
  }, 60_000);

  it('refuses to overwrite an existing output without --overwrite, and --strict stops on preflight errors', async () => {
    const o = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--pdf', pdf()], o)).toBe(1);
    expect(o.err).toMatch(/output exists/);
    const s = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', 'latest', '--pdf', join(dir, 'x.pdf'), '--strict'], s)).toBe(1);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    const bad = io();
    expect(await exportCommand(['--db', join(dir, 'banxin.db'), '--issue', '999', '--pdf', join(dir, 'y.pdf')], bad)).toBe(2);
  }, 60_000);
});
