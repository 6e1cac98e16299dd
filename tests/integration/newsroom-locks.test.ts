import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/errors';
import type { Lease, Presence } from '../../shared/model/collab';
import { createCore } from '../../electron/core/create-core';
import type { Client } from '../../shared/api/client';
import type { CliProcess } from '../support/cli-process';
import { startLoopbackServer, stopServer } from '../support/loopback-server';
import { actingAs, passwordOf } from '../support/newsroom';
import { content } from '../support/temp-core';
import { WsDesk } from '../support/ws-desk';
import { storeOptions, testStore } from '../support/test-engine';

/**
 * Issue 14, working together: edit leases, presence and signed-off protection, driven by five
 * accounts over real WebSockets against a real `banxin server` process. The lease is 3 seconds
 * here (BANXIN_EDIT_LEASE_MS) so that a lapse is watched in real time.
 */
const LEASE_MS = 3_000;
const dir = mkdtempSync(join(tmpdir(), 'banxin-locks-'));
const store = testStore(dir);
let server: CliProcess;
let origin: string;
const ids = { story: 0, signed: 0, other: 0 };
const desks: WsDesk[] = [];

const ROLES = ['reporter', 'editor', 'proofreader', 'duty-editor', 'admin'] as const;
const NAMES: Record<(typeof ROLES)[number], string> = { reporter: '李梦楚', editor: '王编辑', proofreader: '赵校对', 'duty-editor': '陈总编', admin: '管理员乙' };

async function deskOf(role: (typeof ROLES)[number]): Promise<WsDesk> {
  const d = await WsDesk.signedIn(origin, `u-${role}`, passwordOf(`u-${role}`));
  desks.push(d);
  return d;
}
const refusal = (e: { ok: boolean; error?: ApiError }): ApiError => {
  if (e.ok) throw new Error('expected a refusal');
  return e.error!;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  // The newsroom as an administrator set it up: accounts, a story in 一校, a signed-off one.
  const core = createCore({ ...storeOptions(store), scheduledBackups: false });
  const session = (userId: number): Client => actingAs(core, userId);
  const admin = session(1);
  await admin.call('session.current', {});
  const users: Record<string, number> = {};
  for (const role of ROLES) {
    const u = await admin.call('users.create', { name: `u-${role}`, displayName: NAMES[role], role, password: passwordOf(`u-${role}`) });
    users[role] = u.id;
  }
  const body = [{ type: 'paragraph' as const, text: '县委召开全会，部署明年工作。' }];
  ids.story = (await admin.call('stories.create', { content: content({ headline: '全会召开', body }) })).id;
  await admin.call('stories.setStatus', { id: ids.story, status: 'proof-1' });
  ids.other = (await admin.call('stories.create', { content: content({ headline: '另一篇', body }) })).id;
  ids.signed = (await admin.call('stories.create', { content: content({ headline: '签发稿', body }) })).id;
  for (const status of ['proof-1', 'proof-2', 'proof-3', 'awaiting-signoff'] as const) await admin.call('stories.setStatus', { id: ids.signed, status });
  const second = await admin.call('users.create', { name: 'u-editor2', displayName: '孙编辑', role: 'editor', password: passwordOf('u-editor2') });
  const editor = session(users.editor!);
  await editor.call('session.current', {});
  await editor.call('workflow.review', { storyId: ids.signed, stage: 'first' });
  const editor2 = session(second.id);
  await editor2.call('session.current', {});
  await editor2.call('workflow.review', { storyId: ids.signed, stage: 'second' });
  const duty = session(users['duty-editor']!);
  await duty.call('session.current', {});
  expect((await duty.call('workflow.review', { storyId: ids.signed, stage: 'final' })).story.status).toBe('signed-off');
  core.close();

  ({ server, origin } = await startLoopbackServer(dir, store, { BANXIN_EDIT_LEASE_MS: String(LEASE_MS) }));
}, 60_000);

afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
  await sleep(100); // the server releases what the closed sockets held
});

afterAll(async () => {
  await stopServer(server);
  store.drop();
  rmSync(dir, { recursive: true, force: true });
});

const story = (): { kind: 'story'; id: number } => ({ kind: 'story', id: ids.story });
async function save(d: WsDesk, text: string, extra: Record<string, unknown> = {}, id = ids.story): Promise<ReturnType<WsDesk['call']>> {
  const current = await d.ok<{ revision: number; content: ReturnType<typeof content> }>('stories.get', { id });
  return d.call('stories.save', { id, baseRevision: current.revision, content: { ...current.content, body: [{ type: 'paragraph', text }] }, ...extra });
}

