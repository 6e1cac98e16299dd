import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { gridOf, templateFor } from '../../shared/layout/templates';
import { MM } from '../../shared/model/display-list';
import type { Frame } from '../../shared/model/layout';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';
const PX_PER_MM = MM * (96 / 72);
const G = gridOf(templateFor('broadsheet'));

describe('the layout desk: issue, drag a story, overset, continuation, undo/redo, reload', () => {
  let h: RunningApp;
  let core: Client;
  let cejiId = 0;
  let issueId = 0;
  let page1 = 0;
  let page2 = 0;
  let bodyId = 0;
  let bodyHeight = 0;
  let shrunkHeight = 0;
  let continuationId = 0;
  /** How many resize steps the shrinking took (each one undoable action). */
  let resizes = 0;

  const frames = (pageId: number): Promise<Frame[]> => core.call('frames.list', { pageId });
  const svgText = (): Promise<string> => h.page.getByTestId('page-svg').evaluate((el) => el.textContent ?? '');
  const zoom = async (): Promise<number> => Number(await h.page.getByTestId('layout-sheet').getAttribute('data-zoom'));
  const idle = async (): Promise<void> => {
    await h.page.locator('[data-testid=layout-busy][data-busy=false]').waitFor();
  };
  const frameEl = (id: number) => h.page.locator(`[data-testid=layout-frame][data-frame-id="${id}"]`);

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1500, height: 1000 } });
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    h.page.setDefaultTimeout(15_000);
    const imported = await core.call('import.commit', {
      source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } },
      section: '要闻',
    });
    cejiId = imported.stories.find((s) => s.headline === CEJI)!.id;
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates an issue with 期号 and 总期数 through the dialog; page 1 carries the 报头', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/layout`);
    await p.getByTestId('layout-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('new-issue').click();
    await p.getByTestId('issue-date').fill('2025-01-04');
    await p.locator('input[data-testid=issue-number], [data-testid=issue-number] input').fill('3');
    await p.locator('input[data-testid=issue-total], [data-testid=issue-total] input').fill('9999');
    await p.getByTestId('issue-paper').fill('永康日报');
    await p.getByTestId('issue-create-ok').click();
    await p.locator('[data-testid=layout-sheet][data-page-number="1"]').waitFor();
    const issues = await core.call('issues.list', {});
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect([issue.date, issue.number, issue.totalNumber, issue.paperName]).toEqual(['2025-01-04', 3, 9999, '永康日报']);
    expect(issue.pages.map((x) => x.name)).toEqual(['要闻', '综合', '评论', '副刊']);
    issueId = issue.id;
    page1 = issue.pages[0]!.id;
    page2 = issue.pages[1]!.id;
    expect(await p.getByTestId('issue-select').textContent()).toContain('2025-01-04');
    // The 报头 is painted from the issue's data: the paper's name and the 总期数.
    await expect.poll(svgText).toContain('永康日报');
    expect(await svgText()).toContain('9999');
    expect(await p.getByTestId('page-thumb').count()).toBe(4);
  });

  it('drags the 侧记 from the shelf onto page 1 at the dropped column and line', async () => {
    const p = h.page;
    const z = await zoom();
    // Column 2, line 20 of the type area.
    const x = (G.columnX(2) + G.columnWidth / 3) * PX_PER_MM * z;
    const y = G.lineY(20) * PX_PER_MM * z;
    await p.getByTestId('shelf-story').filter({ hasText: CEJI }).dragTo(p.getByTestId('layout-sheet'), { targetPosition: { x, y } });
    await expect.poll(() => p.locator(`[data-testid=layout-frame][data-story-id="${cejiId}"]`).count()).toBe(5);
    await idle();
    const placed = (await frames(page1)).filter((f) => f.storyId === cejiId);
    const head = placed.find((f) => f.role === 'headline')!;
    expect(head.x).toBeCloseTo(G.columnX(2), 6);
    expect(head.y).toBeCloseTo(G.lineY(20), 6);
    expect(head.w).toBeCloseTo(G.spanWidth(4), 6);
    const bodies = placed.filter((f) => f.role === 'body').sort((a, b) => a.chain - b.chain);
    expect(bodies.map((f) => f.x)).toEqual([2, 3, 4, 5].map((c) => G.columnX(c)));
    const last = bodies[bodies.length - 1]!;
    bodyId = last.id;
    bodyHeight = last.h;
    // The text is painted by the composer: a run of the 侧记's first paragraph is in the SVG.
    expect(await svgText()).toContain('2024');
  });

  it('shrinks the last body frame until it oversets and shows the composer’s count on the marker', async () => {
    const p = h.page;
    const z = await zoom();
    await frameEl(bodyId).click({ position: { x: 5, y: 5 } });
    const marker = frameEl(bodyId).getByTestId('overset-marker');
    // Drag the resize corner up, halving the frame each time, until the story no longer fits.
    for (let i = 0; i < 5 && (await marker.count()) === 0; i++) {
      const f = (await frames(page1)).find((x) => x.id === bodyId)!;
      const hb = (await frameEl(bodyId).getByTestId('frame-resize').boundingBox())!;
      const up = Math.floor(f.h / G.pitch / 2) * G.pitch * PX_PER_MM * z;
      await p.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
      await p.mouse.down();
      await p.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2 - up / 2, { steps: 4 });
      await p.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2 - up, { steps: 4 });
      await p.mouse.up();
      await idle();
      await expect.poll(async () => (await frames(page1)).find((x) => x.id === bodyId)!.h).toBeLessThan(f.h);
      resizes++;
    }
    await marker.waitFor();
    await idle();
    const stored = (await frames(page1)).find((f) => f.id === bodyId)!;
    shrunkHeight = stored.h;
    // Snapped to whole lines, and smaller than before.
    expect(shrunkHeight).toBeLessThan(bodyHeight);
    expect(shrunkHeight / G.pitch).toBeCloseTo(Math.round(shrunkHeight / G.pitch), 6);
    const list = await core.call('layout.page', { pageId: page1 });
    const over = list.frames.find((f) => f.id === bodyId)!.overset!;
    expect(over.chars).toBeGreaterThan(0);
    expect(await marker.textContent()).toBe(`超 ${over.chars} 字 / ${over.lines} 行`);
  });

  it('links a continuation frame on page 2; 下转 and 上接 jump lines appear on both pages', async () => {
    const p = h.page;
    await frameEl(bodyId).click({ position: { x: 5, y: 5 } });
    await p.getByTestId('link-next').click();
    await p.getByTestId('link-page-2').click();
    await expect.poll(svgText).toContain('下转第2版');
    await expect.poll(() => p.getByTestId('overset-marker').count()).toBe(0);
    // 转版: a 转版标题 frame over the continued column, not a repeat of the headline.
    const cont = (await frames(page2)).filter((f) => f.storyId === cejiId);
    expect(cont.map((f) => f.role).sort()).toEqual(['body', 'headline']);
    expect(cont.find((f) => f.role === 'headline')!.props.continuation).toBe(true);
    continuationId = cont.find((f) => f.role === 'body')!.id;
    await p.locator('[data-testid=page-thumb][data-page-number="2"]').click();
    await p.locator('[data-testid=layout-sheet][data-page-number="2"]').waitFor();
    await expect.poll(svgText).toContain('上接第1版');
    await expect.poll(() => frameEl(continuationId).count()).toBe(1);
  });

  it('undoes and redoes the layout actions (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z) back to the same state', async () => {
    const p = h.page;
    await p.getByTestId('layout-sheet').click({ position: { x: 3, y: 3 } });
    await p.keyboard.press('Control+z'); // the continuation frame
    await expect.poll(async () => (await frames(page2)).some((f) => f.id === continuationId)).toBe(false);
    await expect.poll(svgText).not.toContain('上接第1版');
    for (let i = 0; i < resizes; i++) await p.keyboard.press('Control+z'); // the resizes
    await expect.poll(async () => (await frames(page1)).find((f) => f.id === bodyId)!.h).toBeCloseTo(bodyHeight, 6);
    expect(await p.getByTestId('layout-undo').isDisabled()).toBe(false); // the placement is still there to undo
    for (let i = 0; i < resizes; i++) await p.keyboard.press('Control+y');
    await expect.poll(async () => (await frames(page1)).find((f) => f.id === bodyId)!.h).toBeCloseTo(shrunkHeight, 6);
    await p.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await frames(page2)).some((f) => f.id === continuationId)).toBe(true);
    await expect.poll(svgText).toContain('上接第1版');
    await idle();

    // Keyboard nudging and Delete are undoable too: one line down, one column right, delete, then all undone.
    const before = (await frames(page2)).find((f) => f.id === continuationId)!;
    await frameEl(continuationId).click({ position: { x: 5, y: 30 } });
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowRight');
    await expect.poll(async () => (await frames(page2)).find((f) => f.id === continuationId)?.x).toBeCloseTo(G.columnX(1), 6);
    const moved = (await frames(page2)).find((f) => f.id === continuationId)!;
    expect(moved.y).toBeCloseTo(before.y + G.pitch, 6);
    await p.keyboard.press('Delete');
    await expect.poll(() => frameEl(continuationId).count()).toBe(0);
    for (let i = 0; i < 3; i++) await p.keyboard.press('Control+z');
    await expect.poll(async () => (await frames(page2)).find((f) => f.id === continuationId)?.x).toBeCloseTo(before.x, 6);
    await idle();
    const back = (await frames(page2)).find((f) => f.id === continuationId)!;
    expect(back).toEqual(before);
  });

  it('after a reload the desk comes back on the same issue and page with every frame where it was', async () => {
    const p = h.page;
    const all1 = await frames(page1);
    const all2 = await frames(page2);
    const boxesOnScreen = () =>
      p.locator('[data-testid=layout-frame]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-frame-id')}:${(e as HTMLElement).style.left}:${(e as HTMLElement).style.top}:${(e as HTMLElement).style.height}`).sort());
    const shown2 = await boxesOnScreen();
    await p.reload();
    await p.locator('[data-testid=layout-sheet][data-page-number="2"]').waitFor();
    await idle();
    expect(await p.getByTestId('issue-select').textContent()).toContain('2025-01-04');
    expect(await frames(page2)).toEqual(all2);
    await expect.poll(boxesOnScreen).toEqual(shown2);
    await expect.poll(svgText).toContain('上接第1版');
    await p.locator('[data-testid=page-thumb][data-page-number="1"]').click();
    await p.locator('[data-testid=layout-sheet][data-page-number="1"]').waitFor();
    await expect.poll(svgText).toContain('下转第2版');
    expect(await frames(page1)).toEqual(all1);
    await expect.poll(() => p.locator('[data-testid=layout-frame]').count()).toBe(all1.length);
    expect(issueId).toBeGreaterThan(0);
  });

  it('edits the page plan: 责任编辑 is stored and the 报眉 on page 2 stays from the issue', async () => {
    const p = h.page;
    await p.getByTestId('view-plan').click();
    await p.getByTestId('page-plan').waitFor();
    const row = p.getByTestId('plan-row').nth(1);
    await row.getByTestId('plan-editor').fill('王编辑');
    await row.getByTestId('plan-designer').click();
    await expect.poll(async () => (await core.call('issues.get', { id: issueId })).pages[1]!.editor).toBe('王编辑');
    await p.getByTestId('view-canvas').click();
    await p.getByTestId('layout-sheet').waitFor();
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});

describe('the sample front page (生成示例头版)', () => {
  let h: RunningApp;
  let core: Client;
  const svgText = (): Promise<string> => h.page.getByTestId('page-svg').evaluate((el) => el.textContent ?? '');
  const zoom = async (): Promise<number> => Number(await h.page.getByTestId('layout-sheet').getAttribute('data-zoom'));
  const idle = async (): Promise<void> => {
    await h.page.locator('[data-testid=layout-busy][data-busy=false]').waitFor();
  };

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1500, height: 1000 } });
    h.page.setDefaultTimeout(15_000);
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    await core.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } }, section: '要闻' });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('builds the sample front page in a new issue and is screenshotted at full page and 100%', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/layout`);
    await p.getByTestId('layout-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('new-issue').click();
    await p.getByTestId('issue-date').fill('2025-01-04');
    await p.locator('input[data-testid=issue-total], [data-testid=issue-total] input').fill('9999');
    await p.getByTestId('issue-paper').fill('永康日报');
    await p.getByTestId('issue-create-ok').click();
    await expect.poll(() => p.getByTestId('issue-select').textContent()).toContain('2025-01-04');
    await p.getByTestId('front-page').click();
    await expect.poll(() => p.locator('[data-testid=layout-frame][data-role=headline]').count()).toBe(3);
    await idle();
    expect(await p.locator('[data-testid=layout-frame][data-role=box]').count()).toBe(1);
    expect(await p.getByTestId('overset-marker').count()).toBe(0);
    await p.evaluate(() => document.fonts.ready.then(() => undefined));
    const pickZoom = async (label: string, value: number): Promise<void> => {
      await p.getByTestId('zoom-select').click();
      await p.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${label}$`) }).click();
      await expect.poll(zoom).toBe(value);
      await p.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    };
    await p.getByTestId('toggle-grid').click();
    await p.getByTestId('layout-grid').waitFor();
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}layout-front-grid.png` });
    await p.getByTestId('toggle-grid').click();
    // The whole page at 'fit' in a tall window, then 100 % (physical size) in the normal one.
    const fitBefore = await zoom();
    await p.setViewportSize({ width: 1500, height: 1900 });
    await expect.poll(zoom).toBeGreaterThan(fitBefore);
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}layout-front-full.png` });
    await p.setViewportSize({ width: 1500, height: 1000 });
    await pickZoom('100%', 1);
    await p.screenshot({ path: `${OUT}layout-front-100.png` });
    // The glyphs are on the canvas layer: painted for this page, and there is ink on it.
    const canvas = p.getByTestId('page-text');
    await expect.poll(() => canvas.getAttribute('data-painted-page')).toBe(await p.getByTestId('layout-sheet').getAttribute('data-page-id'));
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 128) n++;
      return n / (c.width * c.height);
    });
    expect(inked).toBeGreaterThan(0.05);
    const text = await svgText();
    for (const headline of [CEJI, '把握四方面认识 推动高质量发展', '推动职业教育发展 培养高技能人才', '社会主义核心价值观']) {
      expect(text.replace(/\s/g, '')).toContain(headline.replace(/\s/g, ''));
    }
  });

  it('sets a headline frame 竖排 from its panel: the page paints it in columns with turned digits; Ctrl+Z sets it back', async () => {
    const p = h.page;
    const headlines = p.locator('[data-testid=layout-frame][data-role=headline]');
    // The commentary's headline (the second of three): select it and switch it to vertical.
    const frame = headlines.nth(1);
    const frameId = Number(await frame.getAttribute('data-frame-id'));
    const pageId = Number(await p.getByTestId('layout-sheet').getAttribute('data-page-id'));
    await frame.click({ position: { x: 4, y: 4 } });
    await p.getByTestId('headline-panel').waitFor();
    const paintedAt = await p.getByTestId('page-text').getAttribute('data-painted-at');
    await p.getByTestId('headline-vertical').click();
    await idle();
    // Vertical columns are the only text with a baseline per glyph; the canvas repainted the page.
    const verticalTexts = async () => (await core.call('layout.page', { pageId })).items.filter((i) => i.kind === 'text' && i.frameId === frameId && i.yEach).length;
    await expect.poll(() => p.getByTestId('page-text').getAttribute('data-painted-at')).not.toBe(paintedAt);
    await expect.poll(verticalTexts).toBeGreaterThan(0);
    await p.screenshot({ path: `${OUT}layout-vertical-headline.png` });
    await p.keyboard.press('Control+z');
    await idle();
    await expect.poll(() => p.getByTestId('headline-vertical').getAttribute('aria-checked')).toBe('false');
    await expect.poll(verticalTexts).toBe(0);
  });

  it('raised no console errors or CSP violations', () => {
    expect(h.problems).toEqual([]);
  });
});
