import { describe, expect, it } from 'vitest';
import { fingerprintGroups } from '../../../shared/api/desk-bridge';
import type { LoadedProfile } from '../../../electron/desk/desk-profile';
import { planStart } from '../../../electron/desk/desk-start';
import { parseServerAddress } from '../../../electron/desk/server-address';

const FP = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, '0').slice(-2).toUpperCase()).join(':');
const plan = (over: Partial<Parameters<typeof planStart>[0]> & { loaded?: LoadedProfile }) => {
  let read = 0;
  const result = planStart({
    dbArg: null,
    dbEnv: null,
    defaultDbPath: '/home/u/.config/banxin/banxin.db',
    choose: false,
    profile: () => {
      read++;
      return over.loaded ?? { kind: 'none' };
    },
    ...over,
  });
  return { result, read };
};

describe('what a desk does at start', () => {
  it('--db PATH or BANXIN_DB means a single desk on that file, without reading the profile', () => {
    const server: LoadedProfile = { kind: 'ok', profile: { version: 1, mode: 'server', serverUrl: 'https://a:1/', fingerprint: FP, pinnedAt: '2026-12-05T00:00:00Z' } };
    expect(plan({ dbArg: '/data/x.db', loaded: server })).toEqual({ result: { kind: 'local', dbPath: '/data/x.db' }, read: 0 });
    expect(plan({ dbEnv: '/data/y.db', choose: true })).toEqual({ result: { kind: 'local', dbPath: '/data/y.db' }, read: 0 });
  });

  it('first start, a switch, and a damaged profile show the chooser, each with its notice', () => {
    expect(plan({}).result).toEqual({ kind: 'chooser', notice: { kind: 'first-start' } });
    expect(plan({ choose: true, loaded: { kind: 'ok', profile: { version: 1, mode: 'local' } } }).result).toEqual({ kind: 'chooser', notice: { kind: 'switching' } });
    expect(plan({ choose: true, loaded: { kind: 'damaged', keptAs: 'p.damaged-x' } }).result).toEqual({ kind: 'chooser', notice: { kind: 'damaged-profile', keptAs: 'p.damaged-x' } });
  });

  it('a remembered choice is followed', () => {
    expect(plan({ loaded: { kind: 'ok', profile: { version: 1, mode: 'local' } } }).result).toEqual({ kind: 'local', dbPath: '/home/u/.config/banxin/banxin.db' });
    expect(plan({ loaded: { kind: 'ok', profile: { version: 1, mode: 'server', serverUrl: 'https://a:1/', fingerprint: FP, pinnedAt: '2026-12-05T00:00:00Z' } } }).result).toEqual({ kind: 'server', serverUrl: 'https://a:1/', fingerprint: FP });
  });
});

describe('server address', () => {
  it('normalises what people type to https://host:port/', () => {
    expect(parseServerAddress('banxin.lan')).toMatchObject({ ok: true, url: 'https://banxin.lan:8443/', host: 'banxin.lan', port: 8443 });
    expect(parseServerAddress(' 10.0.0.5:9443 ')).toMatchObject({ ok: true, url: 'https://10.0.0.5:9443/', origin: 'https://10.0.0.5:9443' });
    expect(parseServerAddress('https://BANXIN.lan:443/')).toMatchObject({ ok: true, url: 'https://banxin.lan:443/' });
    expect(parseServerAddress('[::1]:8443')).toMatchObject({ ok: true, url: 'https://[::1]:8443/', host: '::1' });
  });

  it('refuses plain http, paths, credentials and nonsense', () => {
    expect(parseServerAddress('http://banxin.lan:8080')).toMatchObject({ ok: false, reason: 'not-https' });
    for (const bad of ['https://banxin.lan/x', 'https://u:p@banxin.lan', 'https://banxin.lan/?a=1', 'ftp://banxin.lan', 'https://', 'a b']) {
      expect(parseServerAddress(bad), bad).toMatchObject({ ok: false, reason: 'invalid-address' });
    }
  });
});

describe('fingerprint display', () => {
  it('groups the 32 byte pairs four to a group, so a line can break only between whole bytes', () => {
    const groups = fingerprintGroups(FP);
    expect(groups).toHaveLength(8);
    for (const g of groups) expect(g).toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){3}$/);
    expect(groups.join(':')).toBe(FP);
  });
});
