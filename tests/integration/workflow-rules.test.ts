// 三审三校 enforced by the core whatever a window shows: a direct call cannot sign, skip a round,
// send copy with open corrections on silently, review before the rounds are done, or put an
// unsigned page in print. Each rule that may be set aside takes a reason, recorded for all to see.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError, type Client } from '../../shared/api/client';
import type { ApiError } from '../../shared/api/errors';
import { content, tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
const as: Record<string, Client> = {};

async function team(): Promise<void> {
  for (const [name, displayName, role] of [
    ['jia', '校对甲', 'proofreader'], ['wang', '编辑王', 'editor'], ['zhao', '编辑赵', 'editor'],
    ['chen', '总编陈', 'duty-editor'], ['li', '总编李', 'duty-editor'],
  ] as const) {
    const u = await t.client.call('users.create', { name, displayName, role });
    const w = t.newClient();
    await w.client.call('session.setUser', { userId: u.id });
    as[name] = w.client;
  }
}

/** The error a call fails with (or a marker when it succeeds, so an assertion on it fails). */
const failure = async (p: Promise<unknown>): Promise<ApiError> => {
  const e = await p.then(() => null, (err: unknown) => err);
  return e instanceof ApiCallError ? e.error : { code: 'NO ERROR' as never, messageZh: '', messageEn: '' };
};

const para = (text: string) => ({ type: 'paragraph' as const, text });

/** A story walked through 一校, 二校 and 三校 by the given client. */
async function proofed(headline: string, body: string, by: Client = t.client): Promise<number> {
  const s = await by.call('stories.create', { content: content({ headline, body: [para(body)] }) });
  for (const status of ['editing', 'proof-1', 'proof-2', 'proof-3'] as const) await by.call('stories.setStatus', { id: s.id, status });
  return s.id;
}

beforeEach(async () => {
  t = await tempCore();
  await team();
});
afterEach(() => t.dispose());

describe('story status: only the rules’ way to 已签发', () => {
  it('refuses 已签发 by setStatus, for anyone, and leaves the story as it was', async () => {
    const id = await proofed('秋粮丰收', '全县秋粮总产再创新高。');
    for (const who of [t.client, as.chen!]) {
      const e = await failure(who.call('stories.setStatus', { id, status: 'signed-off' }));
      expect(e.code).toBe('FORBIDDEN');
      expect(e.messageZh).toContain('只能由值班总编经终审');
    }
    expect((await t.client.call('stories.get', { id })).status).toBe('proof-3');
    expect(await t.client.call('workflow.reviews', { storyId: id })).toEqual([]);
  });

  it('refuses to skip a proof round forwards, and lets a story be sent back', async () => {
    const s = await t.client.call('stories.create', { content: content({ body: [para('一段正文。')] }) });
    expect((await failure(t.client.call('stories.setStatus', { id: s.id, status: 'proof-3' }))).code).toBe('CONFLICT');
    expect((await failure(t.client.call('stories.setStatus', { id: s.id, status: 'awaiting-signoff' }))).messageZh).toContain('须先经过“三校”');
    await t.client.call('stories.setStatus', { id: s.id, status: 'proof-1' });
    expect((await failure(t.client.call('stories.setStatus', { id: s.id, status: 'proof-3' }))).messageZh).toContain('须先经过“二校”');
    expect((await t.client.call('stories.setStatus', { id: s.id, status: 'editing' })).status).toBe('editing');
  });

  it('待签发 with open corrections: refused without a reason, recorded (who, when, why) with one', async () => {
    const id = await proofed('乡村振兴', '截止11月底，全县完成投资。');
    await as.jia!.call('corrections.add', { storyId: id, kind: 'replace', start: 0, end: 2, replacement: '截至' });
    await as.jia!.call('corrections.add', { storyId: id, kind: 'comment', start: 3, end: 6, comment: '核对日期' });

    const refused = await failure(as.jia!.call('stories.setStatus', { id, status: 'awaiting-signoff' }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.messageZh).toContain('还有 2 处校对修改未处理');
    expect(refused.details).toMatchObject({ override: 'send-with-open-corrections', openCorrections: 2 });
    expect((await t.client.call('stories.get', { id })).status).toBe('proof-3');
    expect(await t.client.call('workflow.overrides', { storyId: id })).toEqual([]);

    for (const reason of ['  ', '𠮷']) expect((await failure(as.jia!.call('stories.setStatus', { id, status: 'awaiting-signoff', override: { reason } }))).code).toBe('VALIDATION');
    const sent = await as.jia!.call('stories.setStatus', { id, status: 'awaiting-signoff', override: { reason: '编辑在版面上改，已电话确认' } });
    expect(sent.status).toBe('awaiting-signoff');
    const [o, ...more] = await t.client.call('workflow.overrides', { storyId: id });
    expect(more).toEqual([]);
    expect(o).toMatchObject({ rule: 'send-with-open-corrections', userName: '校对甲', reason: '编辑在版面上改，已电话确认' });
    const log = await t.client.call('audit.list', { entity: 'story', entityId: id, limit: 20 });
    expect(log.find((e) => e.action === 'override.send-with-open-corrections')).toMatchObject({ userName: '校对甲', detail: '编辑在版面上改，已电话确认', at: o!.at });
  });

  it('sending a signed story back voids its 三审: the page is no longer signed', async () => {
    const id = await proofed('新闻一则', '全会胜利闭幕。');
    await t.client.call('stories.setStatus', { id, status: 'awaiting-signoff' });
    await as.wang!.call('workflow.review', { storyId: id, stage: 'first' });
    await as.zhao!.call('workflow.review', { storyId: id, stage: 'second' });
    await as.chen!.call('workflow.review', { storyId: id, stage: 'final' });
    await t.client.call('stories.setStatus', { id, status: 'proof-3' });
    expect((await t.client.call('workflow.reviews', { storyId: id })).map((r) => r.valid)).toEqual([false, false, false]);
  });
});

describe('三审: three people, rounds first, 终审 by the duty editor', () => {
  it('初审 waits for the proof rounds; only the duty editor or an administrator may set that aside, with a reason', async () => {
    const id = await proofed('民生实事', '十件民生实事全部完成。');
    const early = await failure(as.wang!.call('workflow.review', { storyId: id, stage: 'first' }));
    expect(early.code).toBe('CONFLICT');
    expect(early.messageZh).toContain('校对尚未完成');
    expect(early.details).toMatchObject({ override: 'first-review-before-rounds' });
    // An editor cannot excuse themself.
    expect((await failure(as.wang!.call('workflow.review', { storyId: id, stage: 'first', override: { reason: '赶版' } }))).code).toBe('FORBIDDEN');
    expect(await t.client.call('workflow.reviews', { storyId: id })).toEqual([]);

    const r = await as.chen!.call('workflow.review', { storyId: id, stage: 'first', override: { reason: '突发稿件，三校与初审并行' } });
    expect(r.reviews.map((x) => [x.stage, x.userName])).toEqual([['first', '总编陈']]);
    expect(await t.client.call('workflow.overrides', { storyId: id })).toMatchObject([{ rule: 'first-review-before-rounds', userName: '总编陈', reason: '突发稿件，三校与初审并行' }]);
  });

  it('after 三校 and 待签发 the chain runs: three different people, and 终审 only by the duty editor — not an administrator', async () => {
    const id = await proofed('项目签约', '总投资12亿元的项目落户园区。');
    await t.client.call('stories.setStatus', { id, status: 'awaiting-signoff' });
    await as.wang!.call('workflow.review', { storyId: id, stage: 'first' });
    expect((await failure(as.wang!.call('workflow.review', { storyId: id, stage: 'second' }))).messageZh).toContain('三审须由不同的人完成');
    await as.zhao!.call('workflow.review', { storyId: id, stage: 'second' });
    const admin = await failure(t.client.call('workflow.review', { storyId: id, stage: 'final' }));
    expect(admin.code).toBe('FORBIDDEN');
    expect(admin.messageZh).toContain('值班总编');
    expect((await failure(as.zhao!.call('workflow.review', { storyId: id, stage: 'final' }))).code).toBe('FORBIDDEN');
    const signed = await as.chen!.call('workflow.review', { storyId: id, stage: 'final' });
    expect(signed.story.status).toBe('signed-off');
    expect(signed.reviews.map((x) => [x.stage, x.userName, x.valid])).toEqual([['first', '编辑王', true], ['second', '编辑赵', true], ['final', '总编陈', true]]);
  });

  it('a duty editor who did 复审 cannot also sign: 终审 needs a third person', async () => {
    const id = await proofed('会议报道', '县人大常委会召开会议。');
    await t.client.call('stories.setStatus', { id, status: 'awaiting-signoff' });
    await as.wang!.call('workflow.review', { storyId: id, stage: 'first' });
    await as.chen!.call('workflow.review', { storyId: id, stage: 'second' });
    expect((await failure(as.chen!.call('workflow.review', { storyId: id, stage: 'final' }))).code).toBe('FORBIDDEN');
    expect((await as.li!.call('workflow.review', { storyId: id, stage: 'final' })).story.status).toBe('signed-off');
  });
});

describe('export: nothing unsigned leaves the newsroom unless someone answers for it', () => {
  async function issueWith(stories: number[]): Promise<{ issueId: number; pageId: number }> {
    const issue = await t.client.call('issues.create', { date: '2026-12-04', pages: [{ name: '要闻', template: 'broadsheet' }] });
    const pageId = issue.pages[0]!.id;
    await t.client.call('pages.update', { id: pageId, editor: '编辑王', proofreader: '校对甲' });
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

  it('preflight names each unsigned story; print and e-paper are refused; the duty editor’s reason is recorded and printed on the 大样', async () => {
    const signed = await proofed('全县经济稳中向好', '前三季度地区生产总值同比增长。');
    await t.client.call('stories.setStatus', { id: signed, status: 'awaiting-signoff' });
    await as.wang!.call('workflow.review', { storyId: signed, stage: 'first' });
    await as.zhao!.call('workflow.review', { storyId: signed, stage: 'second' });
    await as.chen!.call('workflow.review', { storyId: signed, stage: 'final' });
    const waiting = await proofed('秋季运动会开幕', '来自全县的运动员参加比赛。');
    const { issueId } = await issueWith([signed, waiting]);

    const report = await t.client.call('export.preflight', { issueId });
    const unsigned = report.problems.filter((p) => p.code === 'not-signed-off');
    expect(unsigned.map((p) => [p.pageNumber, p.storyId])).toEqual([[1, waiting]]);
    expect(unsigned[0]!.messageZh).toBe('第1版：《秋季运动会开幕》尚未签发（现为“三校”），须经值班总编终审后再输出。');

    for (const targets of [{ print: true }, { epaper: true }, { newsml: true }, { print: true, proof: true }]) {
      const e = await failure(as.chen!.call('export.start', { issueId, targets }));
      expect(e.code).toBe('CONFLICT');
      expect(e.messageZh).toContain('第1版《秋季运动会开幕》');
      expect(e.details).toMatchObject({ override: 'export-unsigned', unsigned: [{ storyId: waiting, headline: '秋季运动会开幕', status: 'proof-3', pageNumbers: [1] }] });
    }
    // Proofs are for checking: never held back.
    expect((await settled((await as.wang!.call('export.start', { issueId, targets: { proof: true } })).jobId)).state).toBe('done');
    // Only the duty editor or an administrator may answer for it.
    expect((await failure(as.wang!.call('export.start', { issueId, targets: { print: true }, override: { reason: '来不及了' } }))).code).toBe('FORBIDDEN');
    expect(await t.client.call('workflow.overrides', { storyId: waiting })).toEqual([]);

    const reason = '运动会稿件由体育部主任电话审定，先付印';
    const job = await settled((await as.chen!.call('export.start', { issueId, targets: { print: true, proof: true }, overwrite: true, override: { reason } })).jobId);
    expect(job.state).toBe('done');
    const issueLog = await t.client.call('audit.list', { entity: 'issue', entityId: issueId, limit: 10 });
    expect(issueLog.find((e) => e.action === 'override.export-unsigned')).toMatchObject({ userName: '总编陈', detail: reason });
    expect(await t.client.call('workflow.overrides', { storyId: waiting })).toMatchObject([{ rule: 'export-unsigned', userName: '总编陈', reason }]);
    expect(await t.client.call('workflow.overrides', { storyId: signed })).toEqual([]);

    // The 大样 tells the truth: no signer printed over the page, each story's own round and signatures, the override.
    const proof = join(job.folder, job.files.find((f) => f.target === 'proof')!.name);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', proof, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('签发：未签发（1/2篇未签）');
    expect(text).not.toMatch(/签发：总编陈(?!.)/);
    expect(text).toContain('校次：已签发·初审：编辑王复审：编辑赵签发：总编陈');
    expect(text).toContain('校次：三校·初审：＿＿复审：＿＿签发：＿＿');
    expect(text).toContain(`未签发版面强制输出：总编陈`);
    expect(text).toContain(`理由：${reason}`);
  }, 120_000);

  it('an issue whose stories are all signed exports for print with no override and records none', async () => {
    const id = await proofed('一篇签发的稿', '正文一段。');
    await t.client.call('stories.setStatus', { id, status: 'awaiting-signoff' });
    await as.wang!.call('workflow.review', { storyId: id, stage: 'first' });
    await as.zhao!.call('workflow.review', { storyId: id, stage: 'second' });
    await as.chen!.call('workflow.review', { storyId: id, stage: 'final' });
    const { issueId } = await issueWith([id]);
    expect((await t.client.call('export.preflight', { issueId })).problems.filter((p) => p.code === 'not-signed-off')).toEqual([]);
    // Print is production's: an editor is refused by role even for a signed issue; the duty editor needs no override.
    expect((await failure(as.wang!.call('export.start', { issueId, targets: { print: true } }))).code).toBe('FORBIDDEN');
    const job = await settled((await as.chen!.call('export.start', { issueId, targets: { print: true } })).jobId);
    expect(job.state).toBe('done');
    expect((await t.client.call('audit.list', { entity: 'issue', entityId: issueId, limit: 50 })).some((e) => e.action.startsWith('override.'))).toBe(false);
  }, 120_000);
});