describe('edit leases over real sockets', () => {
  it('taking a story to edit: others are told, refused the lease and body saves (LOCKED naming the holder), but may still mark corrections', async () => {
    const editor = await deskOf('editor');
    const reporter = await deskOf('reporter');
    const proofreader = await deskOf('proofreader');
    const { lease, leaseMs } = await editor.ok<{ lease: Lease; leaseMs: number }>('locks.acquire', story());
    expect(lease).toMatchObject({ kind: 'story', id: ids.story, displayName: '王编辑' });
    expect(leaseMs).toBe(LEASE_MS);
    expect(await reporter.waitFor<{ lease: Lease | null }>('lock.changed', (p) => p.lease?.displayName === '王编辑')).toBeTruthy();

    const taken = refusal(await reporter.call('locks.acquire', story()));
    expect(taken.code).toBe('LOCKED');
    expect(taken.messageZh).toContain('王编辑 正在编辑');
    expect((taken.details as { holder: Lease }).holder).toMatchObject({ displayName: '王编辑', takenAt: lease.takenAt });
    expect(await reporter.ok<Lease[]>('locks.list', {})).toEqual([expect.objectContaining({ id: ids.story, displayName: '王编辑' })]);

    const refused = refusal(await save(reporter, '记者想改这一句。'));
    expect(refused.code).toBe('LOCKED');
    expect((refused.details as { holder: Lease }).holder.displayName).toBe('王编辑');
    expect(((await save(editor, '县委召开全体会议，部署明年工作。')) as { ok: boolean }).ok).toBe(true);

    const before = editor.events.length;
    await proofreader.ok('corrections.add', { storyId: ids.story, kind: 'comment', start: 0, end: 2, comment: '核对会议全称' });
    expect(await editor.waitFor<{ topic: string; storyId: number }>('data.changed', (p) => p.topic === 'proofing' && p.storyId === ids.story, 5_000, before)).toBeTruthy();
    await editor.ok('locks.release', story());
    expect(await reporter.waitFor<{ lease: Lease | null; id: number }>('lock.changed', (p) => p.id === ids.story && p.lease === null)).toBeTruthy();
  });

  it('renewed, a lease outlives its term; left alone, it lapses and another may take it', async () => {
    const editor = await deskOf('editor');
    const reporter = await deskOf('reporter');
    const first = await editor.ok<{ lease: Lease }>('locks.acquire', story());
    for (let i = 0; i < 4; i++) {
      await sleep(LEASE_MS / 3);
      const renewed = await editor.ok<{ lease: Lease }>('locks.renew', story());
      expect(renewed.lease.takenAt).toBe(first.lease.takenAt); // 正在编辑（N 分钟） counts from opening
      expect(renewed.lease.expiresAt > first.lease.expiresAt).toBe(true);
    }
    // Four renewals took longer than one term: still held.
    expect(refusal(await reporter.call('locks.acquire', story())).code).toBe('LOCKED');
    await sleep(LEASE_MS + 300);
    expect(await reporter.ok<Lease[]>('locks.list', { kind: 'story' })).toEqual([]);
    const mine = await reporter.ok<{ lease: Lease }>('locks.acquire', story());
    expect(mine.lease.displayName).toBe('李梦楚');
    // The lapsed holder's renewal now meets the new holder.
    expect(refusal(await editor.call('locks.renew', story())).code).toBe('LOCKED');
    expect(refusal(await save(editor, '编辑的迟到修改。')).code).toBe('LOCKED');
  });

  it('a disconnected desk lets go at once, and the others hear it', async () => {
    const editor = await deskOf('editor');
    const reporter = await deskOf('reporter');
    await editor.ok('locks.acquire', story());
    await reporter.waitFor<{ lease: Lease | null }>('lock.changed', (p) => p.lease?.displayName === '王编辑');
    const mark = reporter.events.length;
    await editor.close();
    await reporter.waitFor<{ lease: Lease | null; id: number }>('lock.changed', (p) => p.id === ids.story && p.lease === null, 5_000, mark);
    expect((await reporter.ok<{ lease: Lease }>('locks.acquire', story())).lease.displayName).toBe('李梦楚');
  });

  it('the duty editor breaks a lease (audited, the holder told by whom, what they saved kept); a reporter may not', async () => {
    const editor = await deskOf('editor');
    const reporter = await deskOf('reporter');
    const duty = await deskOf('duty-editor');
    const admin = await deskOf('admin');
    await editor.ok('locks.acquire', story());
    const saved = await save(editor, '编辑最后保存的这一句。');
    const revision = (saved as { ok: true; result: { revision: number } }).result.revision;

    expect(refusal(await reporter.call('locks.break', story())).code).toBe('FORBIDDEN');
    expect(refusal(await duty.call('stories.save', { id: ids.story, baseRevision: revision, content: content({ headline: 'x' }) })).code).toBe('LOCKED');
    const { broken } = await duty.ok<{ broken: Lease | null }>('locks.break', story());
    expect(broken).toMatchObject({ displayName: '王编辑' });

    const told = await editor.waitFor<{ brokenBy?: { displayName: string; previousHolderId: number } }>('lock.changed', (p) => p.brokenBy !== undefined);
    expect(told.brokenBy).toMatchObject({ displayName: '陈总编', previousHolderId: broken!.userId });
    const now = await duty.ok<{ revision: number; content: { body: Array<{ text: string }> } }>('stories.get', { id: ids.story });
    expect(now.revision).toBe(revision);
    expect(now.content.body[0]!.text).toBe('编辑最后保存的这一句。');

    const log = await admin.ok<Array<{ action: string; detail: string; address: string; userName?: string }>>('audit.list', { action: 'lock.' });
    expect(log[0]).toMatchObject({ action: 'lock.break', address: '127.0.0.1' });
    expect(log[0]!.detail).toContain('王编辑');
    expect(log[0]!.detail).toContain(`第 ${revision} 稿`);
    expect((await duty.ok<{ lease: Lease }>('locks.acquire', story())).lease.displayName).toBe('陈总编');
  });
});

