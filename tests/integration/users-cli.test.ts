import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { runCli } from '../../electron/cli';
import type { CliIo } from '../../electron/cli/io';
import { createCore } from '../../electron/core/create-core';
import { storeArgs, storeOptions, testStore, type TestStore } from '../support/test-engine';

let dir: string;
let store: TestStore;
/** `--db PATH`, and `--pg URL` when the suite runs on PostgreSQL. */
let db: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-users-'));
  store = testStore(dir);
  db = storeArgs(store);
});
afterEach(() => {
  store.drop();
  rmSync(dir, { recursive: true, force: true });
});

function io(stdin: string): CliIo & { out: string; err: string } {
  const o = {
    out: '', err: '',
    stdout: (s: string) => void (o.out += s),
    stderr: (s: string) => void (o.err += s),
    readFile: () => Promise.reject(new Error('no files here')),
    readStdinLine: () => Promise.resolve(stdin.split('\n')[0]!),
  };
  return o;
}

/** Sign in on a newsroom-server connection to the same database, as the server would. */
async function signIn(name: string, password: string): Promise<string> {
  const core = createCore({ ...storeOptions(store), scheduledBackups: false });
  try {
    const s = core.openSession('websocket', { requireSignIn: true, address: '127.0.0.1' });
    const r = await createClient((m, p) => s.call(m, p)).call('session.signIn', { name, password }).then((x) => x.user.name, (e: { error: { code: string } }) => e.error.code);
    return r;
  } finally {
    core.close();
  }
}

describe('banxin users: accounts from the server’s shell, passwords on standard input', () => {
  it('adds an account with the password piped into a real process (first line only), and it signs in with it', async () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'users', 'add', '--name', 'lmc', '--display', '李梦楚', '--role', 'reporter', ...db], {
      input: 'correct horse 电池\nsecond line is not the password\n',
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'lmc', displayName: '李梦楚', role: 'reporter' });
    expect(await signIn('lmc', 'correct horse 电池')).toBe('lmc');
    expect(await signIn('lmc', 'second line is not the password')).toBe('SIGN_IN_FAILED');
  });

  it('sets a new password with passwd, lists accounts without hashes, and refuses short passwords and unknown roles', async () => {
    const add = io('first-password\n');
    expect(await runCli(['users', 'add', '--name', 'xtt', '--display', '徐婷婷', '--role', 'editor', ...db], add)).toBe(0);
    expect(await runCli(['users', 'passwd', 'admin', ...db], io('admin-password-1\n'))).toBe(0);
    const passwd = io('second-password\n');
    expect(await runCli(['users', 'passwd', 'xtt', ...db], passwd)).toBe(0);
    expect(passwd.out).toContain('xtt');
    expect(await signIn('xtt', 'first-password')).toBe('SIGN_IN_FAILED');
    expect(await signIn('xtt', 'second-password')).toBe('xtt');
    expect(await signIn('admin', 'admin-password-1')).toBe('admin');

    const list = io('');
    expect(await runCli(['users', 'list', ...db], list)).toBe(0);
    const accounts = JSON.parse(list.out) as Array<{ name: string; hasPassword: boolean; active: boolean }>;
    expect(accounts.map((a) => [a.name, a.hasPassword, a.active])).toEqual([['admin', true, true], ['xtt', true, true]]);
    expect(list.out).not.toContain('scrypt');

    const short = io('short\n');
    expect(await runCli(['users', 'passwd', 'xtt', ...db], short)).toBe(2);
    expect(short.err).toContain('至少 8 个字符');
    expect(await runCli(['users', 'add', '--name', 'q', '--display', 'Q', '--role', 'boss', ...db], io('long-enough-1\n'))).toBe(2);
    const nobody = io('long-enough-1\n');
    expect(await runCli(['users', 'passwd', 'nobody', ...db], nobody)).toBe(1);
    expect(nobody.err).toContain('nobody');
    const dupe = io('long-enough-1\n');
    expect(await runCli(['users', 'add', '--name', 'xtt2', '--display', '徐婷婷', '--role', 'editor', ...db], dupe)).toBe(1);
    expect(dupe.err).toContain('显示名');
  });
});
