import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { createClient, type Client } from '../../shared/api/client';
import type { Tag } from '../../shared/tags/types';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const TOPIC = '共同富裕';
const RENAMED = '共同富裕示范区';
const SYNONYM = '共富';
const ECONOMY = 'medtop:20000344';
/** The tag merged into the topic: on the lead story and on one other. */
const OTHER = '高质量发展';
const PLACE = '永康';

describe('标签管理: taxonomy editor, merge, co-occurrence, and tags on pages', () => {
  let h: RunningApp;
  let core: Client;
  let lead = 0;
  let second = 0;
  let pageId = 0;
  let topicId = 0;
  let otherId = 0;

  const list = (): Promise<Tag[]> => core.call('tags.list', {});
  const byName = async (name: string): Promise<Tag | undefined> => (await list()).find((t) => t.name === name);
  const treeTag = (name: string) => h.page.locator(`[data-testid=taxonomy-tag][data-name="${name}"]`);
  const chips = (testId: string): Promise<string[]> => h.page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
  /** Open an antd select, type to narrow it, and click the option carrying the given attribute. */
  const choose = async (selectTestId: string, typed: string, option: string): Promise<void> => {
    await h.page.getByTestId(selectTestId).click();
    await h.page.keyboard.type(typed);
    await h.page.locator(`.ant-select-dropdown:visible ${option}`).click();
  };

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1440, height: 900 } });
    h.page.setDefaultTimeout(20_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    // The demo issue: the seed imported and its front page laid out, as `banxin demo` does.
    const { issue, stories } = await buildDemoIssue(core, { name: 'seed.txt', bytes: readFileSync(SEED) });
    pageId = issue.pages[0]!.id;
    const onFront = new Set((await core.call('frames.list', { pageId })).map((f) => f.storyId));
    const articles = stories.filter((s) => s.kind === 'article');
    lead = articles[0]!.id;
    expect(onFront.has(lead)).toBe(true);
    second = articles.find((s) => !onFront.has(s.id))?.id ?? articles[1]!.id;
    // 永康 on both stories; 高质量发展 only on the second, so merging it moves one story.
    await core.call('tags.apply', { storyId: lead, names: [{ name: PLACE, kind: 'place' }] });
    await core.call('tags.apply', { storyId: second, names: [{ name: PLACE, kind: 'place' }, { name: OTHER, kind: 'keyword' }] });
    otherId = (await byName(OTHER))!.id;
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('opens 标签 from the navigation: the taxonomy grouped by kind with the seeded 栏目 and story counts', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/library`);
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('nav-tags').click();
    await p.getByTestId('tags-view').waitFor();
    expect(p.url()).toContain('#/tags');
    const kinds = await p.getByTestId('taxonomy-kind').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(kinds.map((k) => k.split(' ')[0])).toEqual(['栏目', '主题', '人物', '地点', '机构', '事件', '关键词']);
    await treeTag('要闻').waitFor();
    expect(await treeTag(PLACE).getAttribute('data-count')).toBe('2');
    expect(await treeTag(PLACE).textContent()).toContain('2 篇');
  });

  it('creates a topic with an IPTC Media Topic and a synonym; a duplicate name is refused in Chinese', async () => {
    const p = h.page;
    await p.getByTestId('tag-new').click();
    await p.getByTestId('tag-form-name').fill(TOPIC);
    await p.getByTestId('tag-form-synonyms').click();
    await p.keyboard.type(SYNONYM);
    await p.keyboard.press('Enter');
    await choose('tag-form-iptc', '经济', `[data-testid=tag-form-iptc-option][data-code="${ECONOMY}"]`);
    await p.getByTestId('tag-form-ok').click();
    await p.locator(`[data-testid=tag-detail][data-name="${TOPIC}"]`).waitFor();
    const topic = (await byName(TOPIC))!;
    expect([topic.kind, topic.synonyms, topic.iptcCode]).toEqual(['topic', [SYNONYM], ECONOMY]);
    topicId = topic.id;
    expect(await p.getByTestId('tag-detail-synonyms').textContent()).toBe(SYNONYM);
    // The IPTC topic is shown with its Chinese label.
    expect(await p.getByTestId('tag-detail-iptc').textContent()).toContain('经济');
    expect(await p.getByTestId('tag-detail-iptc').getAttribute('data-code')).toBe(ECONOMY);
    await treeTag(TOPIC).waitFor();

    await p.getByTestId('tag-new').click();
    await p.getByTestId('tag-form-name').fill(TOPIC);
    await p.getByTestId('tag-form-ok').click();
    await expect.poll(() => p.getByTestId('tag-form-error').textContent()).toContain(`已有同名标签：${TOPIC}`);
    await p.locator('.ant-modal:visible .ant-modal-footer button').first().click();
    await p.getByTestId('tag-form-error').waitFor({ state: 'detached' });
    expect((await list()).filter((t) => t.name === TOPIC)).toHaveLength(1);
  });

  it('creates a person with a title held between two dates', async () => {
    const p = h.page;
    await p.getByTestId('tag-new').click();
    await p.getByTestId('tag-form-name').fill('陈新智');
    await choose('tag-form-kind', '', '[data-testid=tag-form-kind-option][data-kind=person]');
    await p.getByTestId('tag-form-add-title').click();
    await p.getByTestId('tag-form-title').fill('芝英镇党委书记');
    await p.getByTestId('tag-form-title-from').fill('2021-06');
    await p.getByTestId('tag-form-title-to').fill('2024');
    await p.screenshot({ path: join(OUT, 'tags-person-form.png') });
    await p.getByTestId('tag-form-ok').click();
    await p.locator('[data-testid=tag-detail][data-name="陈新智"]').waitFor();
    const person = (await byName('陈新智'))!;
    expect([person.kind, person.titles]).toEqual(['person', [{ title: '芝英镇党委书记', from: '2021-06', to: '2024' }]]);
    expect(await p.getByTestId('tag-detail-title').textContent()).toBe('芝英镇党委书记（2021-06 — 2024）');
    await treeTag(TOPIC).click();
    await p.locator(`[data-testid=tag-detail][data-name="${TOPIC}"]`).waitFor();
  });

  it('renames the topic: the story carrying it follows, because uses are by id', async () => {
    const p = h.page;
    await core.call('tags.apply', { storyId: lead, tagIds: [topicId] });
    await p.getByTestId('tag-edit').click();
    await p.getByTestId('tag-form-name').fill(RENAMED);
    await p.getByTestId('tag-form-ok').click();
    await p.locator(`[data-testid=tag-detail][data-name="${RENAMED}"]`).waitFor();
    await treeTag(RENAMED).waitFor();
    expect(await treeTag(TOPIC).count()).toBe(0);
    const renamed = (await byName(RENAMED))!;
    expect([renamed.id, renamed.synonyms, renamed.iptcCode, renamed.storyCount]).toEqual([topicId, [SYNONYM], ECONOMY, 1]);
    expect((await core.call('tags.forStory', { storyId: lead })).map((t) => t.name)).toContain(RENAMED);
    expect(await p.getByTestId('tag-detail-count').textContent()).toBe('1 篇');
  });

  it('merges 高质量发展 into it: the dialog says one story moves, and the count moves from one to the other', async () => {
    const p = h.page;
    await p.getByTestId('taxonomy-search').locator('input').fill('高质量');
    await treeTag(OTHER).click();
    await p.locator(`[data-testid=tag-detail][data-name="${OTHER}"]`).waitFor();
    expect(await p.getByTestId('tag-detail-count').textContent()).toBe('1 篇');
    await p.getByTestId('taxonomy-search').locator('input').fill('');
    await p.getByTestId('tag-merge').click();
    await choose('merge-target', RENAMED, `[data-testid=merge-option][data-name="${RENAMED}"]`);
    expect(await p.getByTestId('merge-warning').textContent()).toBe(
      `“${OTHER}”的 1 篇稿件将归入“${RENAMED}”；“${OTHER}”成为“${RENAMED}”的同义词，原标签不再单列。`,
    );
    await p.getByTestId('merge-ok').click();
    await p.locator(`[data-testid=tag-detail][data-name="${RENAMED}"]`).waitFor();
    await expect.poll(() => treeTag(RENAMED).getAttribute('data-count')).toBe('2');
    expect(await treeTag(OTHER).count()).toBe(0);
    expect(await p.getByTestId('tag-detail-count').textContent()).toBe('2 篇');
    const merged = (await byName(RENAMED))!;
    expect(merged.synonyms).toEqual([SYNONYM, OTHER]);
    expect((await list()).some((t) => t.id === otherId)).toBe(false);
    expect((await core.call('tags.forStory', { storyId: second })).map((t) => t.name)).toContain(RENAMED);
  });

  it('shows co-occurrence: 永康 is on both of its stories, and clicking it selects 永康', async () => {
    const p = h.page;
    const item = p.locator(`[data-testid=cooccurrence-item][data-name="${PLACE}"]`);
    await item.waitFor();
    expect(await item.getAttribute('data-count')).toBe('2');
    expect(await item.textContent()).toContain('同现 2 篇');
    expect(await chips('cooccurrence-item')).toEqual([PLACE]);
    // The picture without the transient 已保存/已合并 notices over the buttons.
    await p.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await p.screenshot({ path: join(OUT, 'tags-taxonomy.png') });
    await item.click();
    await p.locator(`[data-testid=tag-detail][data-name="${PLACE}"]`).waitFor();
    await expect.poll(() => chips('cooccurrence-item')).toEqual([RENAMED]);
  });

  it('在稿库中查看 opens the 稿库 filtered by the tag', async () => {
    const p = h.page;
    await p.locator(`[data-testid=cooccurrence-item][data-name="${RENAMED}"]`).click();
    await p.locator(`[data-testid=tag-detail][data-name="${RENAMED}"]`).waitFor();
    await p.getByTestId('tag-open-library').click();
    await p.getByTestId('library-view').waitFor();
    await p.locator(`[data-testid=tag-filter-results][data-tag-id="${topicId}"]`).waitFor();
    await expect.poll(() => p.getByTestId('tag-filter-story').count()).toBe(2);
    const ids = await p.getByTestId('tag-filter-story').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-story-id'))));
    expect(ids.sort((a, b) => a - b)).toEqual([lead, second].sort((a, b) => a - b));
    expect(await p.getByTestId('tag-filter-summary').textContent()).toContain(`带“${RENAMED}”标签的稿件：2 篇`);
  });

  it('deletes a tag after confirming; it leaves the tree and every story', async () => {
    const p = h.page;
    await core.call('tags.create', { name: '临时标签', kind: 'keyword' });
    await p.getByTestId('nav-tags').click();
    // Delete acts on the tag in the detail pane: select it until that is the one shown (the tree may
    // still be re-rendering from the section's reload when the first click lands).
    await expect
      .poll(async () => {
        await treeTag('临时标签').click();
        return p.getByTestId('tag-detail').getAttribute('data-name');
      })
      .toBe('临时标签');
    await p.getByTestId('tag-delete').click();
    await p.getByTestId('tag-delete-ok').waitFor();
    await p.getByTestId('tag-delete-ok').click();
    await treeTag('临时标签').waitFor({ state: 'detached' });
    expect(await byName('临时标签')).toBeUndefined();
    await p.getByTestId('tag-detail-empty').waitFor();
  });

  it('tags the front page in the layout desk: from its stories\' tags in one click, from the taxonomy by typing, and removes one', async () => {
    const p = h.page;
    await p.getByTestId('nav-layout').click();
    await p.locator(`[data-testid=page-tags][data-page-id="${pageId}"]`).waitFor();
    expect(await p.getByTestId('page-tags').textContent()).toContain('还没有标签');
    // The lead story on page 1 carries 永康 and the topic: both are offered for the page.
    await expect.poll(() => chips('page-tag-suggestion')).toEqual(expect.arrayContaining([PLACE, RENAMED]));
    await p.locator(`[data-testid=page-tag-suggestion][data-name="${PLACE}"]`).click();
    await p.locator(`[data-testid=page-tag][data-name="${PLACE}"]`).waitFor();
    expect(await chips('page-tag-suggestion')).not.toContain(PLACE);

    await choose('page-tag-add', '要闻', '[data-testid=page-tag-option][data-name="要闻"]');
    await p.locator('[data-testid=page-tag][data-name="要闻"]').waitFor();
    expect((await core.call('tags.forPage', { pageId })).map((t) => t.name).sort()).toEqual([PLACE, '要闻'].sort());
    await p.screenshot({ path: join(OUT, 'tags-page.png') });

    await p.locator(`[data-testid=page-tag][data-name="${PLACE}"] [data-testid=page-tag-remove]`).click();
    await p.locator(`[data-testid=page-tag][data-name="${PLACE}"]`).waitFor({ state: 'detached' });
    expect((await core.call('tags.forPage', { pageId })).map((t) => t.name)).toEqual(['要闻']);
    // Another page has its own tags: none.
    await p.locator('[data-testid=page-thumb][data-page-number="2"]').click();
    await p.locator('[data-testid=page-tags][data-page-id]:not([data-page-id="' + pageId + '"])').waitFor();
    expect(await p.getByTestId('page-tag').count()).toBe(0);
    expect(h.problems).toEqual([]);
  });
});