describe('presence over real sockets', () => {
  it('who is online and what they have open reaches the other desks; leaving takes them off', async () => {
    const reporter = await deskOf('reporter');
    const editor = await deskOf('editor');
    await reporter.waitFor<{ entries: Presence[] }>('presence.changed', (p) => p.entries.some((e) => e.displayName === '王编辑'));
    await editor.ok('presence.set', { storyId: ids.other, pageId: null });
    const seen = await reporter.waitFor<{ entries: Presence[] }>('presence.changed', (p) => p.entries.some((e) => e.displayName === '王编辑' && e.storyId === ids.other));
    expect(seen.entries.find((e) => e.displayName === '李梦楚')).toMatchObject({ role: 'reporter', storyId: null });
    expect(await reporter.ok<Presence[]>('presence.list')).toEqual(seen.entries);
    await editor.close();
    await reporter.waitFor<{ entries: Presence[] }>('presence.changed', (p) => !p.entries.some((e) => e.displayName === '王编辑'));
  });

  it('a socket that has not signed in hears no presence and cannot ask for it', async () => {
    const stranger = await WsDesk.open(origin);
    desks.push(stranger);
    expect(refusal(await stranger.call('presence.list')).code).toBe('UNAUTHENTICATED');
    await deskOf('editor');
    await sleep(300);
    expect(stranger.events).toEqual([]);
  });
});

describe('signed-off content over real sockets', () => {
  it('a save of a 已签发 story without voidSignatures is refused naming the signatures; with it, they are voided and it is recorded', async () => {
    const duty = await deskOf('duty-editor');
    const admin = await deskOf('admin');
    const refused = refusal(await save(duty, '签发后再改一句。', {}, ids.signed));
    expect(refused.code).toBe('CONFLICT');
    const details = refused.details as { reason: string; signatures: Array<{ stage: string; userName: string }> };
    expect(details.reason).toBe('signed-off');
    expect(details.signatures.map((s) => [s.stage, s.userName])).toEqual([['first', '王编辑'], ['second', '孙编辑'], ['final', '陈总编']]);
    expect(refused.messageZh).toContain('初审 王编辑、复审 孙编辑、终审（签发） 陈总编');
    expect((await duty.ok<{ status: string }>('stories.get', { id: ids.signed })).status).toBe('signed-off');

    const ok = await save(duty, '签发后再改一句。', { voidSignatures: true }, ids.signed);
    expect((ok as { ok: true; result: { status: string } }).result.status).toBe('editing');
    const reviews = await duty.ok<Array<{ valid: boolean }>>('workflow.reviews', { storyId: ids.signed });
    expect(reviews.every((r) => !r.valid)).toBe(true);
    const log = await admin.ok<Array<{ action: string; detail: string }>>('audit.list', { action: 'story.signatures-voided' });
    expect(log[0]!.detail).toContain('终审（签发） 陈总编');
  });
});
