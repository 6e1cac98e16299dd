import { describe, expect, it } from 'vitest';
import { isLoopback, parseServerArgs } from '../../../electron/server/server-options';
import { isPlainHost, isSameOrigin } from '../../../electron/server/origin-policy';

describe('newsroom server options', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['localhost', true], ['::1', true], ['[::1]', true],
    ['0.0.0.0', false], ['::', false], ['192.168.1.20', false], ['10.0.0.1', false], ['banxin.lan', false], ['128.0.0.1', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });

  it('takes TLS, host and port; port 0 means a free one', () => {
    const r = parseServerArgs(['--db', 'x.db', '--host', '0.0.0.0', '--port', '0', '--tls-cert', 'c.pem', '--tls-key', 'k.pem'], {});
    expect(r).toEqual({ ok: true, options: { dbPath: 'x.db', pg: null, host: '0.0.0.0', port: 0, tls: { certFile: 'c.pem', keyFile: 'k.pem' }, insecureHttp: false } });
  });

  it('takes PostgreSQL from --pg or BANXIN_PG (the flag wins), with the password file; --db still names the local folder', () => {
    const flag = parseServerArgs(['--db', 'local.db', '--pg', 'postgres://banxin@db/paper', '--pg-password-file', '/etc/banxin/pw'], { BANXIN_PG: 'postgres://other@x/y' });
    expect(flag.ok && flag.options.pg).toEqual({ url: 'postgres://banxin@db/paper', passwordFile: '/etc/banxin/pw' });
    const env = parseServerArgs(['--db', 'local.db'], { BANXIN_PG: 'postgres://banxin@127.0.0.1/paper' });
    expect(env.ok && env.options.pg).toEqual({ url: 'postgres://banxin@127.0.0.1/paper', passwordFile: undefined });
    const noFolder = parseServerArgs(['--pg', 'postgres://banxin@127.0.0.1/paper'], {});
    expect(noFolder.ok).toBe(false);
    expect(!noFolder.ok && noFolder.en).toMatch(/With --pg, give --db/);
  });

  it('allows plain HTTP on the loopback, and off it only when asked for by name', () => {
    expect(parseServerArgs(['--db', 'x.db']).ok).toBe(true);
    const off = parseServerArgs(['--db', 'x.db', '--host', '192.168.1.20']);
    expect(off.ok).toBe(false);
    if (!off.ok) {
      expect(off.zh).toContain('拒绝在非本机地址 192.168.1.20 上使用未加密的 HTTP');
      expect(off.en).toContain('--insecure-http');
    }
    const asked = parseServerArgs(['--db', 'x.db', '--host', '192.168.1.20', '--insecure-http']);
    expect(asked.ok && asked.options.insecureHttp).toBe(true);
  });

  it.each([
    [['--host', '0.0.0.0'], '--db'],
    [['--db', 'x.db', '--tls-cert', 'c.pem'], '--tls-key'],
    [['--db', 'x.db', '--port', '70000'], 'Invalid port'],
    [['--db', 'x.db', '--port', 'abc'], 'Invalid port'],
    [['--db', 'x.db', '--tls-cert', 'c', '--tls-key', 'k', '--insecure-http'], 'does not apply'],
    [['--db', 'x.db', '--verbose'], 'Unknown arguments: --verbose'],
  ])('refuses %j', (args, why) => {
    const r = parseServerArgs(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.en).toContain(why);
  });
});

describe('same-origin WebSocket check', () => {
  it('accepts only the address the page came from, scheme included', () => {
    expect(isSameOrigin('https://banxin.lan:8443', 'banxin.lan:8443', true)).toBe(true);
    expect(isSameOrigin('https://BANXIN.lan:8443', 'banxin.lan:8443', true)).toBe(true);
    expect(isSameOrigin('http://banxin.lan:8443', 'banxin.lan:8443', true)).toBe(false);
    expect(isSameOrigin('https://evil.example', 'banxin.lan:8443', true)).toBe(false);
    expect(isSameOrigin('https://banxin.lan:8443.evil.example', 'banxin.lan:8443', true)).toBe(false);
    expect(isSameOrigin(undefined, 'banxin.lan:8443', true)).toBe(false);
    expect(isSameOrigin('null', 'banxin.lan:8443', true)).toBe(false);
    expect(isSameOrigin('https://banxin.lan:8443', undefined, true)).toBe(false);
  });

  it('echoes only plain host names into a policy', () => {
    expect(isPlainHost('banxin.lan:8443')).toBe(true);
    expect(isPlainHost('[::1]:8443')).toBe(true);
    expect(isPlainHost("x; script-src 'unsafe-inline'")).toBe(false);
    expect(isPlainHost(undefined)).toBe(false);
  });
});
