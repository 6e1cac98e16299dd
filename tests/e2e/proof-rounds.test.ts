import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';
import { actAs, bodyText, caretBefore, check, circle, mark, shot } from './proof-helpers';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';

describe('proofreading in three rounds with 三审 sign-off, driven through the UI', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1600, height: 1000 } });
    // Setup only: the team and the seed page (its repairs declined, so the checker has findings).
    const session = h.core.openSession('in-process');
    const admin = createClient((m, p) => session.call(m, p));
    const [root] = await admin.call('users.list', {});
    await admin.call('session.setUser', { userId: root!.id });
    for (const [name, displayName, role] of [
      ['jia', '校对甲', 'proofreader'], ['yi', '校对乙', 'proofreader'], ['wang', '编辑王', 'editor'],
      ['zhao', '编辑赵', 'editor'], ['chen', '总编陈', 'duty-editor'],
    ] as const) {
      await admin.call('users.create', { name, displayName, role });
    }
    const source = { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } };
    const preview = await admin.call('import.preview', { source });
    await admin.call('import.commit', { source, rejectedRepairIds: preview.stories.flatMap((s) => s.repairs.map((r) => r.id)) });
    await h.page.reload();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the 侧记 in proof view and sends it to 一校', async () => {
    const p = h.page;
    await p.getByTestId('nav-proof').click();
    await p.getByTestId('proof-view').waitFor();
    await p.getByTestId('proof-story-picker').click();
    await p.locator('.ant-select-item-option').filter({ hasText: CEJI }).click();
    await expect.poll(() => p.getByTestId('proof-headline').textContent()).toContain(CEJI);
    for (const next of ['editing', 'proof-1']) {
      const button = p.getByTestId('next-status');
      expect(await button.getAttribute('data-next')).toBe(next);
      await button.click();
      await p.locator(`[data-testid=round-bar][data-status=${next}]`).waitFor();
    }
    expect(await p.getByTestId('proof-status').textContent()).toBe('一校');
  });

  it('proofreader A marks three corrections in 一校, drawn inline with their GB/T 14706 names', async () => {
    const p = h.page;
    await actAs(p, '校对甲（校对）');
    await circle(p, '可喜成绩');
    expect(await p.getByTestId('mark-selection').textContent()).toContain('可喜成绩');
    await mark(p, 'replace', '可喜成就');
    await circle(p, '更进一步', 1);
    await mark(p, 'delete');
    await caretBefore(p, '大家一致表示');
    expect(await p.getByTestId('mark-selection').textContent()).toContain('插入点');
    await mark(p, 'insert', '与会');

    const items = p.getByTestId('correction-item');
    expect(await items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-kind'), e.getAttribute('data-round'), e.getAttribute('data-author')]))).toEqual([
      ['replace', '1', '校对甲'], ['delete', '1', '校对甲'], ['insert', '1', '校对甲'],
    ]);
    // Inline: the circled text struck through, the new text in the round's ink, the mark's name in the margin.
    expect(await p.locator('[data-testid=pf-span][data-kind=delete]').textContent()).toBe('更');
    expect(await p.locator('[data-testid=pf-span][data-kind=replace]').textContent()).toBe('可喜成绩');
    expect(await p.getByTestId('pf-ins').allTextContents()).toEqual(['可喜成就', '与会']);
    expect(await p.getByTestId('margin-mark').allTextContents()).toEqual(['甲改正第1校', '甲删除第1校', '甲增补第1校']);
    const ink = await p.locator('[data-testid=pf-ins]').first().evaluate((e) => getComputedStyle(e).color);
    expect(ink).toBe('rgb(200, 16, 46)');
    // The body text is unchanged until an editor accepts.
    expect((await bodyText(p)).join('\n')).toContain('可喜成绩');
    await shot(p, 'proof-round1');
  });

  it('keeps the corrections across a reload; A sends the story to 二校', async () => {
    const p = h.page;
    await p.reload();
    await p.getByTestId('proof-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('校对甲');
    await p.getByTestId('proof-story-picker').click();
    await p.locator('.ant-select-item-option').filter({ hasText: CEJI }).click();
    await expect.poll(() => p.getByTestId('correction-item').count()).toBe(3);
    await p.getByTestId('next-status').click();
    await p.locator('[data-testid=round-bar][data-status=proof-2]').waitFor();
  });

  it('proofreader B sees A’s corrections and adopts a checker finding as a fourth, in 二校 ink', async () => {
    const p = h.page;
    await actAs(p, '校对乙（校对）');
    expect(await p.getByTestId('correction-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-author')))).toEqual(['校对甲', '校对甲', '校对甲']);
    await p.getByTestId('tab-findings').click();
    await p.getByTestId('run-check').click();
    const finding = p.getByTestId('finding-item').first();
    await finding.waitFor();
    expect(await finding.textContent()).toContain('GB/T 15834');
    await finding.getByTestId('adopt-finding').click();
    await p.getByTestId('tab-corrections').click();
    await expect.poll(() => p.getByTestId('correction-item').count()).toBe(4);
    const b = p.locator('[data-testid=correction-item][data-round="2"]');
    expect(await b.getAttribute('data-author')).toBe('校对乙');
    expect(await b.getAttribute('data-kind')).toBe('replace');
    const ink = await p.locator('[data-testid=pf-ins][data-kind=replace]').first().evaluate((e) => getComputedStyle(e).color);
    expect(ink).toBe('rgb(29, 78, 216)');
    // A badge per person: 甲 and 乙 in different colours.
    const badges = await p.getByTestId('correction-list').getByTestId('person-badge').evaluateAll((els) => els.map((e) => [e.textContent, getComputedStyle(e).backgroundColor]));
    expect(new Set(badges.map((x) => x[0]))).toEqual(new Set(['甲', '乙']));
    expect(new Set(badges.map((x) => x[1])).size).toBe(2);
    await shot(p, 'proof-round2');
  });

  it('a proofreader cannot accept: the refusal is shown', async () => {
    const p = h.page;
    await check(p, '可喜成绩');
    await p.getByTestId('accept-selected').click();
    await expect.poll(() => p.getByTestId('decide-error').textContent()).toContain('处理校对修改需由');
  });

  it('the editor accepts two, rejects one, then accepts the rest', async () => {
    const p = h.page;
    await actAs(p, '编辑王（编辑）');
    await p.getByTestId('correction-check-all').click(); // clear what the proofreader had ticked
    await p.getByTestId('correction-check-all').click();
    await check(p, '可喜成绩');
    await check(p, '与会');
    await p.getByTestId('accept-selected').click();
    await expect.poll(() => p.locator('[data-testid=correction-item][data-status=accepted]').count()).toBe(2);
    await check(p, '更');
    await p.getByTestId('reject-selected').click();
    await expect.poll(() => p.locator('[data-testid=correction-item][data-status=rejected]').count()).toBe(1);
    const text = (await bodyText(p)).join('\n');
    expect(text).toContain('可喜成就');
    expect(text).toContain('与会大家一致表示');
    expect(text).toContain('更进一步');
    expect(text).toContain('亮点几何?'); // B's correction is still open
    await p.getByTestId('accept-all').click();
    await expect.poll(async () => (await bodyText(p)).join('\n')).toContain('亮点几何？');
    expect(await p.getByTestId('open-count').textContent()).toBe('0 处待处理');
  });

  it('三审: 初审 waits for 三校 and 待签发; the editor does 初审 and may not do 复审; another editor does 复审; the duty editor signs off', async () => {
    const p = h.page;
    await p.getByTestId('tab-reviews').click();
    // Still in 二校: the rounds are not complete, so an editor is not offered 初审.
    expect(await p.getByTestId('do-review-first').isDisabled()).toBe(true);
    expect(await p.getByTestId('review-hint-first').textContent()).toContain('三校后送“待签发”才能初审');
    for (const next of ['proof-3', 'awaiting-signoff']) {
      await p.getByTestId('next-status').click();
      await p.locator(`[data-testid=round-bar][data-status=${next}]`).waitFor();
    }
    await p.getByTestId('do-review-first').click();
    await p.locator('[data-testid=review-first][data-done=yes]').waitFor();
    // One person, one stage: 复审 is not offered to the editor who did 初审 (the core would refuse it).
    expect(await p.getByTestId('do-review-second').isDisabled()).toBe(true);
    expect(await p.getByTestId('review-hint-second').textContent()).toContain('三审须由不同的人完成：你已做过本稿的初审');
    expect(await p.getByTestId('review-hint-final').textContent()).toContain('终审（签发）只能由值班总编执行');
    await shot(p, 'proof-refused');

    await actAs(p, '编辑赵（编辑）');
    await p.getByTestId('do-review-second').click();
    await p.locator('[data-testid=round-bar][data-status=awaiting-signoff]').waitFor();
    await actAs(p, '总编陈（值班总编）');
    await p.getByTestId('do-review-final').click();
    await p.locator('[data-testid=round-bar][data-status=signed-off]').waitFor();
    expect(await p.getByTestId('proof-status').textContent()).toBe('已签发');
    expect(await p.getByTestId('review-record').allTextContents()).toEqual([
      expect.stringContaining('编辑王'), expect.stringContaining('编辑赵'), expect.stringContaining('总编陈'),
    ]);
    expect(await p.getByTestId('review-panel').textContent()).not.toContain('失效');
  });

  it('shows 检出 and 差错率 apart: three errors caught and all corrected before sign-off, so the published text’s 差错率 is 0', async () => {
    const p = h.page;
    await p.getByTestId('tab-rate').click();
    const row = p.getByTestId('rate-row').filter({ hasText: CEJI });
    await row.waitFor();
    // 检出: the proofreaders' record, per round and person (the rejected one and comments do not count).
    const caught = p.getByTestId('caught');
    expect(await caught.getAttribute('data-total')).toBe('3');
    const rows = await p.getByTestId('caught-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-round'), e.getAttribute('data-person'), Number(e.getAttribute('data-total'))] as const));
    expect(rows.reduce((n, r) => n + r[2], 0)).toBe(3);
    expect(rows.every(([round, person]) => (round === '1' && person === '校对甲') || (round === '2' && person === '校对乙'))).toBe(true);
    expect(await p.getByTestId('caught-explain').textContent()).toContain('不代表见报质量');
    // 差错率 of what went out: nothing was left open at 终审 and no 质检 has marked it.
    expect(await row.getAttribute('data-caught')).toBe('3');
    expect(await row.getAttribute('data-rate')).toBe('0');
    const total = p.getByTestId('rate-total');
    expect(await total.getAttribute('data-rate')).toBe('0');
    expect(await total.getAttribute('data-within')).toBe('true');
    expect(await total.textContent()).toContain('签发时未改 0 · 质检 0');
    expect(await p.getByTestId('residual-explain').textContent()).toContain('终审签发时仍未处理的修改');
    await shot(p, 'proof-rate');
  });

  it("writes the story's 小样 and downloads it: the signatures of all three reviews and every decided correction listed", async () => {
    const p = h.page;
    await p.getByTestId('galley-write').click();
    const link = p.getByTestId('galley-download');
    await link.waitFor();
    const name = (await link.textContent()) ?? '';
    expect(name.startsWith(CEJI) && name.endsWith(' 小样.pdf')).toBe(true);
    const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(name);
    const saved = join(h.dir, 'galley.pdf');
    await download.saveAs(saved);
    const text = execFileSync('pdftotext', ['-raw', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`小样《${CEJI.replace(/\s+/g, '')}`);
    expect(text).toContain('校次：已签发');
    expect(text).toMatch(/初审：编辑王.*复审：编辑赵.*终审（签发）：总编陈/);
    // Accepted corrections are already in the text: listed, marked 已改, not pointed at.
    expect(text.match(/（已改）/g)?.length).toBe(3); // the three the dashboard counts
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
