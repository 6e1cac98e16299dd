import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from '../support/cli-process';

/**
 * Issue #13 finding 7: `xdg-open URL?token=…` put the per-run token in a command line, which every
 * local account can read from the process list. The browser opener here is a script earlier on
 * PATH that writes down the command line it was given — exactly what `ps` would have shown.
 */
const dir = mkdtempSync(join(tmpdir(), 'banxin-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(process.platform !== 'linux')('opening the browser in browser mode', () => {
  it('passes a one-time code, never the token, on the command line; the code buys the cookie once (regression #13.7)', async () => {
    const bin = join(dir, 'bin');
    const argvFile = join(dir, 'argv.txt');
    const staticDir = join(dir, 'static');
    for (const d of [bin, staticDir]) rmSync(d, { recursive: true, force: true });
    mkdirSync(bin);
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${argvFile}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const cli = await startCli(['serve', '--port', '0', '--db', join(dir, 'banxin.db')], /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+)/, {
      PATH: `${bin}:${process.env.PATH}`,
      CI: '',
      BANXIN_RENDERER_DIR: staticDir,
    });
    try {
      const port = Number(cli.ready[1]);
      const token = cli.ready[2]!;
      await expect.poll(() => existsSync(argvFile) && readFileSync(argvFile, 'utf8').includes('\n')).toBe(true);
      const argv = readFileSync(argvFile, 'utf8').trim();
      expect(argv).not.toContain(token);
      const m = /^http:\/\/127\.0\.0\.1:(\d+)\/\?code=([0-9a-f]{32})$/.exec(argv);
      expect(m, argv).not.toBeNull();
      expect(Number(m![1])).toBe(port);
      const first = await get(port, `/?code=${m![2]}`);
      expect(first.status).toBe(303);
      expect(first.headers.location).toBe('/');
      expect(String(first.headers['set-cookie'])).toBe(`banxin_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
      expect((await get(port, '/', { cookie: `banxin_token=${token}` })).status).toBe(200);
      // What a second reader of the process list would try: the code is spent.
      expect((await get(port, `/?code=${m![2]}`)).status).toBe(403);
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
    }
  });
});
