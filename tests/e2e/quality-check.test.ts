// 质检 in Chromium: the 质检员 opens a published issue, reads a signed story as it went out,
// marks an error left in it, and the 差错率 (见报) rises while 检出 stays the proofreaders' record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { content } from '../support/temp-core';
import { startApp, type RunningApp } from './harness';
import { actAs, circle, shot } from './proof-helpers';

const BODY = '全县秋粮总产再创新高，截至10月底，粮食播种面积稳定在五十万亩以上。';

describe('质检: marking errors on the published paper, counted in 差错率', () => {
  let h: RunningApp;
  let storyId = 0;
  let core: Client;
  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1500, height: 950 } });
    // Setup only: a team, one story proofread (one error caught and corrected), signed, on page 1.
    const session = h.core.openSession('in-process');
    core = createClient((m, p) => session.call(m, p));
    const [root] = await core.call('users.list', {});
    await core.call('session.setUser', { userId: root!.id });
    const as: Record<string, Client> = {};
    for (const [name, displayName, role] of [
      ['jia', '校对甲', 'proofreader'], ['wang', '编辑王', 'editor'], ['zhao', '编辑赵', 'editor'],
      ['chen', '总编陈', 'duty-editor'], ['sun', '质检孙', 'quality-checker'], ['li', '记者李', 'reporter'],
    ] as const) {
      const u = await core.call('users.create', { name, displayName, role });
      const s = h.core.openSession('in-process');
      as[name] = createClient((m, p) => s.call(m, p));
      await as[name].call('session.setUser', { userId: u.id });
    }
    const story = await core.call('stories.create', { content: content({ headline: '秋粮丰收', body: [{ type: 'paragraph', text: BODY.replace('截至', '载止') }] }) });
    storyId = story.id;
    await core.call('stories.setStatus', { id: storyId, status: 'proof-1' });
    await as.jia!.call('corrections.add', { storyId, kind: 'replace', start: 11, end: 13, replacement: '截至', errorClass: 'B' });
    await as.wang!.call('corrections.decide', { storyId, decision: 'accept' });
    for (const status of ['proof-2', 'proof-3', 'awaiting-signoff'] as const) await core.call('stories.setStatus', { id: storyId, status });
    await as.wang!.call('workflow.review', { storyId, stage: 'first' });
    await as.zhao!.call('workflow.review', { storyId, stage: 'second' });
    await as.chen!.call('workflow.review', { storyId, stage: 'final' });
    const issue = await core.call('issues.create', { date: '2026-11-28', pages: [{ name: '要闻', template: 'broadsheet' }] });
    await core.call('layout.placeStory', { pageId: issue.pages[0]!.id, storyId, column: 0, row: 16, columns: 4, headlineRows: 8, bodyRows: 20 });
    await h.page.reload();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a reporter may read the published issue but has no marking bar', async () => {
    const p = h.page;
    await actAs(p, '记者李（记者）');
    await p.getByTestId('nav-quality').click();
    await p.getByTestId('quality-view').waitFor();
    await p.locator(`[data-testid=qc-story][data-story-id="${storyId}"]`).click();
    await expect.poll(() => p.getByTestId('qc-headline').textContent()).toBe('秋粮丰收');
    expect(await p.getByTestId('qc-bar').count()).toBe(0);
    expect(await p.getByTestId('qc-issue-rate').getAttribute('data-rate')).toBe('0');
  });

  it('the 质检员 circles an error in the published text, marks it class A with a note, and 差错率 rises; 检出 does not', async () => {
    const p = h.page;
    await actAs(p, '质检孙（质检员）');
    await p.getByTestId('qc-bar').waitFor();
    await circle(p, '五十万', 3, 'qc-text');
    await expect.poll(() => p.getByTestId('qc-selection').textContent()).toContain('五十万');
    await p.getByTestId('qc-class-A').click();
    await p.getByTestId('qc-note').fill('应为四十八万');
    await p.getByTestId('qc-mark').click();
    await p.locator('[data-testid=qc-mark-item][data-class=A]').waitFor();
    expect(await p.getByTestId('qc-span').textContent()).toBe('五十万');
    expect(await p.getByTestId('qc-mark-item').textContent()).toContain('应为四十八万');

    const expected = await core.call('proof.errorRate', { storyIds: [storyId] });
    const figure = expected.errorRate.stories[0]!.figure!;
    expect(figure).toMatchObject({ qualityMarks: 1, openAtSignOff: 0, weighted: 2 });
    await expect.poll(() => p.getByTestId('qc-issue-rate').getAttribute('data-rate')).toBe(String(figure.perTenThousand));
    expect(await p.getByTestId('qc-issue-rate').getAttribute('data-within')).toBe('false');
    await shot(p, 'quality-mark');

    // The 校对 view's panel: 检出 is still the one caught error, 差错率 now the 质检's.
    await p.getByTestId('nav-proof').click();
    await p.getByTestId('proof-story-picker').click();
    await p.locator('.ant-select-item-option').filter({ hasText: '秋粮丰收' }).click();
    await p.locator(`[data-testid=proof-view][data-story-id="${storyId}"]`).waitFor();
    await p.getByTestId('tab-rate').click();
    const row = p.locator(`[data-testid=rate-row][data-story-id="${storyId}"]`);
    await row.waitFor();
    expect(await p.getByTestId('caught').getAttribute('data-total')).toBe('1');
    expect(await row.getAttribute('data-rate')).toBe(String(figure.perTenThousand));
    expect(await p.getByTestId('rate-total').textContent()).toContain('质检 1');
  });
});
