// 检出 and 差错率 apart, over the real core and SQLite: what the proofreaders caught is their
// record; 差错率 is what the paper carried — corrections open when the story went out, plus
// what a 质检 marked on the published issue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, type Client } from '../../shared/api/client';
import { content, tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
const as: Record<string, Client> = {};

async function team(): Promise<void> {
  for (const [name, displayName, role] of [
    ['jia', '校对甲', 'proofreader'], ['yi', '校对乙', 'proofreader'], ['wang', '编辑王', 'editor'], ['zhao', '编辑赵', 'editor'],
    ['chen', '总编陈', 'duty-editor'], ['qc', '质检孙', 'quality-checker'], ['li', '记者李', 'reporter'],
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

const BODY = '全县秋粮总产再创新高，载止10月底，粮食播种面积稳定在五十万亩以上。';
const at = (needle: string): number => BODY.indexOf(needle);

/** A story through 一校 and 二校, each round catching one error that the editor then accepts. */
async function caughtAndCorrected(headline: string): Promise<number> {
  const s = await t.client.call('stories.create', { content: content({ headline, body: [{ type: 'paragraph', text: BODY }] }) });
  await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });
  await as.jia!.call('corrections.add', { storyId: s.id, kind: 'replace', start: at('载止'), end: at('载止') + 2, replacement: '截至', errorClass: 'B' });
  await as.jia!.call('corrections.add', { storyId: s.id, kind: 'comment', start: 0, end: 2, comment: '核对县名' });
  await t.client.call('stories.setStatus', { id: s.id, status: 'proof-2' });
  await as.yi!.call('corrections.add', { storyId: s.id, kind: 'insert', start: at('以上'), end: at('以上'), replacement: '。', errorClass: 'C' });
  await as.wang!.call('corrections.decide', { storyId: s.id, decision: 'accept' });
  await t.client.call('stories.setStatus', { id: s.id, status: 'proof-3' });
  await t.client.call('stories.setStatus', { id: s.id, status: 'awaiting-signoff' });
  return s.id;
}

async function sign(id: number): Promise<void> {
  await as.wang!.call('workflow.review', { storyId: id, stage: 'first' });
  await as.zhao!.call('workflow.review', { storyId: id, stage: 'second' });
  await as.chen!.call('workflow.review', { storyId: id, stage: 'final' });
}

async function issueWith(stories: number[]): Promise<{ issueId: number; pageId: number }> {
  const issue = await t.client.call('issues.create', { date: '2026-11-28', pages: [{ name: '要闻', template: 'broadsheet' }] });
  const pageId = issue.pages[0]!.id;
  let row = 16;
  for (const storyId of stories) {
    await t.client.call('layout.placeStory', { pageId, storyId, column: 0, row, columns: 4, headlineRows: 8, bodyRows: 20 });
    row += 40;
  }
  return { issueId: issue.id, pageId };
}

async function settled(jobId: string) {
  for (;;) {
    const s = await t.client.call('export.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeEach(async () => {
  t = await tempCore();
  await team();
});
afterEach(() => t.dispose());

describe('检出 and 差错率 of the text that went out', () => {
  it('a story whose caught errors were all corrected before sign-off: 检出 2, 差错率 0 for story, page, issue and month', async () => {
    const id = await caughtAndCorrected('秋粮丰收');
    await sign(id);
    const { issueId, pageId } = await issueWith([id]);
    const r = await t.client.call('proof.errorRate', { issueId });

    expect(r.caught.total).toBe(2); // the comment marks no error
    expect(r.caught.rows.map((x) => [x.round, x.userName, x.total])).toEqual([[1, '校对甲', 1], [2, '校对乙', 1]]);
    expect(r.caught.byClass).toEqual({ A: 0, B: 1, C: 1 });

    const story = r.errorRate.stories.find((s) => s.storyId === id)!;
    expect(story.caught).toBe(2);
    expect(story.wentOutAt).not.toBeNull();
    expect(story.figure).toMatchObject({ openAtSignOff: 0, qualityMarks: 0, perTenThousand: 0, withinLimit: true });
    expect(story.figure!.chars).toBeGreaterThan(0);
    expect(r.errorRate.pages).toMatchObject([{ pageId, storyIds: [id], notOut: 0, figure: { perTenThousand: 0 } }]);
    expect(r.errorRate.issues).toMatchObject([{ issueId, date: '2026-11-28', figure: { perTenThousand: 0 } }]);
    expect(r.errorRate.months).toMatchObject([{ month: '2026-11', perTenThousand: 0 }]);
    expect(r.errorRate.total.perTenThousand).toBe(0);
  });

  it('a story that went out with a correction still open (exported unsigned on the duty editor’s word) carries it, even once accepted later', async () => {
    const clean = await caughtAndCorrected('秋粮丰收');
    await sign(clean);
    const s = await t.client.call('stories.create', { content: content({ headline: '运动会开幕', body: [{ type: 'paragraph', text: BODY }] }) });
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });
    const open = await as.jia!.call('corrections.add', { storyId: s.id, kind: 'replace', start: at('载止'), end: at('载止') + 2, replacement: '截至', errorClass: 'A' });
    const { issueId } = await issueWith([clean, s.id]);

    const before = await t.client.call('proof.errorRate', { issueId });
    expect(before.errorRate.stories.find((x) => x.storyId === s.id)!.figure).toBeNull(); // not out yet: nothing to rate
    expect(before.errorRate.pages[0]!.notOut).toBe(1);

    const job = await settled((await as.chen!.call('export.start', { issueId, targets: { newsml: true }, override: { reason: '稿件电话审定，先发' } })).jobId);
    expect(job.state).toBe('done');
    const after = await t.client.call('proof.errorRate', { issueId });
    const story = after.errorRate.stories.find((x) => x.storyId === s.id)!;
    expect(story.figure).toMatchObject({ openAtSignOff: 1, byClass: { A: 1, B: 0, C: 0 }, weighted: 2, withinLimit: false });
    expect(story.figure!.perTenThousand).toBeCloseTo((2 * 10_000) / story.figure!.chars, 2);
    const chars = after.errorRate.stories.reduce((n, x) => n + x.chars, 0);
    expect(after.errorRate.issues[0]!.figure).toMatchObject({ chars, weighted: 2, openAtSignOff: 1 });

    // Accepting it now fixes the story, not the paper that went out.
    await as.wang!.call('corrections.decide', { storyId: s.id, ids: [open.id], decision: 'accept' });
    const later = await t.client.call('proof.errorRate', { storyIds: [s.id] });
    expect(later.errorRate.stories[0]!.figure!.openAtSignOff).toBe(1);
  });

  it('a 质检 mark on the published text raises 差错率 and 检出 stays as it was; withdrawing it lowers it again', async () => {
    const id = await caughtAndCorrected('秋粮丰收');
    await sign(id);
    const waiting = await caughtAndCorrected('尚未签发');
    const { issueId } = await issueWith([id, waiting]);

    const listed = await as.qc!.call('quality.issues', {});
    expect(listed.map((i) => i.id)).toEqual([issueId]);
    expect(listed[0]!.pages[0]!.stories.map((s) => [s.headline, s.wentOutAt !== null, s.marks])).toEqual([['秋粮丰收', true, 0], ['尚未签发', false, 0]]);

    const text = (await t.client.call('stories.get', { id })).content.body.map((b) => b.text).join('\n');
    const start = text.indexOf('五十万');
    const mark = await as.qc!.call('quality.mark', { storyId: id, issueId, start, end: start + 3, errorClass: 'B', note: '应为四十八万' });
    expect([mark.original, mark.authorName, mark.errorClass]).toEqual(['五十万', '质检孙', 'B']);

    const r = await t.client.call('proof.errorRate', { issueId });
    const story = r.errorRate.stories.find((s) => s.storyId === id)!;
    expect(story.figure).toMatchObject({ openAtSignOff: 0, qualityMarks: 1, weighted: 1 });
    expect(story.figure!.perTenThousand).toBeCloseTo(10_000 / story.figure!.chars, 2);
    expect(r.caught.total).toBe(4); // two stories, two caught each: the 质检 is not a proofreader's catch
    expect(r.errorRate.issues[0]!.figure).toMatchObject({ qualityMarks: 1, chars: story.figure!.chars }); // the unsigned story is not in it
    expect((await as.qc!.call('quality.issues', {}))[0]!.pages[0]!.stories[0]!.marks).toBe(1);

    // Only published text, only where it was published, only whole characters.
    expect(await code(as.qc!.call('quality.mark', { storyId: waiting, issueId, start: 0, end: 1, errorClass: 'B' }))).toBe('CONFLICT');
    const other = await t.client.call('issues.create', { date: '2026-11-29', pages: [{ name: '要闻', template: 'broadsheet' }] });
    expect(await code(as.qc!.call('quality.mark', { storyId: id, issueId: other.id, start: 0, end: 1, errorClass: 'B' }))).toBe('VALIDATION');
    expect(await code(as.qc!.call('quality.mark', { storyId: id, issueId, start: 0, end: text.length + 1, errorClass: 'B' }))).toBe('VALIDATION');

    const gone = await as.chen!.call('quality.unmark', { id: mark.id });
    expect(gone).toEqual({ storyId: id, marks: [] });
    expect((await t.client.call('proof.errorRate', { issueId })).errorRate.total.perTenThousand).toBe(0);
    const log = await t.client.call('audit.list', { action: 'quality.', limit: 10 });
    expect(log.map((e) => [e.action, e.userName])).toEqual([['quality.unmark', '总编陈'], ['quality.mark', '质检孙']]);
  });

  it('only the 质检员, the duty editor and administrators may mark: a reporter or a proofreader gets FORBIDDEN', async () => {
    const id = await caughtAndCorrected('秋粮丰收');
    await sign(id);
    const { issueId } = await issueWith([id]);
    const params = { storyId: id, issueId, start: 0, end: 2, errorClass: 'A' as const };
    expect(await code(as.li!.call('quality.mark', params))).toBe('FORBIDDEN');
    expect(await code(as.jia!.call('quality.mark', params))).toBe('FORBIDDEN');
    expect(await code(as.wang!.call('quality.mark', params))).toBe('FORBIDDEN');
    const m = await as.chen!.call('quality.mark', params);
    expect(await code(as.li!.call('quality.unmark', { id: m.id }))).toBe('FORBIDDEN');
    expect(await as.li!.call('quality.marks', { storyId: id })).toHaveLength(1); // reading is for everyone
  });
});
