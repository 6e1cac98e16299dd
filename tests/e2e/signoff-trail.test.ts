// A sign-off trail that tells the truth, driven through the UI: sending on with open corrections
// asks for a reason and shows it; preflight names each unsigned story and opens it; unsigned
// pages leave only on the duty editor's recorded word; the mark toolbar and the corrections list
// help on a long story (批注 starts empty, each correction in context, a click finds it).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';
import { actAs, circle, mark } from './proof-helpers';

const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const LONG = '秋粮收购工作全面展开';
const SIGNED = '全县经济运行稳中向好';

/** Forty paragraphs, each different, with two known slips: 截止 (should be 截至) near the top and 帐目 (账目) near the end. */
function longBody(): Array<{ type: 'paragraph'; text: string }> {
  const towns = ['古山镇', '方岩镇', '西溪镇', '舟山镇', '象珠镇', '唐先镇', '石柱镇', '前仓镇', '花街镇', '芝英镇'];
  return Array.from({ length: 40 }, (_, i) => {
    const town = `${towns[i % towns.length]}第${i + 1}收购点`;
    if (i === 0) return { type: 'paragraph' as const, text: `截止11月底，${town}已收购晚稻二千四百吨，比去年同期增加一成。` };
    if (i === 36) return { type: 'paragraph' as const, text: `${town}公开收购帐目，接受群众监督，做到价格上墙、标准上墙。` };
    return { type: 'paragraph' as const, text: `${town}组织人员深入田间地头，宣传最低收购价政策，引导农户分品种晾晒入库。` };
  });
}

async function inView(p: Page, selector: string): Promise<boolean> {
  return p.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  }, selector);
}

