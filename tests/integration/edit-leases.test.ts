import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, createClient } from '../../shared/api/client';
import type { Lease } from '../../shared/model/collab';
import { createCore } from '../../electron/core/create-core';
import { content, tempCore, type TempCore } from '../support/temp-core';
import { signedIn, team } from '../support/newsroom';

/**
 * Edit leases against the core's clock (injected here, so minutes pass at once) and across a
 * restart of the core on the same file. The socket-level behaviour is in newsroom-locks.test.ts.
 */
let t: TempCore;
let now: number;
const minutes = (n: number): void => {
  now += n * 60_000;
};
const code = (p: Promise<unknown>): Promise<string> => p.then(() => 'OK', (e: unknown) => (e instanceof ApiCallError ? e.error.code : String(e)));

beforeEach(async () => {
  now = Date.parse('2026-12-05T08:00:00Z');
  t = await tempCore({ clock: () => new Date(now) });
  await team(t);
});
afterEach(() => t.dispose());

describe('edit leases on the core clock', () => {
  it('lapse after five minutes without renewal, not before', async () => {
    const editor = await signedIn(t, 'u-editor');
    const reporter = await signedIn(t, 'u-reporter');
    const s = await t.client.call('stories.create', { content: content() });
    const { lease, leaseMs } = await editor.client.call('locks.acquire', { kind: 'story', id: s.id });
    expect(leaseMs).toBe(5 * 60_000);
    expect(lease.expiresAt).toBe('2026-12-05T08:05:00.000Z');
    minutes(4);
    expect(await code(reporter.client.call('locks.acquire', { kind: 'story', id: s.id }))).toBe('LOCKED');
    await editor.client.call('locks.renew', { kind: 'story', id: s.id });
    minutes(4);
    expect(await code(reporter.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ headline: '改' }) }))).toBe('LOCKED');
    minutes(2);
    expect(await reporter.client.call('locks.list', {})).toEqual([]);
    expect(await code(reporter.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ headline: '改' }) }))).toBe('OK');
  });

  it('a page is held by its layout desk; a reporter may not hold one', async () => {
    const designer = await signedIn(t, 'u-designer');
    const reporter = await signedIn(t, 'u-reporter');
    const issue = await t.client.call('issues.create', { date: '2026-12-06' });
    const page = issue.pages[0]!;
    expect((await designer.client.call('locks.acquire', { kind: 'page', id: page.id })).lease.kind).toBe('page');
    expect(await code(reporter.client.call('locks.acquire', { kind: 'page', id: page.id }))).toBe('FORBIDDEN');
    expect(await code(designer.client.call('locks.acquire', { kind: 'story', id: 424242 }))).toBe('NOT_FOUND');
  });

  it('accepting corrections rewrites the body, so it waits for the holder too', async () => {
    const editor = await signedIn(t, 'u-editor');
    const proofreader = await signedIn(t, 'u-proofreader');
    const s = await t.client.call('stories.create', { content: content({ body: [{ type: 'paragraph', text: '县委召开全会。' }] }) });
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });
    await proofreader.client.call('corrections.add', { storyId: s.id, kind: 'replace', start: 4, end: 6, replacement: '全体会议' });
    await t.client.call('locks.acquire', { kind: 'story', id: s.id });
    expect(await code(editor.client.call('corrections.decide', { storyId: s.id, decision: 'accept' }))).toBe('LOCKED');
    await t.client.call('locks.release', { kind: 'story', id: s.id });
    expect(await code(editor.client.call('corrections.decide', { storyId: s.id, decision: 'accept' }))).toBe('OK');
  });

  it('are kept in the database across a restart: the holder’s desk reconnects and renews', async () => {
    const editor = await signedIn(t, 'u-editor');
    const s = await t.client.call('stories.create', { content: content() });
    await editor.client.call('locks.acquire', { kind: 'story', id: s.id });
    t.core.close();

    const again = createCore({ ...t.store, clock: () => new Date(now), scheduledBackups: false });
    try {
      const desk = again.openSession('websocket', { requireSignIn: true });
      const client = createClient((m, p) => desk.call(m, p));
      await client.call('session.resume', { token: editor.token });
      const held: Lease[] = await client.call('locks.list', { kind: 'story' });
      expect(held).toEqual([expect.objectContaining({ id: s.id, displayName: 'editor 同事' })]);
      expect((await client.call('locks.renew', { kind: 'story', id: s.id })).lease.takenAt).toBe(held[0]!.takenAt);
    } finally {
      again.close();
    }
  });
});
