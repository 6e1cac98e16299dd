import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli-process';

/**
 * Issue #13 finding 7: the data folder was 0755 and the database 0644, readable by every local
 * account. Run as an operator would — the real CLI in its own process, with the usual umask 022 —
 * and look at what is on disk.
 */
const mode = (p: string): string => (statSync(p).mode & 0o777).toString(8);
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync('/bin/sh', ['-c', 'umask 022 && exec "$0" "$@"', process.execPath, '--import', 'tsx', 'electron/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  expect(r.status, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
}

describe.skipIf(process.platform === 'win32')('private data files', () => {
  it('the default data folder is 0700 and the database, its backups and their folder are for this account only (regression #13.7)', () => {
    dir = mkdtempSync(join(tmpdir(), 'banxin-perm-'));
    const env = { XDG_CONFIG_HOME: join(dir, 'config'), BANXIN_DB: '' };
    cli(['doctor'], env);
    cli(['backup'], env);
    const data = join(dir, 'config', 'Banxin');
    expect(mode(data)).toBe('700');
    expect(mode(join(data, 'banxin.db'))).toBe('600');
    expect(mode(join(data, 'backups'))).toBe('700');
    const backups = readdirSync(join(data, 'backups'));
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) expect(mode(join(data, 'backups', b)), b).toBe('600');
    for (const f of readdirSync(data)) if (statSync(join(data, f)).isFile()) expect(mode(join(data, f)), f).toBe('600');
  });

  it('what an older version left readable is tightened at the next start', () => {
    dir = mkdtempSync(join(tmpdir(), 'banxin-perm-'));
    const env = { XDG_CONFIG_HOME: join(dir, 'config'), BANXIN_DB: '' };
    cli(['doctor'], env);
    const data = join(dir, 'config', 'Banxin');
    mkdirSync(join(data, 'exports', '2026-12-04'), { recursive: true });
    writeFileSync(join(data, 'exports', 'old.pdf'), '%PDF');
    chmodSync(data, 0o755);
    chmodSync(join(data, 'banxin.db'), 0o644);
    chmodSync(join(data, 'exports'), 0o755);
    chmodSync(join(data, 'exports', 'old.pdf'), 0o644);
    cli(['doctor'], env);
    expect(mode(data)).toBe('700');
    expect(mode(join(data, 'banxin.db'))).toBe('600');
    expect(mode(join(data, 'exports'))).toBe('700');
    expect(mode(join(data, 'exports', 'old.pdf'))).toBe('600');
  });

  it('a --db in a folder Banxin did not create leaves that folder as it was, and a new one is 0700', () => {
    dir = mkdtempSync(join(tmpdir(), 'banxin-perm-'));
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o755);
    cli(['doctor', '--db', join(shared, 'banxin.db')]);
    expect(mode(shared)).toBe('755');
    expect(mode(join(shared, 'banxin.db'))).toBe('600');
    cli(['doctor', '--db', join(shared, 'new', 'deeper', 'banxin.db')]);
    expect(mode(join(shared, 'new'))).toBe('700');
    expect(mode(join(shared, 'new', 'deeper'))).toBe('700');
    expect(existsSync(join(shared, 'new', 'deeper', 'banxin.db'))).toBe(true);
  });
});
