import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresSettings } from '../../../electron/store/postgres-config';

describe('PostgreSQL connection settings', () => {
  it('takes the password from BANXIN_PG_PASSWORD and never shows it', () => {
    const s = postgresSettings('postgres://banxin@127.0.0.1:5432/paper', { BANXIN_PG_PASSWORD: 's3cret-密码' });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.config.password).toBe('s3cret-密码');
    expect(s.display).toBe('postgres://banxin@127.0.0.1:5432/paper');
    expect(JSON.stringify(s.display)).not.toContain('s3cret');
  });

  it('prefers a password file (first line, without its newline) over the environment', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'banxin-pgpw-')), 'pw');
    writeFileSync(file, 'from-the-file\n');
    const s = postgresSettings('postgres://banxin@localhost/paper', { BANXIN_PG_PASSWORD: 'from-env', BANXIN_PG_PASSWORD_FILE: file });
    expect(s.ok && s.config.password).toBe('from-the-file');
    const missing = postgresSettings('postgres://banxin@localhost/paper', {}, join(file, 'nope'));
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.en).toMatch(/cannot read the database password file/);
  });

  it('refuses a password written into the URL, naming where it should go', () => {
    const s = postgresSettings('postgres://banxin:hunter2@127.0.0.1/paper', {});
    expect(s.ok).toBe(false);
    expect(!s.ok && s.en).toMatch(/BANXIN_PG_PASSWORD/);
    expect(!s.ok && `${s.zh}${s.en}`).not.toContain('hunter2');
  });

  it('requires TLS to a database on another machine; loopback may go without', () => {
    expect(postgresSettings('postgres://banxin@db.newsroom.lan/paper', {}).ok).toBe(false);
    expect(postgresSettings('postgres://banxin@db.newsroom.lan/paper?sslmode=disable', {}).ok).toBe(false);
    expect(postgresSettings('postgres://banxin@db.newsroom.lan/paper?sslmode=verify-full&sslrootcert=/etc/banxin/ca.pem', {}).ok).toBe(true);
    expect(postgresSettings('postgres://banxin@localhost/paper', {}).ok).toBe(true);
  });

  it('refuses what is not a PostgreSQL URL', () => {
    expect(postgresSettings('mysql://x@localhost/paper', {}).ok).toBe(false);
    expect(postgresSettings('not a url', {}).ok).toBe(false);
  });
});
