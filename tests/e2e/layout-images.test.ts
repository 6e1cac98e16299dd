import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../shared/api/client';
import { gridOf, templateFor } from '../../shared/layout/templates';
import { MM } from '../../shared/model/display-list';
import type { Frame } from '../../shared/model/layout';
import { encodeJpeg, testPattern } from '../support/test-images';
import { startApp, type RunningApp } from './harness';

const SEED = fileURLToPath(new URL('../../../shared/seed/000_482dc2148900315e.txt', import.meta.url));
const OUT = fileURLToPath(new URL('../../.out/', import.meta.url));
const CEJI = '绘蓝图 明任务 聚共识 擂战鼓';
const PX_PER_MM = MM * (96 / 72);
const G = gridOf(templateFor('broadsheet'));
const CAPTION = '图为市委十五届七次全体（扩大）会议现场。';
const CREDIT = '本报记者 王明 摄';

describe('the layout desk: a picture with its caption placed on a page through the UI', () => {
  let h: RunningApp;
  let core: Client;
  let pageId = 0;
  let cejiId = 0;
  let imageFrame: Frame;

  const frames = (): Promise<Frame[]> => core.call('frames.list', { pageId });
  const svgText = (): Promise<string> => h.page.getByTestId('page-svg').evaluate((el) => el.textContent ?? '');
  const idle = (): Promise<void> => h.page.locator('[data-testid=layout-busy][data-busy=false]').waitFor();
  const zoom = async (): Promise<number> => Number(await h.page.getByTestId('layout-sheet').getAttribute('data-zoom'));

  beforeAll(async () => {
    h = await startApp({ viewport: { width: 1500, height: 1000 } });
    const session = h.core.openSession('in-process');
    core = createClient((method, params) => session.call(method, params));
    await core.call('session.setUser', { userId: 1 });
    h.page.setDefaultTimeout(15_000);
    const imported = await core.call('import.commit', { source: { file: { name: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') } }, section: '要闻' });
    cejiId = imported.stories.find((s) => s.headline === CEJI)!.id;
    const issue = await core.call('issues.create', { date: '2025-01-04', paperName: '永康日报' });
    pageId = issue.pages[0]!.id;
    await core.call('layout.placeStory', { pageId, storyId: cejiId, column: 0, row: 16, columns: 5, headlineRows: 8, bodyRows: 70 });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('imports a JPEG from a file (its bytes) into the 图片 tab', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/layout`);
    await p.getByTestId('layout-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.locator('[data-testid=layout-sheet][data-page-number="1"]').waitFor();
    await p.getByTestId('shelf-tab-images').click();
    // 800 × 600 across three columns (~130 mm): about 156 ppi.
    const jpeg = encodeJpeg(800, 600, 3, testPattern(800, 600));
    await p.getByTestId('image-file-input').setInputFiles({ name: '会议现场.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    const item = p.getByTestId('shelf-image');
    await item.waitFor();
    expect(await item.textContent()).toContain('800×600 像素');
    // The thumbnail is the stored bytes, decoded by the browser.
    await expect.poll(() => item.locator('img').evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(800);
    const stored = await core.call('images.list', {});
    expect(stored.map((i) => [i.name, i.width, i.height, i.format])).toEqual([['会议现场.jpg', 800, 600, 'jpeg']]);
  });

  it('refuses a file that is not a JPEG or PNG with the Chinese reason', async () => {
    const p = h.page;
    await p.getByTestId('image-file-input').setInputFiles({ name: 'a.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00') });
    await expect.poll(() => p.getByTestId('image-error').textContent()).toContain('只能导入 JPEG 或 PNG');
    expect(await core.call('images.list', {})).toHaveLength(1);
  });

  it('drags the picture onto the page: it snaps to the dropped column and line, and the text beside it wraps', async () => {
    const p = h.page;
    const z = await zoom();
    const x = (G.columnX(1) + G.columnWidth / 3) * PX_PER_MM * z;
    const y = G.lineY(40) * PX_PER_MM * z;
    await p.locator('input[data-testid=place-columns], [data-testid=place-columns] input').fill('3');
    await p.getByTestId('shelf-image').dragTo(p.getByTestId('layout-sheet'), { targetPosition: { x, y } });
    await p.locator('[data-testid=layout-frame][data-role=image]').waitFor();
    await idle();
    imageFrame = (await frames()).find((f) => f.role === 'image')!;
    expect(imageFrame.x).toBeCloseTo(G.columnX(1), 6);
    expect(imageFrame.y).toBeCloseTo(G.lineY(40), 6);
    expect(imageFrame.w).toBeCloseTo(G.spanWidth(3), 6);
    // Painted as an <image> from the stored bytes, clipped to its frame.
    await expect.poll(() => p.getByTestId('page-svg').locator('image').count()).toBe(1);
    expect(await p.getByTestId('page-svg').locator('image').getAttribute('href')).toMatch(/^blob:/);
    // No body line of the story is set across the picture.
    const list = await core.call('layout.page', { pageId });
    const top = (imageFrame.y * 72) / 25.4;
    const bottom = ((imageFrame.y + imageFrame.h) * 72) / 25.4;
    const left = (imageFrame.x * 72) / 25.4;
    const right = ((imageFrame.x + imageFrame.w) * 72) / 25.4;
    const across = list.items.filter((i) => i.kind === 'text' && i.storyId === cejiId && i.y > top + 1 && i.y - 9 < bottom - 1 && i.x.some((gx) => gx + 9 > left + 1 && gx < right - 1));
    expect(across).toHaveLength(0);
    // The panel shows the effective resolution.
    await p.getByTestId('image-panel').waitFor();
    const ppi = Number(await p.getByTestId('image-ppi').getAttribute('data-ppi'));
    expect(ppi).toBe(list.frames.find((f) => f.id === imageFrame.id)!.ppi);
    expect(ppi).toBeGreaterThan(100);
  });

  it('gives it a caption and a credit, set under the picture by the composer', async () => {
    const p = h.page;
    await p.getByTestId('image-caption').fill(CAPTION);
    await p.getByTestId('image-credit').fill(CREDIT);
    await p.getByTestId('image-apply').click();
    await idle();
    await expect.poll(svgText).toContain('本报记者');
    const text = await svgText();
    expect(text.replace(/\s/g, '')).toContain(CAPTION);
    const f = (await frames()).find((x) => x.id === imageFrame.id)!;
    expect([f.props.caption, f.props.credit]).toEqual([CAPTION, CREDIT]);
    await p.screenshot({ path: `${OUT}layout-image-ui.png` });
    // The caption sits below the picture inside the frame.
    const list = await core.call('layout.page', { pageId });
    const img = list.items.find((i) => i.kind === 'image')!;
    const cap = list.items.filter((i) => i.kind === 'text' && i.frameId === imageFrame.id);
    expect(img.kind === 'image' && cap.every((c) => c.kind === 'text' && c.y > img.clip!.y + img.clip!.h)).toBe(true);
  });

  it('crops: 裁切, enlarge, and Alt-drag the picture within its frame; undo puts it back', async () => {
    const p = h.page;
    await p.getByTestId('fit-crop').click();
    await idle();
    await p.locator('input[data-testid=crop-scale], [data-testid=crop-scale] input').fill('2');
    await p.locator('input[data-testid=crop-scale], [data-testid=crop-scale] input').press('Enter');
    await expect.poll(async () => (await frames()).find((x) => x.id === imageFrame.id)!.props.cropScale).toBe(2);
    await idle();
    // Enlarged twice, the picture falls below 150 ppi: the frame's badge turns red and the panel warns.
    await p.getByTestId('image-lowres').waitFor();
    const badge = p.locator(`[data-testid=layout-frame][data-frame-id="${imageFrame.id}"] [data-testid=frame-ppi]`);
    expect(Number(await badge.getAttribute('data-ppi'))).toBeLessThan(150);
    expect(await badge.getAttribute('class')).toContain('is-low');
    const box = (await p.locator(`[data-testid=layout-frame][data-frame-id="${imageFrame.id}"]`).boundingBox())!;
    await p.keyboard.down('Alt');
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await p.mouse.down();
    await p.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 3 + 10, { steps: 5 });
    // The picture follows the pointer inside its frame while dragging.
    await expect.poll(() => p.getByTestId('page-svg').locator('image').getAttribute('transform')).toMatch(/^translate\(/);
    await p.mouse.up();
    await p.keyboard.up('Alt');
    await idle();
    await expect.poll(async () => (await frames()).find((x) => x.id === imageFrame.id)!.props.cropX ?? 0).toBeGreaterThan(0);
    const moved = (await frames()).find((x) => x.id === imageFrame.id)!;
    // The frame itself did not move: only the picture inside it.
    expect([moved.x, moved.y]).toEqual([imageFrame.x, imageFrame.y]);
    await p.getByTestId('layout-sheet').screenshot({ path: `${OUT}layout-image-page.png` });
    await p.getByTestId('layout-undo').click();
    await idle();
    await expect.poll(async () => (await frames()).find((x) => x.id === imageFrame.id)!.props.cropX ?? 0).toBe(0);
  });

  it('after a reload the picture, its caption and its crop are painted as they were', async () => {
    const p = h.page;
    await p.reload();
    await p.locator('[data-testid=layout-sheet][data-page-number="1"]').waitFor();
    await expect.poll(() => p.getByTestId('page-svg').locator('image').count()).toBe(1);
    await expect.poll(svgText).toContain('本报记者');
    // At 100 %: the picture, its caption and credit, and the columns around it, for a look.
    await p.getByTestId('zoom-select').click();
    await p.locator('.ant-select-item-option').filter({ hasText: /^100%$/ }).click();
    await expect.poll(zoom).toBe(1);
    const frame = p.locator(`[data-testid=layout-frame][data-frame-id="${imageFrame.id}"]`);
    await frame.scrollIntoViewIfNeeded();
    const b = (await frame.boundingBox())!;
    await p.screenshot({ path: `${OUT}layout-image-100.png`, clip: { x: Math.max(0, b.x - 120), y: Math.max(0, b.y - 80), width: b.width + 240, height: Math.min(900, b.height + 160) } });
    expect(h.problems).toEqual([]);
  });

  it('preflight notes the RGB picture as something the export converts by itself, not as a problem to fix', async () => {
    const p = h.page;
    await p.goto(`${h.url}#/export`);
    await p.getByTestId('export-view').waitFor();
    await p.getByTestId('run-preflight').click();
    await p.getByTestId('preflight-report').waitFor();
    const note = p.locator('[data-testid=preflight-problem][data-code=image-rgb]');
    expect(await note.getAttribute('data-severity')).toBe('info');
    expect(await note.textContent()).toMatch(/^说明.*将转换为 CMYK/);
    // Listed after the page's errors (not signed off): notes come last.
    const codes = await p.locator('[data-testid=preflight-page][data-page="1"] [data-testid=preflight-problem]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(codes[codes.length - 1]).toBe('info');
    expect(codes.indexOf('info')).toBeGreaterThan(codes.lastIndexOf('error'));
    expect(await p.getByTestId('preflight-summary').textContent()).toMatch(/1 条说明/);
    await p.getByTestId('preflight').screenshot({ path: `${OUT}export-preflight-notes.png` });
    expect(h.problems).toEqual([]);
  });
});
