// #18 in the browser: the preview groups repairs by kind (items 3), and a page the 稿库 already has
// (item 4) is flagged per story,
// skipped by default, importable anyway, and the stored story opens from the warning.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));

describe('the import preview warns about stories already in the 稿库', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('groups the repairs by kind with counts, and keeps or rejects a whole kind in one click', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('import-button').click();
    await p.getByTestId('import-file').setInputFiles(SEED);
    await p.getByTestId('import-preview').waitFor();
    const punct = p.locator('[data-testid=repair-group][data-kind=fullwidth-punct]');
    const label = (await punct.locator('.ant-tag').textContent()) ?? '';
    const n = Number(/全角标点 ×(\d+)/.exec(label)?.[1]);
    expect(n).toBeGreaterThan(10);
    expect(await punct.getByTestId('repair-group-kept').textContent()).toBe(`已采纳 ${n}`);
    const boxes = p.locator('[data-testid=story-repair-group][data-kind=fullwidth-punct] [data-testid=repair-item] input[type=checkbox]');
    expect(await boxes.count()).toBe(n);
    await punct.getByTestId('repair-group-reject').click();
    await expect.poll(() => punct.getByTestId('repair-group-kept').textContent()).toBe('已采纳 0');
    expect(await boxes.first().isChecked()).toBe(false);
    // Other kinds are untouched; one box of the group can still be ticked on its own.
    expect(await p.locator('[data-testid=repair-group][data-kind=rejoin-paragraph] [data-testid=repair-group-kept]').textContent()).toBe('已采纳 5');
    await boxes.first().check();
    await expect.poll(() => punct.getByTestId('repair-group-kept').textContent()).toBe('已采纳 1');
    await p.keyboard.press('Escape');
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });
  });

  it('imports the seed once, then flags all four on a second import; one imported anyway, one opened', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('import-button').click();
    await p.getByTestId('import-file').setInputFiles(SEED);
    await p.getByTestId('import-preview').waitFor();
    expect(await p.getByTestId('import-duplicate').count()).toBe(0);
    await p.getByTestId('import-commit').click();
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => p.getByTestId('story-headline').count()).toBe(4);

    await p.getByTestId('import-button').click();
    await p.getByTestId('import-file').setInputFiles(SEED);
    await p.getByTestId('import-preview').waitFor();
    await expect.poll(() => p.getByTestId('import-duplicate').count()).toBe(4);
    const first = p.getByTestId('import-duplicate').first();
    expect(await first.textContent()).toMatch(/已有相近稿件《绘蓝图 明任务 聚共识 擂战鼓》（相似度 100%）/);
    // All four skipped by default: nothing to import until the editor says otherwise.
    expect(await p.getByTestId('import-commit').isDisabled()).toBe(true);
    await first.getByTestId('duplicate-toggle').click();
    await expect.poll(() => p.getByTestId('import-commit').textContent()).toContain('导入 1 篇稿件');
    await p.getByTestId('import-commit').click();
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => p.getByTestId('story-headline').count()).toBe(5);

    // Open the stored story straight from the warning.
    await p.getByTestId('import-button').click();
    await p.getByTestId('import-file').setInputFiles(SEED);
    await p.getByTestId('import-preview').waitFor();
    await p.getByTestId('import-duplicate').nth(2).getByTestId('duplicate-open').click();
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => p.getByTestId('field-headline').inputValue()).toBe('推动职业教育发展 培养高技能人才');
  });
});
