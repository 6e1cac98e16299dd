import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';
/** The tag we hope to pick; any offered suggestion will do if the ranking changes. */
const WANTED = '新质生产力';

describe('标签: tag the 侧记 from its suggestions and find it in the 稿库 by that tag', () => {
  let h: RunningApp;
  let core: Client;
  let cejiId = 0;
  let boxId = 0;
  let chosen = '';

  const chipNames = (testId: string): Promise<string[]> =>
    h.page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1440, height: 900 } });
    h.page.setDefaultTimeout(20_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    const imported = await core.call('import.commit', {
      source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } },
      section: '要闻',
    });
    cejiId = imported.stories.find((s) => s.headline === CEJI)!.id;
    boxId = imported.stories.find((s) => s.kind === 'box')!.id;
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('opens the 侧记 from the 稿库 and shows its ranked suggestions, with no tags yet', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/library`);
    await p.reload();
    await p.getByTestId('library-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('story-headline').filter({ hasText: CEJI }).click();
    await p.locator(`[data-testid=editor-view][data-story-id="${cejiId}"]`).waitFor();
    await p.getByTestId('tag-suggestion').first().waitFor();
    const offered = await chipNames('tag-suggestion');
    expect(offered.length).toBeGreaterThan(3);
    // The suggestions are the core's, in its order.
    const fromCore = (await core.call('tags.suggest', { storyId: cejiId, limit: 15 })).map((s) => s.tag);
    expect(offered).toEqual(fromCore);
    expect(await p.getByTestId('story-tag').count()).toBe(0);
    expect(await p.getByTestId('story-tags').textContent()).toContain('还没有标签');
    chosen = offered.includes(WANTED) ? WANTED : offered[0]!;
  });

  it('applies a suggestion with one click: it becomes one of the story\'s tags and leaves the suggestions', async () => {
    const p = h.page;
    await p.locator(`[data-testid=tag-suggestion][data-name="${chosen}"]`).click();
    await p.locator(`[data-testid=story-tag][data-name="${chosen}"]`).waitFor();
    await expect.poll(() => chipNames('tag-suggestion')).not.toContain(chosen);
    expect(await chipNames('story-tag')).toEqual([chosen]);
    // Stored on the story, not only shown.
    expect((await core.call('tags.forStory', { storyId: cejiId })).map((x) => x.name)).toEqual([chosen]);
    await p.screenshot({ path: join(OUT, 'tags-editor.png') });
  });

  it('rejects a suggestion with its ×, so it is not offered again, without applying it', async () => {
    const p = h.page;
    const [victim] = (await chipNames('tag-suggestion')).filter((n) => n !== chosen);
    expect(victim).toBeTruthy();
    await p.locator(`[data-testid=tag-suggestion][data-name="${victim}"] [data-testid=tag-suggestion-reject]`).click();
    await expect.poll(() => chipNames('tag-suggestion')).not.toContain(victim);
    expect(await chipNames('story-tag')).toEqual([chosen]);
    expect((await core.call('tags.suggest', { storyId: cejiId })).map((s) => s.tag)).not.toContain(victim);
  });

  it('filters the 稿库 by the new tag: the 侧记 is listed (the box story is not) and opens in the editor', async () => {
    const p = h.page;
    await p.getByTestId('nav-library').click();
    await p.getByTestId('library-view').waitFor();
    await p.getByTestId('tag-filter-select').click();
    await p.keyboard.type(chosen);
    await p.locator(`.ant-select-dropdown [data-testid=tag-filter-option][data-name="${chosen}"]`).click();
    await p.getByTestId('tag-filter-results').waitFor();
    await expect.poll(() => p.getByTestId('tag-filter-story').count()).toBe(1);
    const ids = await p.getByTestId('tag-filter-story').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-story-id'))));
    expect(ids).toEqual([cejiId]);
    expect(ids).not.toContain(boxId);
    expect(await p.getByTestId('tag-filter-results').textContent()).toContain(CEJI);
    expect(await p.getByTestId('tag-filter-summary').textContent()).toContain(`带“${chosen}”标签的稿件：1 篇`);
    await p.screenshot({ path: join(OUT, 'tags-library.png') });
    await p.getByTestId('tag-filter-open').click();
    await p.locator(`[data-testid=editor-view][data-story-id="${cejiId}"]`).waitFor();
    expect(await p.getByTestId('field-headline').inputValue()).toBe(CEJI);
  });

  it('removes the tag from the story in the editor', async () => {
    const p = h.page;
    await p.locator(`[data-testid=story-tag][data-name="${chosen}"] [data-testid=story-tag-remove]`).click();
    await expect.poll(() => p.getByTestId('story-tag').count()).toBe(0);
    expect(await core.call('tags.forStory', { storyId: cejiId })).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});