describe('sign-off trail: asked, recorded, named and shown', () => {
  let h: RunningApp;
  let core: Client;
  let longId = 0;
  let signedId = 0;
  let issueId = 0;

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1400, height: 900 } });
    h.page.setDefaultTimeout(20_000);
    mkdirSync(OUT, { recursive: true });
    // Setup only, over the same core: the team, two stories, an issue with both on page 1.
    const session = h.core.openSession('in-process');
    core = createClient((m, p) => session.call(m, p));
    const [root] = await core.call('users.list', {});
    await core.call('session.setUser', { userId: root!.id });
    const people: Record<string, Client> = {};
    for (const [name, displayName, role] of [
      ['jia', '校对甲', 'proofreader'], ['wang', '编辑王', 'editor'], ['zhao', '编辑赵', 'editor'], ['chen', '总编陈', 'duty-editor'],
    ] as const) {
      const u = await core.call('users.create', { name, displayName, role });
      const s = h.core.openSession('in-process');
      people[name] = createClient((m, p) => s.call(m, p));
      await people[name]!.call('session.setUser', { userId: u.id });
    }
    const base = { kind: 'article' as const, kicker: '', subhead: '', byline: '', dateline: '', section: '' };
    longId = (await core.call('stories.create', { content: { ...base, headline: LONG, body: longBody() } })).id;
    signedId = (await core.call('stories.create', { content: { ...base, headline: SIGNED, body: [{ type: 'paragraph', text: '前三季度全县地区生产总值同比增长百分之六。' }] } })).id;
    for (const id of [longId, signedId]) for (const status of ['editing', 'proof-1', 'proof-2', 'proof-3'] as const) await core.call('stories.setStatus', { id, status });
    await core.call('stories.setStatus', { id: signedId, status: 'awaiting-signoff' });
    await people.wang!.call('workflow.review', { storyId: signedId, stage: 'first' });
    await people.zhao!.call('workflow.review', { storyId: signedId, stage: 'second' });
    await people.chen!.call('workflow.review', { storyId: signedId, stage: 'final' });
    const issue = await core.call('issues.create', { date: '2026-12-04', pages: [{ name: '要闻', template: 'broadsheet' }] });
    issueId = issue.id;
    await core.call('layout.placeStory', { pageId: issue.pages[0]!.id, storyId: signedId, column: 0, row: 16, columns: 4, headlineRows: 8, bodyRows: 20 });
    await core.call('layout.placeStory', { pageId: issue.pages[0]!.id, storyId: longId, column: 0, row: 50, columns: 6, headlineRows: 8, bodyRows: 120 });
    await h.page.reload();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('a proofreader marks on a long story: 批注 starts empty for each mark, the toolbar stays in view, each correction shows its context and a click finds it', async () => {
    const p = h.page;
    await actAs(p, '校对甲（校对）');
    await p.getByTestId('nav-proof').click();
    await p.getByTestId('proof-story-picker').click();
    await p.locator('.ant-select-item-option').filter({ hasText: LONG }).click();
    await expect.poll(() => p.getByTestId('proof-headline').textContent()).toContain(LONG);

    await circle(p, '截止');
    await p.getByTestId('mark-comment').fill('“截止”指期限，此处应为“截至”');
    await mark(p, 'replace', '截至');
    // The next mark starts blank: nothing of the last one's 批注 or 改为 is carried over.
    expect(await p.getByTestId('mark-comment').inputValue()).toBe('');
    expect(await p.getByTestId('mark-replacement').inputValue()).toBe('');

    // Far down the story the toolbar is still on screen.
    await p.locator('[data-testid=proof-para]').last().scrollIntoViewIfNeeded();
    expect(await inView(p, '[data-testid=mark-toolbar]')).toBe(true);
    expect(await inView(p, '[data-testid=pf-span][data-kind=replace]')).toBe(false);
    await circle(p, '帐目', 1);
    expect(await p.getByTestId('mark-comment').inputValue()).toBe('');
    await mark(p, 'replace', '账');
    await p.screenshot({ path: join(OUT, 'signoff-long-story.png') });

    // Each correction in ten characters of context either side.
    const contexts = await p.getByTestId('correction-context').allTextContents();
    expect(contexts).toEqual(['截止11月底，古山镇第1…', '…第37收购点公开收购帐目，接受群众监督，做…']);
    // A click on the first brings its place in the copy back into view.
    await p.getByTestId('correction-item').first().click();
    await expect.poll(() => inView(p, '[data-testid=pf-span][data-kind=replace]')).toBe(true);
    expect(await p.locator('[data-flash]').count()).toBe(1);
  });

  it('sending to 待签发 with two corrections open asks for a reason, refuses an empty one, then records and shows who, when and why', async () => {
    const p = h.page;
    const next = p.getByTestId('next-status');
    expect(await next.getAttribute('data-next')).toBe('awaiting-signoff');
    await next.click();
    const dialog = p.getByTestId('override-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-rule')).toBe('send-with-open-corrections');
    expect(await p.getByTestId('override-message').textContent()).toContain('还有 2 处校对修改未处理');
    expect(await p.getByTestId('override-reason').inputValue()).toBe('');
    await p.getByTestId('override-submit').click();
    await p.getByTestId('override-short').waitFor();
    expect((await core.call('stories.get', { id: longId })).status).toBe('proof-3');
    await p.getByTestId('override-reason').fill('两处均为用字问题，已电话告知编辑在版面上改');
    await p.screenshot({ path: join(OUT, 'signoff-ask-reason.png') });
    await p.getByTestId('override-submit').click();
    await p.locator('[data-testid=round-bar][data-status=awaiting-signoff]').waitFor();
    const shown = p.getByTestId('override-record');
    await shown.waitFor();
    expect(await shown.getAttribute('data-rule')).toBe('send-with-open-corrections');
    expect(await shown.textContent()).toMatch(/带未处理校对修改送签：校对甲 · .+ · 理由：两处均为用字问题，已电话告知编辑在版面上改/);
    expect(await core.call('workflow.overrides', { storyId: longId })).toMatchObject([{ rule: 'send-with-open-corrections', userName: '校对甲', reason: '两处均为用字问题，已电话告知编辑在版面上改' }]);
    const log = await core.call('audit.list', { entity: 'story', entityId: longId, limit: 50 });
    expect(log.some((e) => e.action === 'override.send-with-open-corrections' && e.userName === '校对甲')).toBe(true);
    await p.screenshot({ path: join(OUT, 'signoff-override-shown.png') });
  });

  it('preflight lists each unsigned story by name (not the signed one) and opens it in 校对', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/export`);
    await p.getByTestId('export-view').waitFor();
    await p.getByTestId('run-preflight').click();
    await p.getByTestId('preflight-report').waitFor();
    const unsigned = p.locator('[data-testid=preflight-problem][data-code=not-signed-off]');
    expect(await unsigned.evaluateAll((els) => els.map((e) => e.getAttribute('data-story-id')))).toEqual([String(longId)]);
    expect(await unsigned.textContent()).toContain(`《${LONG}》尚未签发（现为“待签发”）`);
    expect(await p.getByTestId('preflight-report').textContent()).not.toContain(SIGNED);
    // A proofreader cannot let it out: 开始导出 is held, saying who can.
    await p.getByTestId('target-print').waitFor();
    expect(await p.getByTestId('export-needs-authority').textContent()).toContain('值班总编或管理员');
    expect(await p.getByTestId('export-start').isDisabled()).toBe(true);
    await p.screenshot({ path: join(OUT, 'signoff-preflight.png') });

    await unsigned.getByTestId('preflight-open-story').click();
    await p.getByTestId('proof-view').waitFor();
    await expect.poll(() => p.getByTestId('proof-view').getAttribute('data-story-id')).toBe(String(longId));
    await expect.poll(() => p.getByTestId('proof-headline').textContent()).toContain(LONG);
  });

  it('the duty editor exports the unsigned page for print only with a reason, recorded against the issue and the story', async () => {
    const p = h.page;
    await actAs(p, '总编陈（值班总编）');
    await p.goto(`${h.url}#/export`);
    await p.getByTestId('run-preflight').click();
    await p.getByTestId('preflight-report').waitFor();
    expect(await p.getByTestId('export-needs-authority').count()).toBe(0);
    await p.getByTestId('export-anyway').click();
    await p.getByTestId('export-start').click();
    const dialog = p.getByTestId('override-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-rule')).toBe('export-unsigned');
    expect(await p.getByTestId('override-message').textContent()).toContain(`第1版《${LONG}》`);
    await p.getByTestId('override-reason').fill('截稿时间已到，稿件由分管领导电话审定');
    await p.getByTestId('override-submit').click();
    await expect.poll(() => p.getByTestId('export-job').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    const log = await core.call('audit.list', { entity: 'issue', entityId: issueId, limit: 20 });
    expect(log.find((e) => e.action === 'override.export-unsigned')).toMatchObject({ userName: '总编陈', detail: '截稿时间已到，稿件由分管领导电话审定' });
    expect((await core.call('workflow.overrides', { storyId: longId })).map((o) => o.rule)).toEqual(['send-with-open-corrections', 'export-unsigned']);
    expect(await core.call('workflow.overrides', { storyId: signedId })).toEqual([]);
    await p.screenshot({ path: join(OUT, 'signoff-export-override.png') });
  }, 90_000);

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
