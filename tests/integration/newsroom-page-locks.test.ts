import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/api/errors';
import type { Envelope } from '../../shared/api/envelope';
import type { Lease } from '../../shared/model/collab';
import type { Frame } from '../../shared/model/layout';
import { createCore } from '../../electron/core/create-core';
import { createClient } from '../../shared/api/client';
import type { CliProcess } from '../support/cli-process';
import { startLoopbackServer, stopServer } from '../support/loopback-server';
import { passwordOf } from '../support/newsroom';
import { content } from '../support/temp-core';
import { testPhoto } from '../support/test-images';
import { WsDesk } from '../support/ws-desk';
import { storeOptions, testStore } from '../support/test-engine';

/**
 * Issue 14, page leases: the layout desk that opened a page holds it, and every layout change to
 * that page by anyone else is refused (LOCKED, naming the holder) until the holder lets go, the
 * lease lapses, or the duty editor breaks it. Driven over real WebSockets against a real
 * `banxin server`; the lease is 3 seconds here so a lapse is watched in real time.
 */
const LEASE_MS = 3_000;
const dir = mkdtempSync(join(tmpdir(), 'banxin-page-locks-'));
const store = testStore(dir);
let server: CliProcess;
let origin: string;
const ids = { issue: 0, page1: 0, page2: 0, placed: 0, loose: 0, lead: 0, image: 0 };
const desks: WsDesk[] = [];

const ACCOUNTS = {
  'u-designer': { displayName: '李梦楚', role: 'designer' },
  'u-designer2': { displayName: '孙美编', role: 'designer' },
  'u-duty-editor': { displayName: '陈总编', role: 'duty-editor' },
  'u-admin2': { displayName: '管理员乙', role: 'admin' },
  'u-proofreader': { displayName: '赵校对', role: 'proofreader' },
} as const;
type Account = keyof typeof ACCOUNTS;

