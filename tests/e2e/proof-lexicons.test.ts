import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { createClient, type Client } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const HEADLINE = '永康市委部署冬季工作';
const BODY = ['永康市委召开常委会议，要求全市上下再接再励，𠮷祥村代表列席。', '会议指出，要把各项工作抓紧抓实。'];
const SOURCE = '本报编辑部《本地机构名称表》第3条';

describe('词库 and live checking: an entry added in the UI is flagged in the findings and underlined in the editor', () => {
  let h: RunningApp;
  let core: Client;
  let storyId = 0;
  let issueLabel = '';
  let issueId = 0;

  const findings = (category: string) => h.page.locator(`[data-testid=finding-item][data-category=${category}]`);

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1500, height: 950 } });
    h.page.setDefaultTimeout(20_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    const { issue } = await buildDemoIssue(core, { name: 'seed.txt', bytes: readFileSync(SEED) });
    issueLabel = `${issue.paperName} ${issue.date}`;
    issueId = issue.id;
    const story = await core.call('stories.create', {
      content: { kind: 'article', kicker: '', headline: HEADLINE, subhead: '', byline: '', dateline: '', section: '要闻', body: BODY.map((text) => ({ type: 'paragraph' as const, text })) },
    });
    storyId = story.id;
    // The story sits on page 2, with one tracked correction, so the issue view has a page rate to show.
    await core.call('layout.placeStory', { pageId: issue.pages[1]!.id, storyId, column: 0, row: 0, columns: 4, bodyRows: 40 });
    await core.call('stories.setStatus', { id: storyId, status: 'editing' });
    await core.call('stories.setStatus', { id: storyId, status: 'proof-1' });
    const at = BODY.join('\n').indexOf('抓实');
    await core.call('corrections.add', { storyId, kind: 'replace', start: at, end: at + 2, replacement: '落实', errorClass: 'A' });
    mkdirSync(OUT, { recursive: true });
    await h.page.reload();
  }, 90_000);
  afterAll(async () => {
    await h?.close();
  });

  it('runs the checker on the story before the entry exists: 再接再励 is flagged, 永康市委 is not', async () => {
    const p = h.page;
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('nav-proof').click();
    await p.getByTestId('proof-story-picker').click();
    await p.locator('.ant-select-item-option').filter({ hasText: HEADLINE }).click();
    await p.locator(`[data-testid=proof-view][data-story-id="${storyId}"]`).waitFor();
    await p.getByTestId('tab-findings').click();
    await p.getByTestId('run-check').click();
    await findings('confusable-word').first().waitFor();
    expect(await findings('political-formulation').count()).toBe(0);
    // people read the category's Chinese name, never the checker's code
    expect(await findings('confusable-word').first().getByTestId('finding-category').textContent()).toBe('易错词');
    expect(await p.getByTestId('finding-category').allTextContents()).not.toContainEqual(expect.stringMatching(/[a-z]-[a-z]/));
  });

  it('lists the shipped lists with source and date, refuses a bad regex, and adds the newsroom entry', async () => {
    const p = h.page;
    await p.getByTestId('open-lexicons').click();
    await p.getByTestId('lexicon-panel').waitFor();
    await p.getByTestId('lexicon-filter').locator('input').fill('再接再励');
    const row = p.locator('[data-testid=lexicon-row][data-wrong=再接再励]');
    await row.waitFor();
    expect(await row.getAttribute('data-shipped')).toBe('true');
    expect(await row.textContent()).toContain('现代汉语词典');
    expect(await row.textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await p.getByTestId('lexicon-filter').locator('input').fill('');

    await p.getByTestId('lexicon-add').click();
    await p.getByTestId('lexicon-wrong').fill('永康市委');
    await p.getByTestId('lexicon-right').fill('永康市委员会');
    await p.getByTestId('lexicon-notAfter').fill('员(会');
    await p.getByTestId('lexicon-source').fill(SOURCE);
    await p.getByTestId('lexicon-note').fill('本报首次出现时用全称“永康市委员会”。');
    await p.getByTestId('lexicon-save').click();
    await p.locator('.ant-form-item-explain-error').filter({ hasText: '正则表达式无效' }).waitFor();
    await p.getByTestId('lexicon-notAfter').fill('');
    await p.getByTestId('lexicon-save').click();
    const mine = p.locator('[data-testid=lexicon-row][data-wrong=永康市委]');
    await mine.waitFor();
    expect(await mine.getAttribute('data-shipped')).toBe('false');
    expect(await mine.textContent()).toContain(SOURCE);
    expect(await mine.textContent()).toContain('管理员');
    await p.getByTestId('lexicon-only-mine').click();
    await expect.poll(() => p.getByTestId('lexicon-row').count()).toBe(1);
    // stored by the core, not only shown
    expect((await core.call('lexicons.list', { kind: 'names' })).map((e) => [e.wrong, e.right, e.source])).toEqual([['永康市委', '永康市委员会', SOURCE]]);
  });

  it('flags the new entry in the findings at once, and 停用 of a default silences it', async () => {
    const p = h.page;
    // the findings on screen are re-checked when the lists change
    await findings('political-formulation').first().waitFor();
    const flagged = findings('political-formulation').filter({ hasText: '永康市委员会' });
    expect(await flagged.count()).toBeGreaterThanOrEqual(1);
    expect(await flagged.first().textContent()).toContain(SOURCE);

    await p.getByTestId('lexicon-only-mine').click();
    await p.getByTestId('lexicon-filter').locator('input').fill('再接再励');
    await p.locator('[data-testid=lexicon-row][data-wrong=再接再励] [data-testid=lexicon-toggle]').click();
    await expect.poll(() => p.locator('[data-testid=lexicon-row][data-wrong=再接再励]').getAttribute('data-enabled')).toBe('false');
    await p.getByTestId('lexicon-filter').locator('input').fill('');
    await p.locator('[data-testid=lexicon-row][data-wrong=永康市委]').waitFor();
    await p.screenshot({ path: join(OUT, 'proof-lexicons.png') });
    await p.keyboard.press('Escape');
    await expect.poll(() => findings('confusable-word').count()).toBe(0);
    expect(await findings('political-formulation').count()).toBeGreaterThanOrEqual(1);
  });

  it('underlines the entry live in the editor, with the message on hover, and follows typing', async () => {
    const p = h.page;
    await p.getByTestId('nav-library').click();
    await p.locator(`[data-testid=story-headline][data-story-id="${storyId}"]`).click();
    await p.locator(`[data-testid=editor-view][data-story-id="${storyId}"]`).waitFor();
    expect(await p.getByTestId('live-check-toggle').getAttribute('aria-checked')).toBe('true');
    const live = p.locator('[data-testid=body-editor] [data-testid=live-finding][data-category=political-formulation]');
    await live.first().waitFor();
    expect(await live.allTextContents()).toEqual(['永康市委']);
    // the default switched off in the 词库 is not underlined either
    expect(await p.locator('[data-testid=body-editor] [data-testid=live-finding][data-category=confusable-word]').count()).toBe(0);

    // type a second occurrence after the astral 𠮷 paragraph: it is underlined after the pause
    await p.locator('[data-testid=body-editor] p').nth(1).click();
    await p.keyboard.press('End');
    await p.keyboard.insertText('永康市委表示支持。');
    await expect.poll(() => live.allTextContents()).toEqual(['永康市委', '永康市委']);
    const count = Number(await p.getByTestId('live-check-count').getAttribute('data-count'));
    expect(count).toBeGreaterThanOrEqual(2);
    await p.screenshot({ path: join(OUT, 'proof-live-underlines.png') });
    // hover: the message with the entry's source, in the tip; the screenshot shows it
    await live.first().hover();
    await p.getByTestId('live-tip-message').first().waitFor();
    expect(await p.getByTestId('live-tip-message').first().textContent()).toContain(SOURCE);
    await p.screenshot({ path: join(OUT, 'proof-live-editor.png') });

    // one click on the suggestion fixes the second occurrence; the right form is not flagged again
    await p.mouse.move(5, 5); // the tip closes when the pointer leaves the underline
    await expect.poll(() => p.getByTestId('live-tip').count()).toBe(0);
    await live.nth(1).hover();
    await p.getByTestId('live-fix').click();
    await expect.poll(() => p.locator('[data-testid=body-editor] p').nth(1).textContent()).toContain('永康市委员会表示支持');
    await expect.poll(() => live.allTextContents()).toEqual(['永康市委']);

    // the toolbar switch turns the underlines off and on
    await p.getByTestId('live-check-toggle').click();
    await expect.poll(() => p.locator('[data-testid=body-editor] [data-testid=live-finding]').count()).toBe(0);
    await p.getByTestId('live-check-toggle').click();
    await expect.poll(() => live.count()).toBe(1);
  });

  it('checks 主题 and 副题 live too: the findings are listed under the fields, each with its fix', async () => {
    const p = h.page;
    const header = (field: string) => p.locator(`[data-testid=header-finding][data-field=${field}][data-category=political-formulation]`);
    // The headline itself uses the short form the newsroom listed.
    await header('headline').waitFor();
    expect(await header('headline').textContent()).toContain(SOURCE);
    await p.getByTestId('field-subhead').fill('永康市委召开会议');
    await header('subhead').waitFor();
    await p.screenshot({ path: join(OUT, 'proof-live-headline.png') });
    await header('subhead').getByTestId('header-fix').click();
    await expect.poll(() => p.getByTestId('field-subhead').inputValue()).toBe('永康市委员会召开会议');
    await expect.poll(() => header('subhead').count()).toBe(0);
    expect(await header('headline').count()).toBe(1);
    // Leave the story as the next test expects it.
    await p.getByTestId('field-subhead').fill('');
    await p.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 20_000 });
  });

  it('shows 差错率 per page and for the issue, and 检查整期 lists findings per story', async () => {
    const p = h.page;
    await p.getByTestId('nav-proof').click();
    await p.locator(`[data-testid=proof-view][data-story-id="${storyId}"]`).waitFor();
    await p.getByTestId('tab-rate').click();
    await p.getByTestId('rate-by-issue').click();
    await p.getByTestId('issue-picker').click();
    await p.locator('.ant-select-item-option').filter({ hasText: issueLabel }).click();
    await expect.poll(() => p.getByTestId('page-rate-row').count()).toBe(4);
    const page2 = p.locator('[data-testid=page-rate-row][data-page="2"]');
    // The page's 差错率 is the core's, and the story with its correction still open has not gone out: not in it.
    const expected = (await core.call('proof.errorRate', { issueId })).errorRate.pages.find((x) => x.number === 2)!;
    expect(expected.storyIds).toContain(storyId);
    expect(Number(await page2.getAttribute('data-rate'))).toBe(expected.figure.perTenThousand);
    expect(Number(await page2.getAttribute('data-not-out'))).toBe(expected.notOut);
    expect(expected.notOut).toBeGreaterThan(0);
    expect(Number(await p.locator('[data-testid=page-rate-row][data-page="3"]').getAttribute('data-rate'))).toBe(0);
    await p.getByTestId('issue-rate-total').waitFor();

    await p.getByTestId('check-issue').click();
    await p.locator('[data-testid=scope-findings][data-scope=issue]').waitFor();
    const stories = await p.getByTestId('scope-story').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-story-id'))));
    expect(stories).toContain(storyId);
    expect(stories.length).toBeGreaterThan(1);
    await p.locator(`[data-testid=scope-story][data-story-id="${storyId}"]`).click();
    await p.locator('[data-testid=scope-finding][data-category=political-formulation]').first().waitFor();
    await p.screenshot({ path: join(OUT, 'proof-issue-rate.png') });
    // no console errors, no CSP violations (e.g. inline styles) anywhere on the way
    expect(h.problems).toEqual([]);
  });
});
