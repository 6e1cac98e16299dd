import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, type Client } from '../../shared/api/client';
import { content, tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
const as: Record<string, Client> = {};

const PARAS = ['全会深入贯彻总书记考察浙江重要讲话精神。', '2025年是“十四五”规划收官之年，是取', '得明显实质性进展的关键之年。'];

async function team(): Promise<void> {
  for (const [name, displayName, role] of [
    ['a', '校对甲', 'proofreader'], ['b', '校对乙', 'proofreader'], ['ed', '编辑王', 'editor'],
    ['ed2', '编辑赵', 'editor'], ['duty', '总编陈', 'duty-editor'],
  ] as const) {
    const u = await t.client.call('users.create', { name, displayName, role });
    const w = t.newClient();
    await w.client.call('session.setUser', { userId: u.id });
    as[name] = w.client;
  }
}

const code = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.then(() => null, (err: unknown) => err);
  return e instanceof ApiCallError ? e.error.code : 'NO ERROR';
};

beforeEach(async () => {
  t = await tempCore();
  await team();
});
afterEach(() => t.dispose());

describe('proofreading: tracked corrections over rounds, 三审 sign-off', () => {
  it('runs the whole round trip: 一校 marks three, 二校 adds one, the editor accepts two and rejects one, the duty editor signs off', async () => {
    const s = await t.client.call('stories.create', { content: content({ headline: '绘蓝图', body: PARAS.map((text) => ({ type: 'paragraph' as const, text })) }) });
    const body = PARAS.join('\n');
    expect(await code(as.a!.call('corrections.add', { storyId: s.id, kind: 'delete', start: 0, end: 1 }))).toBe('FORBIDDEN'); // not in a proof round yet
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });

    const at = (needle: string) => body.indexOf(needle);
    const c1 = await as.a!.call('corrections.add', { storyId: s.id, kind: 'insert', start: at('总书记'), end: at('总书记'), replacement: '习近平', errorClass: 'A' });
    const c2 = await as.a!.call('corrections.add', { storyId: s.id, kind: 'join', start: at('取\n') + 1, end: at('取\n') + 2 });
    const c3 = await as.a!.call('corrections.add', { storyId: s.id, kind: 'replace', start: at('关键'), end: at('关键') + 2, replacement: '要紧' });
    expect([c1.round, c2.round, c3.round]).toEqual([1, 1, 1]);
    expect(c2.original).toBe('\n');

    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-2' });
    const seen = await as.b!.call('corrections.list', { storyId: s.id });
    expect(seen.map((c) => c.authorName)).toEqual(['校对甲', '校对甲', '校对甲']);
    const c4 = await as.b!.call('corrections.add', { storyId: s.id, kind: 'comment', start: at('十四五'), end: at('十四五') + 3, comment: '核对规划名称' });
    expect(c4.round).toBe(2);

    expect(await code(as.a!.call('corrections.decide', { storyId: s.id, ids: [c1.id], decision: 'accept' }))).toBe('FORBIDDEN'); // proofreaders do not accept
    await as.ed!.call('corrections.decide', { storyId: s.id, ids: [c1.id, c2.id], decision: 'accept' });
    const after = await as.ed!.call('corrections.decide', { storyId: s.id, ids: [c3.id], decision: 'reject' });
    expect(after.story.content.body.map((b) => b.text)).toEqual([
      '全会深入贯彻习近平总书记考察浙江重要讲话精神。',
      '2025年是“十四五”规划收官之年，是取得明显实质性进展的关键之年。',
    ]);
    const byId = new Map(after.corrections.map((c) => [c.id, c]));
    expect(byId.get(c1.id)!.status).toBe('accepted');
    expect(byId.get(c3.id)!.status).toBe('rejected');
    // The open comment moved with the text: it still marks 十四五.
    const text = after.story.content.body.map((b) => b.text).join('\n');
    const comment = byId.get(c4.id)!;
    expect(text.slice(comment.start, comment.end)).toBe('十四五');

    await as.ed!.call('corrections.decide', { storyId: s.id, decision: 'accept' }); // all remaining: the comment
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-3' });
    await t.client.call('stories.setStatus', { id: s.id, status: 'awaiting-signoff' }); // 三审 starts when the rounds are done
    await as.ed!.call('workflow.review', { storyId: s.id, stage: 'first' });
    const twice = await as.ed!.call('workflow.review', { storyId: s.id, stage: 'second' }).catch((e: unknown) => e);
    expect((twice as ApiCallError).error.code).toBe('FORBIDDEN');
    expect((twice as ApiCallError).error.messageZh).toContain('三审须由不同的人完成');
    await as.ed2!.call('workflow.review', { storyId: s.id, stage: 'second' });
    expect(await code(as.ed2!.call('workflow.review', { storyId: s.id, stage: 'final' }))).toBe('FORBIDDEN'); // an editor cannot sign off
    const signed = await as.duty!.call('workflow.review', { storyId: s.id, stage: 'final' });
    expect(signed.story.status).toBe('signed-off');
    expect(signed.reviews.map((r) => [r.stage, r.userName, r.valid])).toEqual([
      ['first', '编辑王', true], ['second', '编辑赵', true], ['final', '总编陈', true],
    ]);

    // A later change voids the sign-off, and only when the save says it knows that.
    const cur = await t.client.call('stories.get', { id: s.id });
    const changed = { ...cur.content, headline: '绘蓝图 明任务' };
    expect(await code(t.client.call('stories.save', { id: s.id, baseRevision: cur.revision, content: changed }))).toBe('CONFLICT');
    expect((await t.client.call('stories.get', { id: s.id })).status).toBe('signed-off');
    await t.client.call('stories.save', { id: s.id, baseRevision: cur.revision, content: changed, voidSignatures: true });
    const reviews = await t.client.call('workflow.reviews', { storyId: s.id });
    expect(reviews.every((r) => !r.valid)).toBe(true);
    expect((await t.client.call('stories.get', { id: s.id })).status).toBe('editing');

    const rate = await t.client.call('proof.errorRate', { storyIds: [s.id] });
    expect(rate.caught.byClass).toEqual({ A: 1, B: 0, C: 1 }); // 检出: the rejected one and the comment do not count
    expect(rate.caught.rows.map((r) => [r.round, r.userName, r.total])).toEqual([[1, '校对甲', 2]]);
    // 差错率: every caught error was dealt with before 终审, so the text that went out carried none.
    expect(rate.errorRate.stories[0]!.figure).toMatchObject({ openAtSignOff: 0, perTenThousand: 0, withinLimit: true });
  });

  it('refuses corrections that do not match their kind or split a character', async () => {
    const s = await t.client.call('stories.create', { content: content({ body: [{ type: 'paragraph', text: '𠮷野家宣布' }] }) });
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });
    expect(await code(as.a!.call('corrections.add', { storyId: s.id, kind: 'delete', start: 1, end: 2 }))).toBe('VALIDATION');
    expect(await code(as.a!.call('corrections.add', { storyId: s.id, kind: 'transpose', start: 2, end: 4, replacement: '家野' }))).toBe('NO ERROR');
    expect(await code(as.a!.call('corrections.add', { storyId: s.id, kind: 'transpose', start: 2, end: 4, replacement: '野屋' }))).toBe('VALIDATION');
    expect(await code(as.a!.call('corrections.add', { storyId: s.id, kind: 'join', start: 2, end: 3 }))).toBe('VALIDATION');
    expect(await code(as.a!.call('corrections.add', { storyId: s.id, kind: 'delete', start: 2, end: 99 }))).toBe('VALIDATION');
  });

  it('maps open corrections through a direct edit and marks them stale when their text changed', async () => {
    const s = await t.client.call('stories.create', { content: content({ body: [{ type: 'paragraph', text: '截止11月底，全市完成投资。' }] }) });
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });
    const c = await as.a!.call('corrections.add', { storyId: s.id, kind: 'replace', start: 0, end: 2, replacement: '截至' });
    const d = await as.a!.call('corrections.add', { storyId: s.id, kind: 'delete', start: 8, end: 10 });
    await t.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ body: [{ type: 'paragraph', text: '据悉，截止11月底，全县完成投资。' }] }) });
    const list = await t.client.call('corrections.list', { storyId: s.id });
    const moved = list.find((x) => x.id === c.id)!;
    expect([moved.start, moved.end, moved.status]).toEqual([3, 5, 'open']);
    expect(list.find((x) => x.id === d.id)!.status).toBe('stale');
  });

  it('checks a story with the proofreader: ASCII punctuation in Chinese is found in the body with its span', async () => {
    const s = await t.client.call('stories.create', { content: content({ headline: '增长8.7%', body: [{ type: 'paragraph', text: '规上工业增加值增长8.7%,外贸出口额增长19%。' }] }) });
    const findings = await t.client.call('proof.check', { storyId: s.id });
    const comma = findings.find((f) => f.field === 'body' && f.category === 'halfwidth-punct');
    expect(comma).toMatchObject({ start: 13, end: 14, suggestion: '，' });
    expect(findings.some((f) => f.field === 'body' && f.start === 12)).toBe(false); // 8.7% stays
  });
});