async function deskOf(name: Account): Promise<WsDesk> {
  const d = await WsDesk.signedIn(origin, name, passwordOf(name));
  desks.push(d);
  return d;
}
const refusal = (e: Envelope): ApiError => {
  if (e.ok) throw new Error('expected a refusal');
  return e.error;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const page1 = (): { kind: 'page'; id: number } => ({ kind: 'page', id: ids.page1 });
const at = (pageId: number, storyId: number, row = 20): Record<string, number> => ({ pageId, storyId, column: 0, row, columns: 2, bodyRows: 20 });

beforeAll(async () => {
  // The newsroom as set up: accounts, an issue, one story placed on page 1 and one on page 2, a picture.
  const core = createCore({ ...storeOptions(store), scheduledBackups: false });
  const s = core.openSession('in-process');
  const admin = createClient((m, p) => s.call(m, p));
  await admin.call('session.setUser', { userId: 1 });
  for (const [name, a] of Object.entries(ACCOUNTS)) await admin.call('users.create', { name, displayName: a.displayName, role: a.role, password: passwordOf(name) });
  const body = [{ type: 'paragraph' as const, text: '县委召开全会，部署明年工作。'.repeat(20) }];
  const story = async (headline: string): Promise<number> => (await admin.call('stories.create', { content: content({ headline, body }) })).id;
  ids.placed = await story('一版的稿');
  ids.loose = await story('二版的稿');
  ids.lead = await story('还没排的稿');
  await admin.call('stories.setStatus', { id: ids.placed, status: 'proof-1' }); // so the proofreader may comment on it
  const issue = await admin.call('issues.create', { date: '2026-12-06' });
  ids.issue = issue.id;
  ids.page1 = issue.pages[0]!.id;
  ids.page2 = issue.pages[1]!.id;
  await admin.call('layout.placeStory', { pageId: ids.page1, storyId: ids.placed, column: 0, row: 16, columns: 2, bodyRows: 20 });
  await admin.call('layout.placeStory', { pageId: ids.page2, storyId: ids.loose, column: 0, row: 6, columns: 2, bodyRows: 20 });
  ids.image = (await admin.call('images.import', { file: { name: '现场.jpg', dataBase64: testPhoto(400, 300, 7).toString('base64') } })).image.id;
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

/** A frame of page 1 that is not the 报头 (what a drag would move). */
async function storyFrame(d: WsDesk, pageId = ids.page1): Promise<Frame> {
  const frames = await d.ok<Frame[]>('frames.list', { pageId });
  return frames.find((f) => f.storyId !== null && f.role === 'body')!;
}

/** Every kind of layout change to page 1, as another designer would try it; each must be refused naming the holder. */
async function expectLayoutRefused(other: WsDesk, holder: string): Promise<void> {
  const f = await storyFrame(other);
  const tries: Array<[string, Promise<Envelope>]> = [
    ['frames.update', other.call('frames.update', { frames: [{ id: f.id, x: f.x + 10 }] })],
    ['frames.update (typography)', other.call('frames.update', { frames: [{ id: f.id, props: { ...f.props, headlineRank: 'lead' } }] })],
    ['frames.create', other.call('frames.create', { pageId: ids.page1, role: 'rule', storyId: null, x: 20, y: 200, w: 100, h: 5 })],
    ['frames.delete', other.call('frames.delete', { ids: [f.id] })],
    ['frames.restore', other.call('frames.restore', { frames: [{ id: 990_001, pageId: ids.page1, storyId: null, role: 'rule', x: 20, y: 200, w: 100, h: 5, chain: 0, props: {} }] })],
    ['layout.placeStory', other.call('layout.placeStory', at(ids.page1, ids.lead, 40))],
    ['layout.continueStory', other.call('layout.continueStory', at(ids.page1, ids.loose, 40))],
    ['layout.moveStory (onto it)', other.call('layout.moveStory', at(ids.page1, ids.loose, 40))],
    ['layout.moveStory (off it)', other.call('layout.moveStory', at(ids.page2, ids.placed, 40))],
    ['layout.frontPage', other.call('layout.frontPage', { pageId: ids.page1, lead: ids.lead })],
    ['layout.placeImage', other.call('layout.placeImage', { pageId: ids.page1, imageId: ids.image, column: 0, row: 40, columns: 2 })],
  ];
  for (const [what, call] of tries) {
    const e = refusal(await call);
    expect(e.code, what).toBe('LOCKED');
    expect(e.messageZh, what).toContain(`${holder} 正在排版`);
    expect((e.details as { holder: Lease }).holder, what).toMatchObject({ kind: 'page', id: ids.page1, displayName: holder });
  }
  // Nothing of it reached the page: the frame is where it was, and no frame came or went.
  expect(await storyFrame(other)).toEqual(f);
}

describe('page leases over real sockets', () => {
  it('while a designer holds page 1, another designer’s layout changes to it are refused; reading, preflight, comments, the page plan and other pages stay open', async () => {
    const holder = await deskOf('u-designer');
    const other = await deskOf('u-designer2');
    const proofreader = await deskOf('u-proofreader');
    const { lease } = await holder.ok<{ lease: Lease }>('locks.acquire', page1());
    expect(lease).toMatchObject({ kind: 'page', id: ids.page1, displayName: '李梦楚' });
    await other.waitFor<{ lease: Lease | null }>('lock.changed', (p) => p.lease?.displayName === '李梦楚');

    await expectLayoutRefused(other, '李梦楚');

    // What does not change page 1's layout goes on.
    expect((await other.ok<{ pageId: number }>('layout.page', { pageId: ids.page1 })).pageId).toBe(ids.page1);
    expect((await other.ok<{ problems: unknown[] }>('export.preflight', { issueId: ids.issue })).problems).toBeInstanceOf(Array);
    await other.ok('pages.update', { id: ids.page1, proofreader: '赵校对' });
    await proofreader.ok('corrections.add', { storyId: ids.placed, kind: 'comment', start: 0, end: 2, comment: '核对会议全称' });
    const onTwo = await storyFrame(other, ids.page2);
    await other.ok('frames.update', { frames: [{ id: onTwo.id, y: onTwo.y + 0 }] });

    // The holder lays out freely, and the others hear each change as it happens.
    const mark = other.events.length;
    const f = await storyFrame(holder);
    const moved = await holder.ok<Frame[]>('frames.update', { frames: [{ id: f.id, x: f.x + 1 }] });
    expect(moved[0]!.x).toBeCloseTo(f.x + 1);
    expect(await other.waitFor('data.changed', () => true, 5_000, mark)).toBeTruthy();
    await holder.ok('frames.update', { frames: [{ id: f.id, x: f.x }] });

    // Another desk of the same account is the same person: it may change the page too (as for stories).
    const second = await deskOf('u-designer');
    await second.ok('frames.update', { frames: [{ id: f.id, x: f.x }] });

    // Let go: the other designer may lay it out now.
    await holder.ok('locks.release', page1());
    await other.waitFor<{ lease: Lease | null; id: number }>('lock.changed', (p) => p.id === ids.page1 && p.lease === null);
    const after = await other.ok<Frame[]>('frames.update', { frames: [{ id: f.id, x: f.x + 2 }] });
    expect(after[0]!.x).toBeCloseTo(f.x + 2);
    await other.ok('frames.update', { frames: [{ id: f.id, x: f.x }] });
  });

  it('a lease left alone lapses, and then no longer blocks', async () => {
    const holder = await deskOf('u-designer');
    const other = await deskOf('u-designer2');
    await holder.ok('locks.acquire', page1());
    const f = await storyFrame(other);
    expect(refusal(await other.call('frames.update', { frames: [{ id: f.id, x: f.x + 3 }] })).code).toBe('LOCKED');
    await sleep(LEASE_MS + 300);
    expect(await other.ok<Lease[]>('locks.list', { kind: 'page' })).toEqual([]);
    expect((await other.ok<Frame[]>('frames.update', { frames: [{ id: f.id, x: f.x + 3 }] }))[0]!.x).toBeCloseTo(f.x + 3);
    await other.ok('frames.update', { frames: [{ id: f.id, x: f.x }] });
  });

  it('the duty editor breaks a page lease (audited, the holder told); then the page is open again', async () => {
    const holder = await deskOf('u-designer');
    const other = await deskOf('u-designer2');
    const duty = await deskOf('u-duty-editor');
    const admin = await deskOf('u-admin2');
    await holder.ok('locks.acquire', page1());
    expect(refusal(await other.call('locks.break', page1())).code).toBe('FORBIDDEN');
    // The duty editor is refused like anyone else while the lease holds: breaking it is a deliberate, logged step.
    const f = await storyFrame(duty);
    expect(refusal(await duty.call('frames.update', { frames: [{ id: f.id, x: f.x + 4 }] })).code).toBe('LOCKED');

    const { broken } = await duty.ok<{ broken: Lease | null }>('locks.break', page1());
    expect(broken).toMatchObject({ kind: 'page', displayName: '李梦楚' });
    const told = await holder.waitFor<{ id: number; brokenBy?: { displayName: string } }>('lock.changed', (p) => p.id === ids.page1 && p.brokenBy !== undefined);
    expect(told.brokenBy).toMatchObject({ displayName: '陈总编' });
    expect((await other.ok<Frame[]>('frames.update', { frames: [{ id: f.id, x: f.x + 4 }] }))[0]!.x).toBeCloseTo(f.x + 4);
    await other.ok('frames.update', { frames: [{ id: f.id, x: f.x }] });

    const log = await admin.ok<Array<{ action: string; entity: string; entityId: number; detail: string }>>('audit.list', { action: 'lock.' });
    expect(log[0]).toMatchObject({ action: 'lock.break', entity: 'page', entityId: ids.page1 });
    expect(log[0]!.detail).toContain('解除 李梦楚 的排版锁');
  });
});
