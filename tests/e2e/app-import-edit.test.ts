import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';
const ADDED = '记者现场感受到浓厚氛围。';

describe('import the seed page, edit the 侧记, see the revision diff', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('imports the seed file through the dialog, with the proposed repairs listed', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('import-button').click();
    await p.getByTestId('import-file').setInputFiles(SEED);
    await p.getByTestId('import-preview').waitFor();
    expect(await p.getByTestId('preview-headline').allTextContents()).toHaveLength(4);
    // Repairs are offered as checkboxes, kept by default.
    const repairs = p.locator('[data-testid=repair-item] input[type=checkbox]');
    expect(await repairs.count()).toBeGreaterThan(0);
    expect(await repairs.first().isChecked()).toBe(true);
    await p.getByTestId('import-commit').click();
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  });

  it('lists four stories with their headline roles and bylines', async () => {
    const p = h.page;
    await expect.poll(() => p.getByTestId('story-headline').count()).toBe(4);
    const headlines = await p.getByTestId('story-headline').allTextContents();
    expect(headlines).toEqual(expect.arrayContaining([CEJI, '把握四方面认识 推动高质量发展', '推动职业教育发展 培养高技能人才', '社会主义核心价值观']));
    const subheads = await p.getByTestId('story-subhead').allTextContents();
    expect(subheads).toEqual(expect.arrayContaining(['市委市政府全会暨市委经济工作会议侧记', '一论贯彻落实市委市政府全会暨市委经济工作会议精神']));
    expect(await p.getByTestId('story-kicker').allTextContents()).toEqual(['金华市人大代表永康中心组第二小组开展会前视察活动']);
    const bylines = await p.getByTestId('story-byline').allTextContents();
    expect(bylines).toEqual(expect.arrayContaining(['融媒记者 李梦楚', '融媒评论员', '融媒记者 徐婷婷']));
  });

  it('finds stories by a two-character query and marks the hit in the snippet', async () => {
    const p = h.page;
    const box = p.getByTestId('library-search').locator('input');
    await box.fill('五金');
    await box.press('Enter');
    await p.getByTestId('search-snippet').first().waitFor();
    const marks = await p.locator('[data-testid=search-snippet] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['五金']));
    await p.getByTestId('clear-search').click();
    await expect.poll(() => p.getByTestId('story-headline').count()).toBe(4);
  });

  it('edits a paragraph of the 侧记, autosaves, and keeps the edit across a reload', async () => {
    const p = h.page;
    await p.getByTestId('story-headline').filter({ hasText: CEJI }).click();
    await p.getByTestId('editor-view').waitFor();
    expect(await p.getByTestId('field-headline').inputValue()).toBe(CEJI);
    const para = p.locator('[data-testid=body-editor] p').nth(1);
    const before = (await para.textContent()) ?? '';
    // Click on the paragraph's last line: End then moves to the end of the paragraph, not of a wrapped line.
    const box = (await para.boundingBox())!;
    await para.click({ position: { x: box.width - 4, y: box.height - 6 } });
    await p.keyboard.press('End');
    await p.keyboard.type(ADDED);
    await p.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 20_000 });
    expect(await p.getByTestId('save-state').textContent()).toBe('已保存');

    await p.reload();
    await p.getByTestId('editor-view').waitFor();
    await expect.poll(() => p.locator('[data-testid=body-editor] p').nth(1).textContent()).toBe(before + ADDED);
  });

  it('shows exactly the edit in the diff between the last two revisions', async () => {
    const p = h.page;
    await p.getByTestId('open-revisions').click();
    await p.getByTestId('compare-revisions').click();
    await p.getByTestId('diff-view').waitFor();
    expect(await p.getByTestId('diff-ins').allTextContents()).toEqual([ADDED]);
    expect(await p.getByTestId('diff-del').count()).toBe(0);
    expect(await p.locator('[data-testid^=diff-field-]').count()).toBe(1);
    await p.getByTestId('diff-view').locator('..').getByText('并排').click();
    expect(await p.getByTestId('diff-new').getByTestId('diff-ins').textContent()).toBe(ADDED);
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
