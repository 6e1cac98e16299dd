import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, type Client } from '../../shared/api/client';
import { ROLES } from '../../shared/model/roles';
import { content, tempCore, type TempCore } from '../support/temp-core';
import { desk, passwordOf, signedIn, team } from '../support/newsroom';

let t: TempCore;
let now: number;
let people: Awaited<ReturnType<typeof team>>;
const minutes = (n: number): void => {
  now += n * 60_000;
};

beforeEach(async () => {
  now = Date.parse('2026-12-04T08:00:00Z');
  t = await tempCore({ clock: () => new Date(now) });
  people = await team(t);
});
afterEach(() => t.dispose());

async function refusal(p: Promise<unknown>): Promise<{ code: string; reason?: string; zh: string }> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof ApiCallError)) return { code: 'NO ERROR', zh: '' };
  const reason = (e.error.details as { reason?: string } | undefined)?.reason;
  return { code: e.error.code, zh: e.error.messageZh, ...(reason ? { reason } : {}) };
}
const signIn = (c: Client, name: string, password: string) => c.call('session.signIn', { name, password });

describe('newsroom sign-in: passwords, lockout, sessions that survive reconnects', () => {
  it('signs in with the right password only; an unknown name answers exactly like a wrong password', async () => {
    const { client } = desk(t);
    const wrong = await refusal(signIn(client, 'u-editor', 'not-the-password'));
    const unknown = await refusal(signIn(client, 'nobody', 'not-the-password'));
    expect(wrong).toEqual({ code: 'SIGN_IN_FAILED', zh: '用户名或密码不正确。' });
    expect(unknown).toEqual(wrong);
    expect((await refusal(client.call('stories.list', {}))).code).toBe('UNAUTHENTICATED');

    const ok = await signIn(client, 'u-editor', passwordOf('u-editor'));
    expect(ok.user).toMatchObject({ name: 'u-editor', role: 'editor' });
    expect(await client.call('session.current', {})).toMatchObject({ id: people.editor.id });
    expect((await client.call('system.info', {})).requireSignIn).toBe(true);
  });

  it('locks the account after five wrong passwords in a row (audited), even against the right one, until the lock runs out', async () => {
    const { client } = desk(t, '10.1.2.3');
    for (let i = 1; i <= 4; i++) expect((await refusal(signIn(client, 'u-reporter', `wrong-${i}`))).code).toBe('SIGN_IN_FAILED');
    expect((await refusal(signIn(client, 'u-reporter', 'wrong-5'))).code).toBe('ACCOUNT_LOCKED');
    expect((await refusal(signIn(client, 'u-reporter', passwordOf('u-reporter')))).code).toBe('ACCOUNT_LOCKED');

    const log = await t.client.call('audit.list', { userId: people.reporter.id, action: 'user.' });
    expect(log.map((e) => e.action)).toEqual(['user.locked', ...Array<string>(5).fill('user.signInFailed')]);
    expect(log[0]!.address).toBe('10.1.2.3');
    expect((await t.client.call('users.accounts', {})).find((a) => a.id === people.reporter.id)!.lockedUntil).toBe('2026-12-04T08:15:00.000Z');

    minutes(14);
    expect((await refusal(signIn(client, 'u-reporter', passwordOf('u-reporter')))).code).toBe('ACCOUNT_LOCKED');
    minutes(2);
    await signIn(client, 'u-reporter', passwordOf('u-reporter'));
    // The count starts afresh after the lock: four more wrong ones do not lock again.
    const other = desk(t).client;
    for (let i = 1; i <= 4; i++) expect((await refusal(signIn(other, 'u-reporter', `again-${i}`))).code).toBe('SIGN_IN_FAILED');
  });

  it('an administrator’s password reset unlocks the account and ends its sessions; the old password is gone', async () => {
    const before = await signedIn(t, 'u-designer');
    for (let i = 0; i < 5; i++) await refusal(signIn(desk(t).client, 'u-designer', 'wrong-one'));
    await t.client.call('users.resetPassword', { userId: people.designer.id, password: 'a-new-password-2' });
    expect(await refusal(before.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    expect((await refusal(signIn(desk(t).client, 'u-designer', passwordOf('u-designer')))).code).toBe('SIGN_IN_FAILED');
    await signIn(desk(t).client, 'u-designer', 'a-new-password-2');
  });

  it('resumes on a new connection with the token, without the password; signing out ends it for every connection', async () => {
    const first = await signedIn(t, 'u-proofreader');
    const again = desk(t, '10.0.0.8');
    const resumed = await again.client.call('session.resume', { token: first.token });
    expect(resumed.user.id).toBe(people.proofreader.id);
    expect(await again.client.call('session.current', {})).toMatchObject({ id: people.proofreader.id });
    await again.client.call('stories.list', {});

    await again.client.call('session.signOut', {});
    expect(await refusal(again.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'required' });
    expect(await refusal(first.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    expect(await refusal(desk(t).client.call('session.resume', { token: first.token }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    expect(await refusal(desk(t).client.call('session.resume', { token: `${first.token.slice(0, -2)}xx` }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'unknown' });
  });

  it('lapses after the idle limit, but not while it is being used', async () => {
    const a = await signedIn(t, 'u-editor');
    const b = await signedIn(t, 'u-reporter');
    for (let i = 0; i < 10; i++) {
      minutes(60);
      await a.client.call('stories.list', {}); // used every hour: stays
    }
    expect(await refusal(b.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
    expect(await refusal(desk(t).client.call('session.resume', { token: b.token }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
    await a.client.call('stories.list', {});
    minutes(8 * 60 + 1);
    expect(await refusal(desk(t).client.call('session.resume', { token: a.token }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
  });

  it('an administrator lists sessions with each desk’s address and revokes one; its desk must sign in again', async () => {
    const rep = await signedIn(t, 'u-reporter', '192.168.1.20');
    const ed = await signedIn(t, 'u-editor', '192.168.1.21');
    const admin = await signedIn(t, 'u-admin', '192.168.1.2');
    const list = await admin.client.call('sessions.list', {});
    expect(list.map((s) => [s.userName, s.address])).toEqual(
      expect.arrayContaining([['u-reporter', '192.168.1.20'], ['u-editor', '192.168.1.21'], ['u-admin', '192.168.1.2']]),
    );
    const target = list.find((s) => s.userName === 'u-reporter')!;
    expect(await admin.client.call('sessions.revoke', { sessionId: target.id })).toEqual({ revoked: true });
    expect(await refusal(rep.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    await ed.client.call('stories.list', {});
    expect((await admin.client.call('sessions.list', {})).some((s) => s.id === target.id)).toBe(false);
    const audit = await admin.client.call('audit.list', { action: 'session.revoke' });
    expect(audit[0]).toMatchObject({ userName: 'admin 同事', address: '192.168.1.2', entityId: people.reporter.id });
  });

  it('deactivates instead of deleting: sessions end, sign-in is refused, history keeps the name; the last administrator stays', async () => {
    const rep = await signedIn(t, 'u-reporter');
    const story = await rep.client.call('stories.create', { content: content({ headline: '停用前的稿件' }) });
    await t.client.call('users.setActive', { userId: people.reporter.id, active: false });
    expect(await refusal(rep.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await refusal(signIn(desk(t).client, 'u-reporter', passwordOf('u-reporter')))).code).toBe('SIGN_IN_FAILED');
    expect((await t.client.call('users.list', {})).some((u) => u.id === people.reporter.id)).toBe(false);
    const log = await t.client.call('audit.list', { entity: 'story', entityId: story.id });
    expect(log.at(-1)).toMatchObject({ action: 'story.create', userName: 'reporter 同事' });

    // Only the bootstrap admin and u-admin are administrators: one may go, not both.
    await t.client.call('users.setActive', { userId: people.admin.id, active: false });
    expect((await refusal(t.client.call('users.setActive', { userId: 1, active: false }))).code).toBe('CONFLICT');
  });

  it('keeps display names unique, and never lets a hash or a token leave the server', async () => {
    expect((await refusal(t.client.call('users.create', { name: 'x2', displayName: 'editor 同事', role: 'editor' }))).code).toBe('CONFLICT');
    expect((await refusal(t.client.call('users.update', { userId: people.reporter.id, displayName: 'editor 同事' }))).code).toBe('CONFLICT');
    const s = await signedIn(t, 'u-admin');
    const everything = JSON.stringify([
      await s.client.call('users.accounts', {}), await s.client.call('sessions.list', {}), await s.client.call('audit.list', { limit: 500 }),
      await s.client.call('users.list', {}), await s.client.call('session.current', {}),
    ]);
    expect(everything).not.toContain('scrypt');
    expect(everything).not.toContain(s.token);
    const stored = t.core.db.prepare('SELECT token_hash AS h FROM sign_in_sessions').all() as Array<{ h: string }>;
    expect(stored.map((r) => r.h)).not.toContain(s.token);
    const hashes = t.core.db.prepare('SELECT password_hash AS h FROM users WHERE password_hash IS NOT NULL').all() as Array<{ h: string }>;
    expect(hashes.length).toBe(ROLES.length); // one account per role
    expect(new Set(hashes.map((r) => r.h.split('$')[4])).size).toBe(ROLES.length); // a salt per account
  });

  it('records every change under the signed-in account with the desk’s address, and filters the log by who, what and where', async () => {
    const rep = await signedIn(t, 'u-reporter', '10.9.8.7');
    const story = await rep.client.call('stories.create', { content: content({ headline: '地址测试' }) });
    await rep.client.call('stories.save', { id: story.id, baseRevision: story.revision, content: content({ headline: '地址测试二' }) });
    const ed = await signedIn(t, 'u-editor', '10.9.8.8');
    await ed.client.call('stories.setStatus', { id: story.id, status: 'editing' });

    const mine = await t.client.call('audit.list', { address: '10.9.8.7' });
    expect(mine.map((e) => [e.action, e.userName])).toEqual([['story.save', 'reporter 同事'], ['story.create', 'reporter 同事'], ['user.signIn', 'reporter 同事']]);
    expect((await t.client.call('audit.list', { userId: people.editor.id, action: 'story.' })).map((e) => e.action)).toEqual(['story.status']);
    expect((await t.client.call('audit.list', { entity: 'story', entityId: story.id, beforeId: mine[0]!.id })).map((e) => e.action)).toEqual(['story.create']);
    expect(await t.client.call('audit.list', { from: '2026-12-05T00:00:00Z' })).toEqual([]);
    // A single desk records no address.
    expect((await t.client.call('audit.list', { userId: 1, action: 'user.create' }))[0]!.address).toBe('');
  });

  it('on a single desk, a PIN guards choosing an account; wrong PINs count toward the lockout', async () => {
    const me = t.newClient();
    await me.client.call('session.setUser', { userId: people.editor.id });
    await me.client.call('users.setPin', { userId: people.editor.id, pin: '4321' });
    const other = t.newClient();
    expect(await refusal(other.client.call('session.setUser', { userId: people.editor.id }))).toMatchObject({ code: 'SIGN_IN_FAILED' });
    expect((await refusal(other.client.call('session.setUser', { userId: people.editor.id, pin: '0000' }))).code).toBe('SIGN_IN_FAILED');
    expect((await other.client.call('session.setUser', { userId: people.editor.id, pin: '4321' })).id).toBe(people.editor.id);
    expect((await refusal(other.client.call('users.setPin', { userId: people.reporter.id, pin: '1111' }))).code).toBe('FORBIDDEN');
    // The newsroom server has no choosing at all.
    const d = await signedIn(t, 'u-editor');
    expect((await refusal(d.client.call('session.setUser', { userId: people.editor.id, pin: '4321' }))).code).toBe('FORBIDDEN');
  });

  it('changing one’s own password asks for the current one and ends the account’s other sessions', async () => {
    const a = await signedIn(t, 'u-duty-editor');
    const b = await signedIn(t, 'u-duty-editor');
    expect((await refusal(a.client.call('session.changePassword', { currentPassword: 'wrong', newPassword: 'brand-new-pass' }))).code).toBe('SIGN_IN_FAILED');
    await a.client.call('session.changePassword', { currentPassword: passwordOf('u-duty-editor'), newPassword: 'brand-new-pass' });
    await a.client.call('stories.list', {});
    expect(await refusal(b.client.call('stories.list', {}))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'revoked' });
    await signIn(desk(t).client, 'u-duty-editor', 'brand-new-pass');
  });

  it('tells a desk that has not signed in only versions, not where the database lives', async () => {
    const info = await desk(t).client.call('system.info', {});
    expect(info.databasePath).toBe('');
    expect((await (await signedIn(t, 'u-reporter')).client.call('system.info', {})).databasePath).toBe(t.dbPath);
    expect((await t.client.call('system.info', {})).requireSignIn).toBe(false);
  });
});
