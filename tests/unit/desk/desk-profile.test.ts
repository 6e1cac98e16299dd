import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProfile, PROFILE_FILE, saveProfile, type DeskProfile } from '../../../electron/desk/desk-profile';

const FP = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase()).join(':');
const server: DeskProfile = { version: 1, mode: 'server', serverUrl: 'https://banxin.lan:8443/', fingerprint: FP, pinnedAt: '2026-12-05T07:00:00.000Z' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-profile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('desk profile', () => {
  it('is absent on first start', () => {
    expect(loadProfile(dir)).toEqual({ kind: 'none' });
  });

  it('round-trips a server profile and a local one', () => {
    saveProfile(dir, server);
    expect(loadProfile(dir)).toEqual({ kind: 'ok', profile: server });
    saveProfile(dir, { version: 1, mode: 'local' });
    expect(loadProfile(dir)).toEqual({ kind: 'ok', profile: { version: 1, mode: 'local' } });
  });

  it.skipIf(process.platform === 'win32')('is readable by this account only (0600), even over a leftover temporary file', () => {
    // A crash could leave the temporary file behind, made under a looser mode: it must not carry that mode over.
    writeFileSync(join(dir, `${PROFILE_FILE}.${process.pid}.tmp`), 'old', { mode: 0o644 });
    saveProfile(dir, server);
    expect(statSync(join(dir, PROFILE_FILE)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual([PROFILE_FILE]);
  });

  it('replaces the file by renaming a new one over it, never by rewriting it in place', () => {
    saveProfile(dir, { version: 1, mode: 'local' });
    // A second name for the old file: an in-place rewrite would change what it shows; a rename leaves it whole.
    linkSync(join(dir, PROFILE_FILE), join(dir, 'old-link'));
    saveProfile(dir, server);
    expect(JSON.parse(readFileSync(join(dir, 'old-link'), 'utf8'))).toEqual({ version: 1, mode: 'local' });
    expect(JSON.parse(readFileSync(join(dir, PROFILE_FILE), 'utf8'))).toEqual(server);
  });

  it('keeps a damaged file aside (.damaged-<time>) and reports it; the next start asks afresh', () => {
    writeFileSync(join(dir, PROFILE_FILE), '{"version":1,"mode":"ser');
    const loaded = loadProfile(dir, () => new Date('2026-12-05T08:09:10.123Z'));
    expect(loaded).toEqual({ kind: 'damaged', keptAs: `${PROFILE_FILE}.damaged-2026-12-05T08-09-10-123Z` });
    expect(readFileSync(join(dir, `${PROFILE_FILE}.damaged-2026-12-05T08-09-10-123Z`), 'utf8')).toBe('{"version":1,"mode":"ser');
    expect(existsSync(join(dir, PROFILE_FILE))).toBe(false);
    expect(loadProfile(dir)).toEqual({ kind: 'none' });
  });

  it('treats valid JSON that is not a valid profile as damaged: plain http, a short fingerprint, extra fields', () => {
    const bad = [
      { ...server, serverUrl: 'http://banxin.lan:8443/' },
      { ...server, fingerprint: FP.slice(3) },
      { ...server, fingerprint: FP.toLowerCase() },
      { ...server, dbPath: '/etc/passwd' },
      { version: 2, mode: 'local' },
      [],
    ];
    for (const [i, value] of bad.entries()) {
      writeFileSync(join(dir, PROFILE_FILE), JSON.stringify(value));
      const loaded = loadProfile(dir, () => new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
      expect(loaded.kind, JSON.stringify(value)).toBe('damaged');
    }
    expect(readdirSync(dir).filter((n) => n.includes('.damaged-'))).toHaveLength(bad.length);
  });

  it('refuses to save what it would not load', () => {
    expect(() => saveProfile(dir, { ...server, serverUrl: 'https://banxin.lan:8443/path' })).toThrow();
    expect(existsSync(join(dir, PROFILE_FILE))).toBe(false);
  });
});
